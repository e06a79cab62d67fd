#!/usr/bin/env bash
# What the domain work costs, measured from outside: each compute endpoint's throughput against two floors made of the
# same packaged service answering the same operation with no domain work (bench/floor/java, built only by the bench
# profile into target/bench): the tree floor reads the body into a JSON tree and writes back the stored example
# answer; the typed floor binds the body to the real request record and writes back the answer record the real
# calculator computed once at start-up, without validating. The real endpoint over the tree floor is the issue's
# ratio; the typed floor over the tree floor is what typed records cost the stack, so the real endpoint over the
# typed floor is the share of a request left to validation and the calculator. Floors and real endpoint run
# alternately, several rounds, and the median of the per-round ratios is printed, with p50/p99 latency at half the
# real endpoint's peak at a fixed rate (hey -q), the resident memory after a minute at peak (BENCH_PEAK_SECONDS) and
# after the whole run, and the time from `java -jar` to /q/health/ready answering 200: on JDK 17 plain and with a CDS
# archive trained the image's way (Dockerfile.jvm, by aot-train.sh), and on a JDK 25 with the AOT-cache image's cache
# (Dockerfile.jvm-aot, trained by the same script) when one is installed. Each start is set against the start-up
# floor's (bench/start-floor: the service's Quarkus extensions with no application code), started alternately with
# it the same way, so the time the stack alone needs on this machine is printed next to the service's.
# Issue 33 added the client's view: the real endpoint with Accept-Encoding: gzip in the same alternating rounds (gzip
# over plain throughput), p50/p99 at half the gzip peak, heap bytes allocated per request (jstat), and the first 3 s
# of a fresh service after ready against the warm gzip peak, with the service's warm-up and without it. Beside the
# p99 and the first 3 s, the tree floor's own figures on this machine (plain, no warm-up): p50/p99 at the same rate and
# the first 3 s of a fresh service against its warm peak, i.e. what the stack and the machine allow before any of our
# work, so a goal the floor itself misses is shown to be out of the service's reach.
# On 2 cores wrk and the service share the CPU: compare ratios measured in one run, not numbers across days.
#
# Usage: bench/run.sh [seconds per run, default 5] [rounds, default 5]      (bench/run.sh 1 1 is a quick check)
# The JVM gets the container's settings (see container_java_opts in bench/lib.sh) and the image's MALLOC_ARENA_MAX;
# set JAVA_OPTS to measure other settings.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
seconds="${1:-5}"
rounds="${2:-5}"
starts="${BENCH_STARTS:-3}"
port="${BENCH_PORT:-18090}"
url="http://127.0.0.1:${port}"
app=target/bench/quarkus-app/quarkus-run.jar

need_tools
if [ ! -f "$app" ] || [ -n "$(find src/main bench/floor pom.xml -newer "$app" -print -quit)" ]; then
  echo "bench: building the service with the floor (-Pbench, into target/bench)"
  ./mvnw -B -q package -Pbench -Dmaven.test.skip=true >/tmp/replenish-bench-build.log 2>&1 \
    || { tail -30 /tmp/replenish-bench-build.log >&2; exit 1; }
fi
# build_start_floor OUTPUT_DIR MAVEN_OPTIONS...: the start-up floor packaged into bench/start-floor/target/OUTPUT_DIR
# with the service's own Quarkus and compiler-plugin versions, again only when it or the service's pom changed.
build_start_floor() {
  local out="bench/start-floor/target/$1"
  if [ ! -f "$out/quarkus-run.jar" ] \
    || [ -n "$(find bench/start-floor/src bench/start-floor/pom.xml pom.xml -newer "$out/quarkus-run.jar" -print -quit)" ]; then
    echo "bench: building the start-up floor (into $out)"
    ./mvnw -B -q -f bench/start-floor/pom.xml package -DskipTests -Dquarkus.package.output-directory="$1" \
      -Dquarkus.platform.version="$(pom_property quarkus.platform.version)" \
      -Dcompiler-plugin.version="$(pom_property compiler-plugin.version)" "${@:2}" >/tmp/replenish-bench-floor.log 2>&1 \
      || { tail -30 /tmp/replenish-bench-floor.log >&2; exit 1; }
  fi
}
pom_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -1; }
start_floor_dir=bench/start-floor/target/quarkus-app
build_start_floor quarkus-app
[ -n "${JAVA_OPTS+set}" ] || JAVA_OPTS="$(container_java_opts)"
arenas="${MALLOC_ARENA_MAX:-$(image_env MALLOC_ARENA_MAX)}"
SERVICE_ENV="${arenas:+MALLOC_ARENA_MAX=$arenas}"

