#!/usr/bin/env bash
# Where a compute endpoint's time goes: a JDK Flight Recorder profile of the packaged service under wrk, summarised as
# the hottest top frames and the hottest frames anywhere on the stack (inclusive), each as a share of all samples.
# Usage: bench/profile.sh [operation path, default deficit-estimates] [seconds, default 25]
#   e.g. bench/profile.sh drink-adequacy-checks; bench/profile.sh potassium/capsule-comparisons
# Needs the production build (./mvnw package -DskipTests) and wrk. Leaves the recording in target/profile.jfr.
set -euo pipefail
cd "$(dirname "$0")/.."
operation="${1:-deficit-estimates}"
seconds="${2:-25}"
port="${BENCH_PORT:-18091}"
url="http://127.0.0.1:${port}"
declare -A example=([deficit-estimates]=estimateDeficit [drink-adequacy-checks]=checkDrinkAdequacy
  [potassium/capsule-comparisons]=compareWithCapsuleLimit)
body="src/main/resources/openapi-examples/${example[$operation]}.request.json"
recording=target/profile.jfr

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
java ${JAVA_OPTS:-} -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -jar target/quarkus-app/quarkus-run.jar \
  >/tmp/replenish-profile.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fso /dev/null "$url/q/health/ready" 2>/dev/null; do sleep 0.1; done

BODY="$body" wrk -t2 -c32 -d10s -s bench/post.lua "$url/v1/$operation" >/dev/null # warm up the JIT first
jcmd "$pid" JFR.start name=bench settings=profile filename="$PWD/$recording" >/dev/null
BODY="$body" wrk -t2 -c32 -d"${seconds}s" -s bench/post.lua "$url/v1/$operation" | grep Requests/sec
jcmd "$pid" JFR.stop name=bench >/dev/null

# Each sample's stack: the first "at" line is the top frame; the frames below it count as inclusive.
jfr print --stack-depth 64 --events jdk.ExecutionSample "$recording" | awk '
  /jdk.ExecutionSample/ {samples++; top = 1; delete seen; next}
  /^[[:space:]]+[a-zA-Z_$][a-zA-Z0-9_$.]*\(.*line:/ {
    frame = $1; sub(/\(.*/, "", frame)
    if (top) {self[frame]++; top = 0}
    if (!(frame in seen)) {seen[frame] = 1; inclusive[frame]++}
  }
  END {
    printf "%d samples\n\nhottest top frames (self):\n", samples
    for (f in self) printf "%6.1f %%  %s\n", 100 * self[f] / samples, f | "sort -rn | head -25"
    close("sort -rn | head -25")
    printf "\nhottest frames anywhere on the stack (inclusive):\n"
    for (f in inclusive) printf "%6.1f %%  %s\n", 100 * inclusive[f] / samples, f | "sort -rn | head -60"
  }'
