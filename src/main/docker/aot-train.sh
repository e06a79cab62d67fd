#!/bin/sh
# The training run of a start-up cache, inside the image build: starts the service recording (RECORD_OPTION, the JVM
# option that writes the cache when the JVM exits), sends each operation's worked example a few hundred times so the
# cache sees the real paths, stops it, and checks the cache was written. Used for both caches made ahead of time:
#   aot-train.sh -XX:AOTCacheOutput app.aot ...         Dockerfile.jvm-aot: JDK 25 AOT cache (JEP 483/514/515)
#   aot-train.sh -XX:ArchiveClassesAtExit app.jsa ...   Dockerfile.jvm: JDK 17 dynamic class-data sharing archive
# The service runs with $JAVA_OPTS, which must be exactly the options the image starts it with: either cache loads
# only with the JVM, options and class path that wrote it.
# Usage: aot-train.sh RECORD_OPTION FILE EXAMPLES_DIR [APPLICATION_DIR, default /deployments] [PORT]
# (FILE is written into APPLICATION_DIR.)
set -eu
record="$1"
file="$2"
examples="$3"
app="${4:-/deployments}"
port="${5:-8080}"
url="http://127.0.0.1:$port"
cd "$app"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
java "$record=$app/$file" $JAVA_OPTS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -jar quarkus-run.jar &
pid=$!
tries=0
until curl -fso /dev/null "$url/q/health/ready"; do
  tries=$((tries + 1))
  [ "$tries" -lt 600 ] || { echo "aot-train: the service did not become ready" >&2; exit 1; }
  sleep 0.1
done
# Half the calls accept gzip, as most clients do, so the compressing path is in the cache as well.
post() {
  curl -fso /dev/null -H 'Content-Type: application/json' --data-binary "@$examples/$1.request.json" "$url/v1/$2"
  curl -fso /dev/null -H 'Content-Type: application/json' -H 'Accept-Encoding: gzip' \
    --data-binary "@$examples/$1.request.json" "$url/v1/$2"
}
i=0
while [ "$i" -lt 150 ]; do
  post estimateDeficit deficit-estimates
  post checkDrinkAdequacy drink-adequacy-checks
  post compareWithCapsuleLimit potassium/capsule-comparisons
  post planSession session-plans
  curl -fso /dev/null "$url/v1/targets?sex=FEMALE&ageYears=34&lifeStage=PREGNANT"
  curl -fso /dev/null "$url/v1/conversions?mineral=POTASSIUM&value=20&from=MEQ&to=MG"
  curl -fso /dev/null "$url/v1/minerals"
  curl -fso /dev/null "$url/v1/potassium/capsule-limit"
  i=$((i + 1))
done
curl -fso /dev/null "$url/q/health/live"
curl -fso /dev/null "$url/q/metrics"
kill -TERM "$pid"
wait "$pid" || true
[ -s "$app/$file" ] || { echo "aot-train: $app/$file was not written" >&2; exit 1; }
echo "aot-train: wrote $app/$file ($(du -k "$app/$file" | cut -f1) KiB)"