service_pid=
trap 'stop_service "$service_pid"' EXIT

# train DIR RECORD_OPTION FILE JAVA LOG: the images' own training script (aot-train.sh) on the copy in DIR, with the
# image's JVM settings and the given java binary, as the image build runs it; fails the run with the log's tail.
train() {
  # shellcheck disable=SC2086 # a list of assignments
  PATH="$(dirname "$(command -v "$4")"):$PATH" JAVA_OPTS="$JAVA_OPTS" env ${SERVICE_ENV} \
    sh src/main/docker/aot-train.sh "$2" "$3" "$PWD/$examples" "$PWD/$1" "$port" >>"$5" 2>&1 \
    || { grep -v warning "$5" | tail -30 >&2; exit 1; }
}

# The Dockerfile image's start outside a container: a copy of the bench build in target/bench-cds with a CDS archive
# written by the image's own training script and the same JVM settings, started in its directory as the image is
# (the archive holds the class path it was written with). -Xshare:on makes a start that cannot use the archive fail
# instead of measuring a start without it. Trained again only when the build changed.
cds_dir=target/bench-cds
if [ ! -f "$cds_dir/app.jsa" ] || [ -n "$(find "$(dirname "$app")" -newer "$cds_dir/app.jsa" -print -quit)" ]; then
  echo "bench: training a CDS archive the image's way (into $cds_dir)"
  rm -rf "$cds_dir" && cp -r "$(dirname "$app")" "$cds_dir" && : >/tmp/replenish-bench-cds.log
  train "$cds_dir" -XX:ArchiveClassesAtExit app.jsa java /tmp/replenish-bench-cds.log
fi
ready=()
cds_ready=()
floor_ready=()
for i in $(seq 1 "$starts"); do # plain, with the archive and the start-up floor alternately
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  start_service "$app" "$port" $JAVA_OPTS
  ready+=("$ready_ms")
  stop_service "$service_pid"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  start_service "$start_floor_dir/quarkus-run.jar" "$port" $JAVA_OPTS
  floor_ready+=("$ready_ms")
  stop_service "$service_pid"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  SERVICE_DIR="$cds_dir" start_service quarkus-run.jar "$port" -XX:SharedArchiveFile=app.jsa -Xshare:on $JAVA_OPTS
  cds_ready+=("$ready_ms")
  stop_service "$service_pid"
done

