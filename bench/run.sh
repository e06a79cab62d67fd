#!/usr/bin/env bash
# Throughput of each endpoint with wrk against the packaged service on loopback, as a ratio to a trivial GET
# (GET /v1/minerals) measured in the same run, and the service's resident memory before and after the load.
# On 2 cores wrk and the service share the CPU, so compare ratios within one run, not numbers across days.
# Usage: bench/run.sh [seconds per endpoint, default 10]   (needs wrk: apt-get install wrk)
# JAVA_OPTS="-XX:MaxRAM=512m -XX:MaxRAMPercentage=75.0" bench/run.sh measures memory as in a 512 MiB container.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
port="${BENCH_PORT:-18090}"
url="http://127.0.0.1:${port}"
examples=src/main/resources/openapi-examples

command -v wrk >/dev/null || { echo "bench: wrk is needed (apt-get install wrk)" >&2; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

java ${JAVA_OPTS:-} -Dquarkus.http.port="$port" -jar target/quarkus-app/quarkus-run.jar >/tmp/replenish-bench.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fsS "$url/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done

rss() { awk '/VmRSS/ {printf "%.0f MiB", $2 / 1024}' "/proc/$pid/status"; }
echo "RSS at start: $(rss)"

run() { # run NAME wrk-arguments...
  local name="$1"; shift
  local rate
  rate="$(wrk -t2 -c32 -d"${seconds}s" "$@" | awk '/Requests\/sec/ {print $2}')"
  printf '%s %s\n' "$name" "$rate"
}

# Warm up the JIT on every endpoint first.
wrk -t2 -c16 -d5s "$url/v1/minerals" >/dev/null
BODY="$examples/estimateDeficit.request.json" wrk -t2 -c16 -d5s -s bench/post.lua "$url/v1/deficit-estimates" >/dev/null

results="$(
  run "GET /v1/minerals (baseline)" "$url/v1/minerals"
  run "GET /v1/targets" "$url/v1/targets?sex=FEMALE&ageYears=34&lifeStage=PREGNANT"
  run "GET /v1/conversions" "$url/v1/conversions?mineral=POTASSIUM&value=20&from=MEQ&to=MG"
  BODY="$examples/estimateDeficit.request.json" run "POST /v1/deficit-estimates" -s bench/post.lua "$url/v1/deficit-estimates"
  BODY="$examples/checkDrinkAdequacy.request.json" run "POST /v1/drink-adequacy-checks" -s bench/post.lua "$url/v1/drink-adequacy-checks"
  BODY="$examples/compareWithCapsuleLimit.request.json" run "POST /v1/potassium/capsule-comparisons" -s bench/post.lua "$url/v1/potassium/capsule-comparisons"
)"
baseline="$(head -1 <<<"$results" | awk '{print $NF}')"
printf '%-42s %12s %8s\n' "endpoint" "requests/s" "ratio"
while read -r line; do
  rate="${line##* }"
  name="${line% *}"
  printf '%-42s %12.0f %8.2f\n' "$name" "$rate" "$(awk -v r="$rate" -v b="$baseline" 'BEGIN {print r / b}')"
done <<<"$results"
echo "RSS after load: $(rss)"
