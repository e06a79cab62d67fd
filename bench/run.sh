#!/usr/bin/env bash
# What the domain work costs, measured from outside: each compute endpoint's throughput against its floor, the same
# packaged service answering the same operation with no domain work (bench/floor/java, built only by the bench
# profile into target/bench). Floor and real endpoint run alternately, several rounds, and the median of the per-round
# ratios is printed, with p50/p99 latency at half the real endpoint's peak at a fixed rate (hey -q), the resident
# memory after the load and the time from `java -jar` to /q/health/ready answering 200.
# On 2 cores wrk and the service share the CPU: compare ratios measured in one run, not numbers across days.
#
# Usage: bench/run.sh [seconds per run, default 5] [rounds, default 5]      (bench/run.sh 1 1 is a quick check)
# The JVM gets the image's settings (JAVA_OPTS and MALLOC_ARENA_MAX in src/main/docker/Dockerfile.jvm) plus what the
# container would tell it, the Deployment's memory and CPU limits (k8s/base/deployment.yaml); set JAVA_OPTS to
# measure other settings.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-5}"
rounds="${2:-5}"
starts="${BENCH_STARTS:-3}"
port="${BENCH_PORT:-18090}"
url="http://127.0.0.1:${port}"
examples=src/main/resources/openapi-examples
app=target/bench/quarkus-app/quarkus-run.jar

need=()
for tool in wrk hey curl; do command -v "$tool" >/dev/null 2>&1 || need+=("$tool"); done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ ! -f "$app" ] || [ -n "$(find src/main bench/floor pom.xml -newer "$app" -print -quit)" ]; then
  echo "bench: building the service with the floor (-Pbench, into target/bench)"
  ./mvnw -B -q package -Pbench -Dmaven.test.skip=true >/tmp/replenish-bench-build.log 2>&1 \
    || { tail -30 /tmp/replenish-bench-build.log >&2; exit 1; }
fi

# The container's view: the image's options, then the Deployment's limits as the JVM would read them from cgroups.
dockerfile=src/main/docker/Dockerfile.jvm
limit() { # limit cpu|memory: the Deployment container's limit
  awk -v key="$1:" '/limits:/ {inside = 1; next} inside && $1 == key {gsub(/"/, "", $2); print $2; exit}' \
    k8s/base/deployment.yaml
}
memory_limit="$(limit memory)"
if [ -z "${JAVA_OPTS+set}" ]; then
  JAVA_OPTS="$(sed -n 's/^ENV JAVA_OPTS="\(.*\)"$/\1/p' "$dockerfile")"
  JAVA_OPTS="$JAVA_OPTS -XX:MaxRAM=${memory_limit%Mi}m -XX:ActiveProcessorCount=$(limit cpu)"
fi
arenas="$(sed -n 's/^ENV MALLOC_ARENA_MAX=\([0-9]*\)$/\1/p' "$dockerfile")"
[ -z "$arenas" ] || export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-$arenas}"

pid=
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; fi; }
trap stop EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
start() { # starts the service and appends the milliseconds until it was ready to ready[]
  local t0
  t0="$(now_ms)"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  java $JAVA_OPTS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -jar "$app" >/tmp/replenish-bench.log 2>&1 &
  pid=$!
  until curl -fso /dev/null "$url/q/health/ready" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { cat /tmp/replenish-bench.log >&2; exit 1; }
    [ $(( $(now_ms) - t0 )) -lt 60000 ] || { echo "bench: not ready after 60 s" >&2; exit 1; }
    sleep 0.01
  done
  ready+=($(( $(now_ms) - t0 )))
}
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

ready=()
for i in $(seq 1 "$starts"); do
  start
  [ "$i" -eq "$starts" ] || stop
done

# The floor must stay out of the contract: the served document is exactly the stored one.
curl -fsS "$url/q/openapi?format=json" | diff -q - openapi/openapi.json >/dev/null \
  || { echo "bench: the bench build's OpenAPI document differs from openapi/openapi.json" >&2; exit 1; }