# The AOT-cache image's start (Dockerfile.jvm-aot) outside a container: the aot-jar layout on a JDK 25 with a cache
# trained by the image's own training script and the same JVM settings. Skipped without a JDK 25 (AOT_JAVA_HOME, or
# one under /usr/lib/jvm). Built and trained again only when the sources changed.
aot_java_home="${AOT_JAVA_HOME:-$(find /usr/lib/jvm -maxdepth 1 -name '*-25-*' 2>/dev/null | sort | head -1)}"
aot_dir=target/bench-aot
aot_ready=()
aot_floor_ready=()
declare -A aot_first=() aot_peak=() aot_first_ready=() aot_first_max=()
# first_seconds URL BODY: "requests/s slowest-ms" over the first 3 s of load (wrk -t2 -c16) on a fresh service; the
# slowest answer is what the first callers wait while the JVM loads and compiles the path.
first_seconds() {
  BODY="$2" wrk -t2 -c16 -d3s -s bench/post.lua "$1" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v * 60000 }
    /Latency/ {slowest = ms($4)} /Requests\/sec/ {rate = $2} END {printf "%s %.0f", rate, slowest}'
}
if [ -x "$aot_java_home/bin/java" ]; then
  if [ ! -f "$aot_dir/app.aot" ] || [ -n "$(find src/main pom.xml -newer "$aot_dir/app.aot" -print -quit)" ]; then
    echo "bench: building the aot-jar and training its AOT cache with $aot_java_home (into $aot_dir)"
    ./mvnw -B -q package -Dmaven.test.skip=true -Dquarkus.package.jar.type=aot-jar \
      -Dquarkus.package.output-directory=bench-aot >/tmp/replenish-bench-aot.log 2>&1 \
      || { tail -30 /tmp/replenish-bench-aot.log >&2; exit 1; }
    rm -f "$aot_dir/app.aot"
    train "$aot_dir" -XX:AOTCacheOutput app.aot "$aot_java_home/bin/java" /tmp/replenish-bench-aot.log
  fi
  # The start-up floor's aot-jar with its own cache, trained by one start to ready and a stop: the most the stack's
  # own start can gain from a cache.
  aot_floor_dir=bench/start-floor/target/floor-aot
  build_start_floor floor-aot -Dquarkus.package.jar.type=aot-jar
  if [ ! -f "$aot_floor_dir/app.aot" ] || [ "$aot_floor_dir/quarkus-run.jar" -nt "$aot_floor_dir/app.aot" ]; then
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    SERVICE_JAVA="$aot_java_home/bin/java" SERVICE_DIR="$aot_floor_dir" start_service quarkus-run.jar "$port" \
      -XX:AOTCacheOutput=app.aot $JAVA_OPTS
    stop_service "$service_pid"
  fi
  for i in $(seq 1 "$starts"); do
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    # As in the image: started in its directory, since the cache holds the class path it was trained with.
    SERVICE_JAVA="$aot_java_home/bin/java" SERVICE_DIR="$aot_dir" start_service quarkus-run.jar "$port" \
      -XX:AOTCache=app.aot -XX:AOTMode=on $JAVA_OPTS
    aot_ready+=("$ready_ms")
    stop_service "$service_pid"
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    SERVICE_JAVA="$aot_java_home/bin/java" SERVICE_DIR="$aot_floor_dir" start_service quarkus-run.jar "$port" \
      -XX:AOTCache=app.aot -XX:AOTMode=on $JAVA_OPTS
    aot_floor_ready+=("$ready_ms")
    stop_service "$service_pid"
  done
  # The AOT image's first 3 s after ready (gzip, its warm-up as configured), against its own warm gzip peak in the same
  # start after BENCH_WARMUP seconds more of load: what the cache's method profiles (JEP 515) buy a new pod.
  for op in "${operations[@]}"; do
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    SERVICE_JAVA="$aot_java_home/bin/java" SERVICE_DIR="$aot_dir" start_service quarkus-run.jar "$port" \
      -XX:AOTCache=app.aot -XX:AOTMode=on $JAVA_OPTS
    read -r aot_first[$op] aot_first_max[$op] \
      <<<"$(ACCEPT_ENCODING=gzip first_seconds "$url/v1/${path[$op]}" "$examples/$op.request.json")"
    ACCEPT_ENCODING=gzip rate "$url/v1/${path[$op]}" "$examples/$op.request.json" "${BENCH_WARMUP:-15}" >/dev/null
    aot_peak[$op]="$(ACCEPT_ENCODING=gzip rate "$url/v1/${path[$op]}" "$examples/$op.request.json" "$seconds")"
    aot_first_ready[$op]="$ready_ms"
    stop_service "$service_pid"
  done
