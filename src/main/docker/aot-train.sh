#!/bin/sh
# The AOT cache's training run, inside the image build (Dockerfile.jvm-aot): starts the service recording, sends each
# operation's worked example a few hundred times so the method profiles (JEP 515) see the real paths, stops it, and
# checks the cache was written. Usage: aot-train.sh EXAMPLES_DIR [APPLICATION_DIR, default /deployments] [PORT]
set -eu
examples="$1"
app="${2:-/deployments}"
port="${3:-8080}"
url="http://127.0.0.1:$port"
cd "$app"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
java -XX:AOTCacheOutput="$app/app.aot" $JAVA_OPTS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -jar quarkus-run.jar &
pid=$!
tries=0
until curl -fso /dev/null "$url/q/health/ready"; do
  tries=$((tries + 1))
  [ "$tries" -lt 600 ] || { echo "aot-train: the service did not become ready" >&2; exit 1; }
  sleep 0.1
done
post() { curl -fso /dev/null -H 'Content-Type: application/json' --data-binary "@$examples/$1.request.json" "$url/v1/$2"; }
i=0
while [ "$i" -lt 300 ]; do
  post estimateDeficit deficit-estimates
  post checkDrinkAdequacy drink-adequacy-checks
  post compareWithCapsuleLimit potassium/capsule-comparisons
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
[ -s "$app/app.aot" ] || { echo "aot-train: no AOT cache was written" >&2; exit 1; }
echo "aot-train: wrote $app/app.aot ($(du -k "$app/app.aot" | cut -f1) KiB)"
