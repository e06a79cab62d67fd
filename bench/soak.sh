#!/usr/bin/env bash
# Soak: runs the packaged service for N minutes (default 10) at half of its measured peak, a mix of the four POST
# endpoints, and prints per minute the requests, errors, p99 latency, resident memory and heap after a forced GC.
# Passes when there are 0 errors and memory is flat: RSS and heap-after-GC at the end within 5 % of minute 1.
# Usage: bench/soak.sh [minutes, default 10]   (needs wrk and hey: apt-get install -y wrk hey; installed if missing)
# SOAK_GZIP=1 sends Accept-Encoding: gzip with every request, as most clients do (issue 32); without it hey is told not
# to ask for compression (Go's client otherwise asks for gzip by itself).
# JAVA_OPTS defaults to the 512 MiB container sizing; SOAK_APP names another quarkus-app directory (a copy, so a
# rebuild during the soak cannot swap jars under the running service). On 2 cores the load generator shares the CPU.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-10}"
port="${SOAK_PORT:-18095}"
url="http://127.0.0.1:${port}"
examples=src/main/resources/openapi-examples
java_opts="${JAVA_OPTS:--XX:MaxRAM=512m -XX:MaxRAMPercentage=75.0}"
workdir="$(mktemp -d)"
if [ "${SOAK_GZIP:-0}" = 1 ]; then
  export ACCEPT_ENCODING=gzip
  hey_encoding=(-H "Accept-Encoding: gzip")
  echo "soak: with Accept-Encoding: gzip"
else
  export ACCEPT_ENCODING=
  hey_encoding=(-disable-compression)
  echo "soak: without compression"
fi

if ! command -v wrk >/dev/null || ! command -v hey >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk hey
fi
app="${SOAK_APP:-target/quarkus-app}"
[ -f "$app/quarkus-run.jar" ] || ./mvnw -B -q package -DskipTests

# shellcheck disable=SC2086
java $java_opts -Dquarkus.http.port="$port" -jar "$app/quarkus-run.jar" >"$workdir/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$workdir"' EXIT
for _ in $(seq 1 120); do curl -fsS "$url/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done

endpoints=(
  "deficit-estimates estimateDeficit"
  "drink-adequacy-checks checkDrinkAdequacy"
  "potassium/capsule-comparisons compareWithCapsuleLimit"
  "session-plans planSession"
)
rss_mib() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status"; }
heap_after_gc_mib() {
  jcmd "$pid" GC.run >/dev/null
  jcmd "$pid" GC.heap_info | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/K,?/, "", v); printf "%.1f", v / 1024; exit}}'
}

# Peak of each endpoint (wrk, after a warm-up); the soak then sends a quarter of half of each, so the mix runs at
# half of what the service sustains.
declare -A rate
for entry in "${endpoints[@]}"; do
  read -r path example <<<"$entry"
  BODY="$examples/$example.request.json" wrk -t2 -c16 -d5s -s bench/post.lua "$url/v1/$path" >/dev/null
  peak="$(BODY="$examples/$example.request.json" wrk -t2 -c32 -d10s -s bench/post.lua "$url/v1/$path" | awk '/Requests\/sec/ {print $2}')"
  rate[$path]="$(awk -v p="$peak" -v n="${#endpoints[@]}" 'BEGIN {printf "%d", p / 2 / n}')"
  echo "peak $path: $peak requests/s; soak rate ${rate[$path]}/s"
done

printf '%6s %10s %7s %9s %8s %14s\n' minute requests errors "p99 ms" "RSS MiB" "heap-GC MiB"
total_errors=0
first_rss=""; first_heap=""; last_rss=""; last_heap=""
for minute in $(seq 1 "$minutes"); do
  loaders=()
  for entry in "${endpoints[@]}"; do
    read -r path example <<<"$entry"
    # 8 workers each at rate/8 requests per second, keep-alive connections.
    hey -z 60s -c 8 -q "$(( (rate[$path] + 7) / 8 ))" -m POST -T application/json "${hey_encoding[@]}" \
      -D "$examples/$example.request.json" \
      "$url/v1/$path" >"$workdir/$minute-${path//\//_}.txt" &
    loaders+=($!)
  done
  wait "${loaders[@]}"
  kill -0 "$pid" 2>/dev/null || { echo "soak: the service exited" >&2; tail -20 "$workdir/service.log" >&2; exit 1; }
  requests=0; errors=0; p99=0
  for f in "$workdir/$minute-"*.txt; do
    ok="$(awk '/\[200\]/ {print $2}' "$f")"; ok="${ok:-0}"
    all="$(awk '/^  \[[0-9]+\]/ {s += $2} END {print s + 0}' "$f")"
    failed="$(awk '/Error distribution/ {e = 1; next} e && /^  \[[0-9]+\]/ {n = $1; gsub(/[^0-9]/, "", n); s += n} END {print s + 0}' "$f")"
    requests=$(( requests + all + failed ))
    errors=$(( errors + all - ok + failed ))
    p="$(awk '/ 99% in / {printf "%.1f", $3 * 1000}' "$f")"
    p99="$(awk -v a="$p99" -v b="${p:-0}" 'BEGIN {print (b > a ? b : a)}')"
  done
  rss="$(rss_mib)"; heap="$(heap_after_gc_mib)"
  [ -n "$first_rss" ] || { first_rss="$rss"; first_heap="$heap"; }
  last_rss="$rss"; last_heap="$heap"
  total_errors=$(( total_errors + errors ))
  printf '%6d %10d %7d %9s %8s %14s\n' "$minute" "$requests" "$errors" "$p99" "$rss" "$heap"
done

rss_growth="$(awk -v a="$first_rss" -v b="$last_rss" 'BEGIN {printf "%.1f", (b - a) * 100 / a}')"
heap_growth="$(awk -v a="$first_heap" -v b="$last_heap" 'BEGIN {printf "%.1f", (b - a) * 100 / a}')"
echo "errors: $total_errors; growth after minute 1: RSS ${rss_growth} %, heap after GC ${heap_growth} %"
awk -v e="$total_errors" -v r="$rss_growth" -v h="$heap_growth" 'BEGIN {exit !(e == 0 && r < 5 && h < 5)}' \
  && echo "soak: PASS" || { echo "soak: FAIL"; exit 1; }