fi
# The first seconds of a new pod (issue 33): for each compute operation a fresh service, and right after
# /q/health/ready answers, 3 s of gzip-accepting load (wrk -t2 -c16), with the service's warm-up (config/WarmUp) and,
# alternately, without it (replenish.warm-up.duration=0s): what the warm-up buys in the first seconds and costs in
# time to ready. Then the tree floor the same way, plain and without the warm-up: what the JIT allows the stack alone.
declare -A first=() first_cold=() first_ready=() first_cold_ready=() first_floor=() first_max=()
for op in "${operations[@]}"; do
  for variant in warm cold floor; do
    extra=(); [ "$variant" = warm ] || extra=(-Dreplenish.warm-up.duration=0s)
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    start_service "$app" "$port" $JAVA_OPTS "${extra[@]}"
    if [ "$variant" = floor ]; then target="$url/bench/floor/${path[$op]}" encoding=""
    else target="$url/v1/${path[$op]}" encoding=gzip; fi
    read -r got_first got_max <<<"$(ACCEPT_ENCODING="$encoding" first_seconds "$target" "$examples/$op.request.json")"
    first_max[$variant $op]="$got_max"
    stop_service "$service_pid"
    case "$variant" in
      warm) first[$op]="$got_first" first_ready[$op]="$ready_ms" ;;
      cold) first_cold[$op]="$got_first" first_cold_ready[$op]="$ready_ms" ;;
      floor) first_floor[$op]="$got_first" ;;
    esac
  done
done

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
start_service "$app" "$port" $JAVA_OPTS # the service the load runs against

# Resident memory as a pod has it: a fresh service after a minute at peak on the compute endpoints only (the floor's
# code and the OpenAPI document, prepared on its first request, are not in it yet), half of it with gzip-coded
# answers, measured after the JVM's next native-memory trim (-XX:TrimNativeHeapInterval=5000).
peak_seconds="${BENCH_PEAK_SECONDS:-60}"
for op in "${operations[@]}"; do
  rate "$url/v1/${path[$op]}" "$examples/$op.request.json" "$(( peak_seconds / ${#operations[@]} / 2 ))" >/dev/null
  ACCEPT_ENCODING=gzip rate "$url/v1/${path[$op]}" "$examples/$op.request.json" \
    "$(( peak_seconds / ${#operations[@]} / 2 ))" >/dev/null
done
sleep 6
rss_at_peak="$(rss_mib "$service_pid")"

# The floor must stay out of the contract: the served document is exactly the stored one.
curl -fsS "$url/q/openapi?format=json" | diff -q - openapi/openapi.json >/dev/null \
  || { echo "bench: the bench build's OpenAPI document differs from openapi/openapi.json" >&2; exit 1; }

# Four sides: tree floor, typed floor, real endpoint, and the real endpoint for a client that accepts gzip.
sides=(/bench/floor /bench/typed-floor /v1 gzip)
measure() { # measure SIDE OP SECONDS: requests/s at peak
  if [ "$1" = gzip ]; then
    ACCEPT_ENCODING=gzip rate "$url/v1/${path[$2]}" "$examples/$2.request.json" "$3"
  else
    rate "$url$1/${path[$2]}" "$examples/$2.request.json" "$3"
  fi
}
for op in "${operations[@]}"; do # the floors and the real endpoint answer the same number of bytes; all warm up
  body="$examples/$op.request.json"
  for side in "${sides[@]::3}"; do
    bytes="$(curl -fsS -H 'Content-Type: application/json' --data-binary "@$body" "$url$side/${path[$op]}" | wc -c)"
    [ "$side" = /bench/floor ] && floor_bytes="$bytes"
    [ "$bytes" -eq "$floor_bytes" ] || echo "bench: note: $op answers $bytes bytes at $side, its floor $floor_bytes" >&2
  done
  for side in "${sides[@]}"; do measure "$side" "$op" "$seconds" >/dev/null; done
done

