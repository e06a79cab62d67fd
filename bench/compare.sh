#!/usr/bin/env bash
# Two variants of the service side by side: throughput of each compute endpoint, alternating A and B for several
# rounds, the median ratio B/A, and each one's resident memory after the load. For settings (JVM options, heap) and
# builds (copy target/quarkus-app aside before rebuilding).
#
# Usage: A_OPTS="..." B_OPTS="..." [A_APP=dir] [B_APP=dir] bench/compare.sh [seconds per run, default 5] [rounds, default 5]
#   A_APP and B_APP are quarkus-app directories (default target/quarkus-app); A_ENV/B_ENV hold extra environment
#   assignments for the JVM (e.g. B_ENV="MALLOC_ARENA_MAX=2"). ACCEPT_ENCODING=gzip asks for compressed answers.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
seconds="${1:-5}"
rounds="${2:-5}"
need_tools

pids=()
trap 'for p in "${pids[@]}"; do stop_service "$p"; done' EXIT
declare -A port=([A]=18094 [B]=18095)
for side in A B; do
  app_var="${side}_APP" opts_var="${side}_OPTS" env_var="${side}_ENV"
  # shellcheck disable=SC2086 # a list of options
  SERVICE_ENV="${!env_var:-}" start_service "${!app_var:-target/quarkus-app}/quarkus-run.jar" "${port[$side]}" ${!opts_var:-}
  pids+=("$service_pid")
  echo "$side: ${!opts_var:-(no options)} ${!env_var:-}; ready in ${ready_ms} ms"
done

results="$(mktemp)"
# Warm up: with one CPU the JIT needs 15 to 20 s of load before an endpoint runs at its peak (BENCH_WARMUP seconds).
for op in "${operations[@]}"; do
  for side in A B; do
    rate "http://127.0.0.1:${port[$side]}/v1/${path[$op]}" "$examples/$op.request.json" "${BENCH_WARMUP:-15}" >/dev/null
  done
done
for round in $(seq 1 "$rounds"); do
  for op in "${operations[@]}"; do
    order=(A B); [ $(( round % 2 )) -eq 1 ] || order=(B A)
    declare -A got=()
    for side in "${order[@]}"; do
      got[$side]="$(rate "http://127.0.0.1:${port[$side]}/v1/${path[$op]}" "$examples/$op.request.json" "$seconds")"
    done
    echo "$op ${got[A]} ${got[B]}" >>"$results"
  done
done
printf '\n%-26s %10s %10s %8s\n' operation "A req/s" "B req/s" "B/A"
for op in "${operations[@]}"; do
  printf '%-26s %10.0f %10.0f %8.3f\n' "$op" "$(awk -v op="$op" '$1 == op {print $2}' "$results" | median)" \
    "$(awk -v op="$op" '$1 == op {print $3}' "$results" | median)" \
    "$(awk -v op="$op" '$1 == op {print $3 / $2}' "$results" | median)"
done
rm -f "$results"
echo "A resident after load: $(rss_mib "${pids[0]}")"
echo "B resident after load: $(rss_mib "${pids[1]}")"
