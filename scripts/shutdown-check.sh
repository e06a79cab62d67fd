#!/usr/bin/env bash
# Zero dropped requests on SIGTERM (issue 13): starts the packaged service on a loopback port, runs keep-alive clients
# posting deficit estimates (scripts/ShutdownCheck.java), sends SIGTERM mid-load and requires every request sent on an
# accepted connection to be answered, with no reset. Usage: scripts/shutdown-check.sh [clients, default 16] [tries, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
clients="${1:-16}"
tries="${2:-3}"
port="${SHUTDOWN_CHECK_PORT:-18733}"
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

for try in $(seq 1 "$tries"); do
  log="$(mktemp)"
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "shutdown check: port $port is already in use; set SHUTDOWN_CHECK_PORT" >&2
    exit 1
  fi
  java -Dquarkus.http.port="$port" -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null || { echo "shutdown check: the service did not start" >&2; cat "$log" >&2; exit 1; }
  echo "try $try: $clients clients, SIGTERM after 5 s of load"
  if ! java scripts/ShutdownCheck.java "$port" "$pid" "$clients" 5 src/main/resources/openapi-examples/estimateDeficit.request.json; then
    kill "$pid" 2>/dev/null || true
    tail -20 "$log"
    rm -f "$log"
    exit 1
  fi
  rm -f "$log"
done