results="$(mktemp)"
for round in $(seq 1 "$rounds"); do
  for op in "${operations[@]}"; do
    declare -A got=()
    order=("${sides[@]}")
    [ $(( round % 2 )) -eq 1 ] || order=("${sides[3]}" "${sides[2]}" "${sides[1]}" "${sides[0]}") # flips every round
    for side in "${order[@]}"; do got[$side]="$(measure "$side" "$op" "$seconds")"; done
    echo "$op ${got[/bench/floor]} ${got[/bench/typed-floor]} ${got[/v1]} ${got[gzip]}" >>"$results"
  done
done

# latency URL BODY RATE [HEY OPTIONS]: "p50 p99" in ms at a fixed total rate, 8 workers, Accept-Encoding: gzip (hey's
# default; -disable-compression for none)
latency() {
  local per_worker=$(( $3 / 8 > 0 ? $3 / 8 : 1 ))
  hey -z "$(( seconds * 2 ))s" -c 8 -q "$per_worker" "${@:4}" -m POST -T application/json -D "$2" "$1" \
    | awk '/ 50% in/ {p50 = $3 * 1000} / 99% in/ {p99 = $3 * 1000} END {printf "%.2f %.2f", p50, p99}'
}
# allocation OP ENCODING: bytes allocated on the heap per request over a run at peak, from the young collections and
# eden's use before and after it (jstat; the serial collector collects when eden is full).
allocated_kib() { jstat -gc "$service_pid" | awk 'NR == 2 {printf "%.0f", $13 * $5 + $6}'; } # YGC x EC + EU
allocation() {
  local before after requests
  before="$(allocated_kib)"
  requests="$(ACCEPT_ENCODING="$2" BODY="$examples/$1.request.json" wrk -t2 -c32 -d"${seconds}s" -s bench/post.lua \
    "$url/v1/${path[$1]}" | awk '/requests in/ {print $1}')"
  after="$(allocated_kib)"
  awk -v b="$before" -v a="$after" -v n="$requests" 'BEGIN {printf "%.0f", (a - b) * 1024 / n}'
}

echo
echo "Replenish benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores: $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)," \
  "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); JAVA_OPTS: $JAVA_OPTS${SERVICE_ENV:+; $SERVICE_ENV}"
echo "wrk -t2 -c32 ${seconds}s per run, ${rounds} rounds alternating floors, real and real with gzip; hey -c8 at half the gzip peak"
echo "ratio: real over tree floor; typed/floor: typed floor over tree floor; real/typed: real over typed floor;"
echo "gzip/s: real with Accept-Encoding: gzip; gz/real: gzip over plain throughput"
echo
printf '%-24s %8s %8s %8s %6s %11s %10s %8s %7s %8s %7s %7s\n' operation "floor/s" "typed/s" "real/s" ratio \
  typed/floor real/typed "gzip/s" gz/real "at req/s" "p50 ms" "p99 ms"
median_of() { awk -v op="$1" '$1 == op {print '"$2"'}' "$results" | median; } # median_of OP AWK-EXPRESSION: its median over the rounds
declare -A gzip_peak=() floor_peak=() half_rate=() floor_latency=()
for op in "${operations[@]}"; do
  gzip_peak[$op]="$(median_of "$op" '$5')"
  floor_peak[$op]="$(median_of "$op" '$2')"
  half="$(awk -v r="${gzip_peak[$op]}" 'BEGIN {printf "%d", r / 2}')"
  half_rate[$op]="$half"
  read -r p50 p99 <<<"$(latency "$url/v1/${path[$op]}" "$examples/$op.request.json" "$half")"
  floor_latency[$op]="$(latency "$url/bench/floor/${path[$op]}" "$examples/$op.request.json" "$half" -disable-compression)"
  printf '%-24s %8.0f %8.0f %8.0f %6.2f %11.2f %10.2f %8.0f %7.2f %8d %7s %7s\n' "$op" "$(median_of "$op" '$2')" \
    "$(median_of "$op" '$3')" "$(median_of "$op" '$4')" "$(median_of "$op" '$4 / $2')" "$(median_of "$op" '$3 / $2')" \
    "$(median_of "$op" '$4 / $3')" "${gzip_peak[$op]}" "$(median_of "$op" '$5 / $4')" "$half" "$p50" "$p99"
