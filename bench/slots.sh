#!/usr/bin/env bash
# Batch slots under slow senders (issue 32, items 1 and 2): starts the packaged service with its defaults, opens
# TRICKLERS (default 3) batch requests that promise a 60 KB body and send 2 bytes a second, then has a well-behaved
# client send a real batch, honouring Retry-After on a 503. Prints when each trickling connection got its answer (a
# 408 at the body deadline, 15 s by default) and how long the well-behaved batch waited for its 200.
# Passes when every trickler is answered within 30 s, a 408 (it held a slot) or a 503 (the slots were taken), and the
# well-behaved batch gets its 200 within 20 s.
# Usage: bench/slots.sh [tricklers, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
tricklers="${1:-3}"
port="${SLOTS_PORT:-18097}"
url="http://127.0.0.1:${port}"
workdir="$(mktemp -d)"
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

java -XX:MaxRAM=512m -XX:MaxRAMPercentage=75.0 -Dquarkus.http.port="$port" -jar target/quarkus-app/quarkus-run.jar \
  >"$workdir/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; kill $(jobs -p) 2>/dev/null || true; rm -rf "$workdir"' EXIT
for _ in $(seq 1 120); do curl -fsS "$url/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done

start=$(date +%s.%N)
elapsed() { awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}'; }
for i in $(seq 1 "$tricklers"); do
  (
    head -c 60000 /dev/zero | tr '\0' ' ' | curl -s -o /dev/null -w '%{http_code}' --limit-rate 2 -XPOST \
      "$url/v1/deficit-estimates/batch" -H 'Content-Type: application/json' --data-binary @- >"$workdir/trickle-$i.code"
    elapsed >"$workdir/trickle-$i.time"
  ) &
done
sleep 1

# The well-behaved client: a real batch, retried after Retry-After seconds on a 503.
body=src/main/resources/openapi-examples/estimateDeficitBatch.request.json
attempts=0
while :; do
  attempts=$((attempts + 1))
  code="$(curl -s -o /dev/null -D "$workdir/headers" -w '%{http_code}' -XPOST "$url/v1/deficit-estimates/batch" \
    -H 'Content-Type: application/json' --data-binary "@$body")"
  [ "$code" = 503 ] || break
  wait_s="$(awk 'tolower($1) == "retry-after:" {print $2 + 0}' "$workdir/headers")"
  sleep "${wait_s:-1}"
done
answered="$(elapsed)"
echo "well-behaved batch: $code after ${answered} s, $attempts attempts"
wait $(jobs -p | grep -v "^$pid$") 2>/dev/null || true
worst=0
for i in $(seq 1 "$tricklers"); do
  echo "trickler $i: $(cat "$workdir/trickle-$i.code") after $(cat "$workdir/trickle-$i.time") s"
  worst="$(awk -v a="$worst" -v b="$(cat "$workdir/trickle-$i.time")" 'BEGIN {print (b > a ? b : a)}')"
  case "$(cat "$workdir/trickle-$i.code")" in
    408 | 503) ;;
    *) echo "slots: FAIL (trickler $i not answered 408 or 503)"; exit 1 ;;
  esac
done
awk -v w="$worst" -v a="$answered" -v c="$code" 'BEGIN {exit !(w <= 30 && a <= 20 && c == 200)}' \
  && echo "slots: PASS" || { echo "slots: FAIL"; exit 1; }
