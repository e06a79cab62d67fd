#!/usr/bin/env bash
# Container smoke test for a machine without a Docker engine: assembles a JRE 17 base image from Debian packages,
# builds the image from src/main/docker/Dockerfile.jvm with podman and again with Jib (the Quarkus extension, no
# daemon), runs each, waits for readiness, calls one endpoint of each feature, checks the container user is not
# root, and removes everything it made, on failure too.
# Run from anywhere as root (CI does: .ci/run). Needs network access to Debian's package archive only.
set -euo pipefail
cd "$(dirname "$0")/../../.."

run_id="replenish-smoke-$$"
work="$(mktemp -d)"
base="localhost/${run_id}-base:jre17"
image="localhost/${run_id}:smoke"
jib_image="localhost/${run_id}-jib:smoke"
container="${run_id}"
port="${SMOKE_PORT:-18080}"

cleanup() {
  status=$?
  podman rm -f "$container" >/dev/null 2>&1 || true
  podman rmi -f "$image" "$jib_image" "$base" >/dev/null 2>&1 || true
  rm -rf "$work"
  if [ $status -ne 0 ]; then echo "smoke: FAILED (exit $status); everything it made is removed" >&2; fi
  exit $status
}
trap cleanup EXIT

need=()
for tool in podman runc debootstrap curl; do command -v "$tool" >/dev/null 2>&1 || need+=("$tool"); done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman runc debootstrap curl >/dev/null
fi

# crun fails here (setrlimit, cgroups in hybrid mode): use runc with explicit ulimits (see toolchain notes).
cat > "$work/containers.conf" <<'CONF'
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=4096:4096"]
[engine]
runtime = "runc"
CONF
export CONTAINERS_CONF="$work/containers.conf"

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

echo "smoke: assembling a JRE 17 base from Debian packages"
debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm "$work/rootfs" >"$work/debootstrap.log" 2>&1 \
  || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
tar -C "$work/rootfs" --numeric-owner -c . | podman import - "$base" >/dev/null 2>&1

echo "smoke: building the image from src/main/docker/Dockerfile.jvm"
podman build -q --build-arg BASE_IMAGE="$base" -f src/main/docker/Dockerfile.jvm -t "$image" . >/dev/null

# Runs an image, checks every feature answers and the user is not root, then removes the container.
check_image() {
  local what="$1" tested="$2"
  echo "smoke: running the $what image"
  podman run -d --name "$container" -p "127.0.0.1:${port}:8080" "$tested" >/dev/null
  local url="http://127.0.0.1:${port}"
  for _ in $(seq 1 90); do
    if curl -fsS "$url/q/health/ready" >/dev/null 2>&1; then break; fi
    sleep 1
  done
  curl -fsS "$url/q/health/ready" | grep -q '"status": *"UP"' || { podman logs "$container" >&2; exit 1; }
  echo "smoke: ready"
  local examples=src/main/resources/openapi-examples
  local json=(-H "Content-Type: application/json")
  expect targets '"mg":3400(\.0)?' -- "$url/v1/targets?sex=MALE&ageYears=30"
  expect conversions '"result":781\.96' -- "$url/v1/conversions?mineral=POTASSIUM&value=20&from=MEQ&to=MG"
  expect deficit-estimates '"mineral":"SODIUM"' -- "${json[@]}" --data-binary "@$examples/estimateDeficit.request.json" "$url/v1/deficit-estimates"
  expect drink-adequacy-checks '"verdict":"INADEQUATE"' -- "${json[@]}" --data-binary "@$examples/checkDrinkAdequacy.request.json" "$url/v1/drink-adequacy-checks"
  expect capsule-limit '"limit":\{"mg":99(\.0)?' -- "$url/v1/potassium/capsule-limit"
  expect capsule-comparisons '"capsuleShareOfTargetPercent":3\.807' -- "${json[@]}" --data-binary "@$examples/compareWithCapsuleLimit.request.json" "$url/v1/potassium/capsule-comparisons"
  local uid
  uid="$(podman exec "$container" id -u)"
  [ "$uid" != "0" ] || { echo "smoke: the $what container runs as root" >&2; exit 1; }
  echo "smoke: runs as uid $uid, not root"
  podman rm -f "$container" >/dev/null
}

expect() { # expect NAME PATTERN -- curl arguments...
  local name="$1" pattern="$2"; shift 3
  local body
  body="$(curl -fsS "$@")" || { echo "smoke: $name: request failed" >&2; exit 1; }
  grep -Eq "$pattern" <<<"$body" || { echo "smoke: $name: unexpected answer: $body" >&2; exit 1; }
  echo "smoke: $name: ok"
}

check_image Dockerfile "$image"

echo "smoke: building the image with Jib on the same base"
podman save --format docker-archive -o "$work/base.tar" "$base" >/dev/null 2>&1
./mvnw -B -q package -DskipTests -Dquarkus.container-image.build=true \
  -Dquarkus.container-image.image="$jib_image" \
  -Dquarkus.jib.base-jvm-image="tar://$work/base.tar" -Dquarkus.jib.docker-executable-name=podman >"$work/jib.log" 2>&1 \
  || { tail -30 "$work/jib.log" >&2; exit 1; }
check_image Jib "$jib_image"
echo "smoke: passed"