done
rm -f "$results"
echo "the tree floor at the same rates (plain), p50 / p99 ms: what the stack and this machine give before our work:"
for op in "${operations[@]}"; do
  printf '  %-24s at %6d req/s  %s\n' "$op" "${half_rate[$op]}" "${floor_latency[$op]/ / \/ }"
done
echo
echo "heap allocated per request (bytes, jstat over a ${seconds} s run at peak), plain and with gzip:"
for op in "${operations[@]}"; do
  printf '  %-24s %8s %8s\n' "$op" "$(allocation "$op" "")" "$(allocation "$op" gzip)"
done
echo "the first 3 s after ready (fresh service, gzip, wrk -c16) over the warm gzip peak and the slowest answer in them,"
echo "with the warm-up and without:"
for op in "${operations[@]}"; do
  printf '  %-24s %6.0f/s %5.2f slowest %4d ms (ready %5d ms)   without: %6.0f/s %5.2f slowest %4d ms (ready %5d ms)\n' \
    "$op" "${first[$op]}" "$(awk -v f="${first[$op]}" -v p="${gzip_peak[$op]}" 'BEGIN {print f / p}')" \
    "${first_max[warm $op]}" "${first_ready[$op]}" "${first_cold[$op]}" \
    "$(awk -v f="${first_cold[$op]}" -v p="${gzip_peak[$op]}" 'BEGIN {print f / p}')" "${first_max[cold $op]}" \
    "${first_cold_ready[$op]}"
done
echo "the tree floor's first 3 s (fresh service, plain, no warm-up) over its warm plain peak: what the JIT allows the stack:"
for op in "${operations[@]}"; do
  printf '  %-24s %6.0f/s %5.2f slowest %4d ms\n' "$op" "${first_floor[$op]}" \
    "$(awk -v f="${first_floor[$op]}" -v p="${floor_peak[$op]}" 'BEGIN {print f / p}')" "${first_max[floor $op]}"
done
echo "resident memory after a minute at peak on the compute endpoints: $rss_at_peak"
echo "resident memory after the whole run (floor and latency runs included): $(rss_mib "$service_pid")"
echo "time to ready: $(printf '%s\n' "${ready[@]}" | median) ms, median of ${starts} starts (${ready[*]} ms);" \
  "the start-up floor alternately: $(printf '%s\n' "${floor_ready[@]}" | median) ms (${floor_ready[*]} ms)"
echo "time to ready with a CDS archive trained the image's way: $(printf '%s\n' "${cds_ready[@]}" | median) ms," \
  "median of ${starts} starts alternating with the above (${cds_ready[*]} ms)"
if [ ${#aot_ready[@]} -gt 0 ]; then
  echo "time to ready with the AOT cache ($("$aot_java_home/bin/java" -version 2>&1 | head -1)):" \
    "$(printf '%s\n' "${aot_ready[@]}" | median) ms, median of ${starts} starts (${aot_ready[*]} ms);" \
    "the start-up floor with its own cache alternately: $(printf '%s\n' "${aot_floor_ready[@]}" | median) ms" \
    "(${aot_floor_ready[*]} ms)"
  echo "the AOT image's first 3 s after ready (gzip, wrk -c16, with the warm-up) over its own warm gzip peak:"
  for op in "${operations[@]}"; do
    printf '  %-24s %6.0f/s %5.2f of %6.0f/s, slowest %4d ms (ready %5d ms)\n' "$op" "${aot_first[$op]}" \
      "$(awk -v f="${aot_first[$op]}" -v p="${aot_peak[$op]}" 'BEGIN {print f / p}')" "${aot_peak[$op]}" \
      "${aot_first_max[$op]}" "${aot_first_ready[$op]}"
  done
else
  echo "time to ready with the AOT cache: not measured (no JDK 25; set AOT_JAVA_HOME)"
fi