operations=(estimateDeficit checkDrinkAdequacy compareWithCapsuleLimit)
declare -A path=([estimateDeficit]=deficit-estimates [checkDrinkAdequacy]=drink-adequacy-checks
  [compareWithCapsuleLimit]=potassium/capsule-comparisons)
rate() { # rate URL BODY: requests/s at peak
  BODY="$2" wrk -t2 -c32 -d"${seconds}s" -s bench/post.lua "$1" | awk '/Requests\/sec/ {print $2}'
}
for op in "${operations[@]}"; do # both sides answer the same, and warm up
  body="$examples/$op.request.json"
  real="$(curl -fsS -H 'Content-Type: application/json' --data-binary "@$body" "$url/v1/${path[$op]}" | wc -c)"
  floor="$(curl -fsS -H 'Content-Type: application/json' --data-binary "@$body" "$url/bench/floor/${path[$op]}" | wc -c)"
  [ "$real" -eq "$floor" ] || echo "bench: note: $op answers $real bytes, its floor $floor" >&2
  rate "$url/v1/${path[$op]}" "$body" >/dev/null
  rate "$url/bench/floor/${path[$op]}" "$body" >/dev/null
done

results="$(mktemp)"
for round in $(seq 1 "$rounds"); do
  for op in "${operations[@]}"; do
    body="$examples/$op.request.json"
    if [ $(( round % 2 )) -eq 1 ]; then
      floor="$(rate "$url/bench/floor/${path[$op]}" "$body")"; real="$(rate "$url/v1/${path[$op]}" "$body")"
    else
      real="$(rate "$url/v1/${path[$op]}" "$body")"; floor="$(rate "$url/bench/floor/${path[$op]}" "$body")"
    fi
    echo "$op $floor $real" >>"$results"
  done
done

latency() { # latency URL BODY RATE: "p50 p99" in ms at a fixed total rate, 8 workers
  local per_worker=$(( $3 / 8 > 0 ? $3 / 8 : 1 ))
  hey -z "$(( seconds * 2 ))s" -c 8 -q "$per_worker" -m POST -T application/json -D "$2" "$1" \
    | awk '/ 50% in/ {p50 = $3 * 1000} / 99% in/ {p99 = $3 * 1000} END {printf "%.2f %.2f", p50, p99}'
}

echo
echo "Replenish benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores: $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
echo "java: $(java -version 2>&1 | head -1); JAVA_OPTS: $JAVA_OPTS${MALLOC_ARENA_MAX:+; MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX}"
echo "wrk -t2 -c32 ${seconds}s per run, ${rounds} rounds alternating floor and real; hey -c8 at half the real peak"
echo
printf '%-26s %12s %12s %7s %9s %9s %9s\n' operation "floor req/s" "real req/s" ratio "at req/s" "p50 ms" "p99 ms"
for op in "${operations[@]}"; do
  floor="$(awk -v op="$op" '$1 == op {print $2}' "$results" | median)"
  real="$(awk -v op="$op" '$1 == op {print $3}' "$results" | median)"
  ratio="$(awk -v op="$op" '$1 == op {print $3 / $2}' "$results" | median)"
  half="$(awk -v r="$real" 'BEGIN {printf "%d", r / 2}')"
  read -r p50 p99 <<<"$(latency "$url/v1/${path[$op]}" "$examples/$op.request.json" "$half")"
  printf '%-26s %12.0f %12.0f %7.2f %9d %9s %9s\n' "$op" "$floor" "$real" "$ratio" "$half" "$p50" "$p99"
done
rm -f "$results"
echo
awk '/VmRSS/ {rss = $2} /VmHWM/ {hwm = $2} END {printf "resident memory after load: %.0f MiB (peak %.0f MiB)\n", rss / 1024, hwm / 1024}' \
  "/proc/$pid/status"
echo "time to ready: $(printf '%s\n' "${ready[@]}" | median) ms, median of ${starts} starts (${ready[*]} ms)"
