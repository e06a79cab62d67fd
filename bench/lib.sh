# Shared by the bench scripts (sourced): the compute operations, wrk and hey, starting and timing the service.
# shellcheck shell=bash
examples=src/main/resources/openapi-examples
operations=(estimateDeficit checkDrinkAdequacy compareWithCapsuleLimit)
declare -A path=([estimateDeficit]=deficit-estimates [checkDrinkAdequacy]=drink-adequacy-checks
  [compareWithCapsuleLimit]=potassium/capsule-comparisons)

need_tools() { # installs wrk, hey and curl when missing (Debian packages)
  local need=() tool
  for tool in wrk hey curl; do command -v "$tool" >/dev/null 2>&1 || need+=("$tool"); done
  if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
}

# The image's JVM options (src/main/docker/Dockerfile.jvm) plus what the container tells the JVM: the Deployment's
# memory and CPU limits (k8s/base/deployment.yaml), which a JVM outside a container would not see.
container_java_opts() {
  local opts memory cpu
  opts="$(sed -n 's/^ENV JAVA_OPTS="\(.*\)"$/\1/p' src/main/docker/Dockerfile.jvm)"
  memory="$(deployment_limit memory)"
  cpu="$(deployment_limit cpu)"
  echo "$opts -XX:MaxRAM=${memory%Mi}m -XX:ActiveProcessorCount=$cpu"
}
deployment_limit() { # deployment_limit cpu|memory
  awk -v key="$1:" '/limits:/ {inside = 1; next} inside && $1 == key {gsub(/"/, "", $2); print $2; exit}' \
    k8s/base/deployment.yaml
}
image_env() { # image_env NAME: an ENV value of the image, e.g. MALLOC_ARENA_MAX
  sed -n "s/^ENV $1=\"\{0,1\}\([^\"]*\)\"\{0,1\}\$/\1/p" src/main/docker/Dockerfile.jvm
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# start_service JAR PORT OPTIONS...: starts the service, waits for /q/health/ready; sets service_pid and ready_ms.
# SERVICE_ENV may hold environment assignments for the JVM (MALLOC_ARENA_MAX=2); SERVICE_JAVA another java binary;
# SERVICE_DIR the directory to start it in (JAR relative to it).
start_service() {
  local jar="$1" port="$2" t0
  shift 2
  t0="$(now_ms)"
  # shellcheck disable=SC2086 # a list of assignments
  (cd "${SERVICE_DIR:-.}" && exec env ${SERVICE_ENV:-} "${SERVICE_JAVA:-java}" "$@" -Dquarkus.http.host=127.0.0.1 \
    -Dquarkus.http.port="$port" -jar "$jar" >"/tmp/replenish-bench-$port.log" 2>&1) &
  service_pid=$!
  until curl -fso /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; do
    kill -0 "$service_pid" 2>/dev/null || { cat "/tmp/replenish-bench-$port.log" >&2; return 1; }
    [ $(( $(now_ms) - t0 )) -lt 60000 ] || { echo "bench: not ready after 60 s" >&2; return 1; }
    sleep 0.01
  done
  ready_ms=$(( $(now_ms) - t0 ))
}
stop_service() { # stop_service PID
  [ -z "$1" ] || { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
}

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
rate() { # rate URL BODY SECONDS [CONNECTIONS]: requests/s at peak (wrk, 2 threads, 32 connections unless given)
  BODY="$2" wrk -t2 -c"${4:-32}" -d"$3s" -s bench/post.lua "$1" | awk '/Requests\/sec/ {print $2}'
}
rss_mib() { # rss_mib PID: resident and peak resident memory
  awk '/VmRSS/ {rss = $2} /VmHWM/ {hwm = $2} END {printf "%.0f MiB (peak %.0f MiB)", rss / 1024, hwm / 1024}' "/proc/$1/status"
}
