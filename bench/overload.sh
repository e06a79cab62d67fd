#!/usr/bin/env bash
# Overload: 1,000 concurrent keep-alive connections for 30 s against the packaged service (wrk on loopback, POST
# /v1/deficit-estimates), then reports errors: non-2xx responses, refused or failed connects, reads, writes, timeouts.
# Passes with none below the configured limits (no quarkus.http.limits.max-connections by default; the file-descriptor
# limit and the accept backlog of the OS). OVERLOAD_OPTS passes service options, e.g.
# OVERLOAD_OPTS=-Dquarkus.http.limits.max-connections=500 shows what happens past a limit.
# Usage: bench/overload.sh [connections, default 1000] [seconds, default 30]   (needs wrk; installed if missing)
# OVERLOAD_GZIP=1 sends Accept-Encoding: gzip with every request, as most clients do (issue 32).
set -euo pipefail
cd "$(dirname "$0")/.."
connections="${1:-1000}"
seconds="${2:-30}"
port="${OVERLOAD_PORT:-18096}"
url="http://127.0.0.1:${port}"
log="$(mktemp)"

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
ulimit -n 20000 2>/dev/null || true

# shellcheck disable=SC2086
java ${JAVA_OPTS:--XX:MaxRAM=512m -XX:MaxRAMPercentage=75.0} ${OVERLOAD_OPTS:-} -Dquarkus.http.port="$port" \
  -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 120); do curl -fsS "$url/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fsS "$url/q/health/ready" >/dev/null 2>&1 || { echo "overload: the service did not start (port $port in use?)" >&2
  tail -5 "$log" >&2; exit 1; }

body=src/main/resources/openapi-examples/estimateDeficit.request.json
if [ "${OVERLOAD_GZIP:-0}" = 1 ]; then export ACCEPT_ENCODING=gzip; echo "overload: with Accept-Encoding: gzip"; else
  export ACCEPT_ENCODING=; echo "overload: without compression"; fi
BODY="$body" wrk -t2 -c32 -d5s -s bench/post.lua "$url/v1/deficit-estimates" >/dev/null
out="$(BODY="$body" wrk -t2 -c"$connections" -d"${seconds}s" --timeout 30s --latency -s bench/post.lua "$url/v1/deficit-estimates")"
echo "$out"
errors="$(awk '/Socket errors/ {gsub(/,/, ""); print $4 + $6 + $8 + $10} /Non-2xx/ {print $NF}' <<<"$out" | awk '{s += $1} END {print s + 0}')"
echo "connections $connections for ${seconds} s: errors $errors; RSS $(awk '/VmRSS/ {printf "%.0f MiB", $2 / 1024}' "/proc/$pid/status")"
echo "service log lines with exceptions: $(grep -ci "too many open files\|exception" "$log" || true)"
[ "$errors" -eq 0 ] && echo "overload: PASS" || { echo "overload: FAIL"; exit 1; }
