#!/usr/bin/env bash
# Items per second of the batch operations against the single ones (issue 17: a batch of 100 must answer at least 3
# times as many items per second as 100 single calls over keep-alive). Per compute operation, with its worked example
# as every item:
#   sequential  one client on one keep-alive connection (hey -c 1), as a platform syncing its users one call after the
#               other: 100 single calls against one batch of 100, items/s each and the factor (the issue's figure);
#   peak        32 connections (wrk -t2 -c32), the service saturated: items/s of single calls against batches of 100,
#               which shows what is left once the round trips no longer count (JSON and domain work per item).
#               Batches at peak count only 2xx answers as items; beside them: batch requests refused per second (non-2xx,
#               the 503 past replenish.batch.max-in-flight), wrk's timeouts and socket errors, and the service's full
#               collections during the run (-Xlog:gc into a file); the service's resident memory is printed at the end.
# Single and batch runs alternate for several rounds; medians are printed. On 2 cores the load generator and the
# service share the CPU: compare the factors of one run, not numbers across days.
#
# Usage: bench/batch.sh [seconds per run, default 5] [rounds, default 3]     (bench/batch.sh 1 1 is a quick check)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
seconds="${1:-5}"
rounds="${2:-3}"
port="${BENCH_PORT:-18091}"
url="http://127.0.0.1:${port}"
app=target/quarkus-app/quarkus-run.jar
items=100

need_tools
if [ ! -f "$app" ] || [ -n "$(find src/main pom.xml -newer "$app" -print -quit)" ]; then
  echo "bench: building the service (target/quarkus-app)"
  ./mvnw -B -q package -Dmaven.test.skip=true >/tmp/replenish-batch-build.log 2>&1 \
    || { tail -30 /tmp/replenish-batch-build.log >&2; exit 1; }
fi
[ -n "${JAVA_OPTS+set}" ] || JAVA_OPTS="$(container_java_opts)"
arenas="${MALLOC_ARENA_MAX:-$(image_env MALLOC_ARENA_MAX)}"
SERVICE_ENV="${arenas:+MALLOC_ARENA_MAX=$arenas}"

work="$(mktemp -d)"
gc_log="$work/gc.log"
service_pid=
trap 'stop_service "$service_pid"; rm -rf "$work"' EXIT
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
start_service "$app" "$port" $JAVA_OPTS "-Xlog:gc:file=$gc_log"

sequential() { # sequential URL BODY: requests/s of one client on one keep-alive connection
  hey -z "${seconds}s" -c 1 -m POST -T application/json -D "$2" "$1" | awk '/Requests\/sec/ {print $2}'
}

# peak_batches URL BODY: "<2xx requests/s> <non-2xx requests/s> <wrk timeouts and socket errors> <full GCs>" at peak
peak_batches() {
  local before out
  before="$(full_gcs)"
  out="$(BODY="$2" wrk -t2 -c32 -d"${seconds}s" -s bench/post.lua "$1")"
  awk -v gcs="$(( $(full_gcs) - before ))" '
    / requests in / {requests = $1; seconds = $4; sub(/s,?$/, "", seconds)}
    /Non-2xx/ {refused = $NF}
    /Socket errors/ {gsub(/,/, ""); errors = $4 + $6 + $8 + $10}
    END {printf "%f %f %d %d\n", (requests - refused) / seconds, refused / seconds, errors, gcs}' <<<"$out"
}
full_gcs() { grep -c "Pause Full" "$gc_log" || true; }

results="$work/results"
for op in "${operations[@]}"; do
  single="$examples/$op.request.json"
  batch="$work/$op.batch.json"
  { printf '{"items": ['; for i in $(seq 1 "$items"); do [ "$i" -eq 1 ] || printf ','; tr -d '\n' <"$single"; done; printf ']}'; } >"$batch"
  answered="$(curl -fsS -H 'Content-Type: application/json' --data-binary "@$batch" "$url/v1/${path[$op]}/batch" \
    | grep -o '"answered":[0-9]*')"
  [ "$answered" = "\"answered\":$items" ] || { echo "bench: the $op batch did not answer $items items ($answered)" >&2; exit 1; }
  sequential "$url/v1/${path[$op]}" "$single" >/dev/null # warm up both
  sequential "$url/v1/${path[$op]}/batch" "$batch" >/dev/null
  for round in $(seq 1 "$rounds"); do
    s_seq="$(sequential "$url/v1/${path[$op]}" "$single")"
    b_seq="$(sequential "$url/v1/${path[$op]}/batch" "$batch")"
    s_peak="$(rate "$url/v1/${path[$op]}" "$single" "$seconds")"
    b_peak="$(peak_batches "$url/v1/${path[$op]}/batch" "$batch")"
    echo "$op $s_seq $b_seq $s_peak $b_peak" >>"$results"
  done
done

echo
echo "Replenish batch benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores: $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
echo "java: $(java -version 2>&1 | head -1); JAVA_OPTS: $JAVA_OPTS${SERVICE_ENV:+; $SERVICE_ENV}"
echo "batches of $items items, ${seconds}s per run, ${rounds} rounds; items/s (a batch request counts $items items)"
echo
printf '%-26s %14s %14s %7s %14s %14s %7s %10s %8s %9s\n' operation "single seq" "batch seq" factor "single peak" \
  "batch peak" factor refused/s errors "full GCs"
for op in "${operations[@]}"; do
  col() { awk -v op="$op" -v c="$1" -v n="$2" '$1 == op {print $c * n}' "$results" | median; }
  ratio() { awk -v op="$op" -v a="$1" -v b="$2" -v n="$items" '$1 == op {print $b * n / $a}' "$results" | median; }
  printf '%-26s %14.0f %14.0f %6.1fx %14.0f %14.0f %6.1fx %10.0f %8.0f %9.0f\n' "$op" "$(col 2 1)" "$(col 3 "$items")" \
    "$(ratio 2 3)" "$(col 4 1)" "$(col 5 "$items")" "$(ratio 4 5)" "$(col 6 1)" "$(col 7 1)" "$(col 8 1)"
done
echo
echo "batch peak: items/s of 2xx answers only; refused/s = non-2xx batch answers per second (503 past the limit);"
echo "errors = wrk timeouts and socket errors per run; full GCs per run (medians); resident memory now: $(rss_mib "$service_pid")"
echo "factor = batch items/s / single items/s (median of the per-round factors); the issue's target is the sequential factor >= 3"
