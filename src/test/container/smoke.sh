#!/usr/bin/env bash
# Container smoke test for a machine without a Docker engine: assembles a JRE 17 base image from Debian packages,
# builds the image from src/main/docker/Dockerfile.jvm with podman, whose build trains a CDS archive (run again
# requiring the archive, and with an option the archive was not written with), and again with Jib (the Quarkus
# extension, no daemon), then a JRE 25 base (the same Debian root with a runtime made by Temurin 25's jlink) and the
# AOT-cache image from src/main/docker/Dockerfile.jvm-aot, whose build trains the cache; runs each, prints its time to
# ready, calls one endpoint of each feature, checks the container user is not root, and removes everything it made, on
# failure too.
# Run from anywhere as root (CI does: .ci/run). Needs network access to Debian's package archive only.
set -euo pipefail
cd "$(dirname "$0")/../../.."

run_id="replenish-smoke-$$"
work="$(mktemp -d)"
base="localhost/${run_id}-base:jre17"
base25="localhost/${run_id}-base:jre25"
image="localhost/${run_id}:smoke"
jib_image="localhost/${run_id}-jib:smoke"
aot_image="localhost/${run_id}-aot:smoke"
jdk25="${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
container="${run_id}"
port="${SMOKE_PORT:-18080}"

cleanup() {
  status=$?
  podman rm -f "$container" >/dev/null 2>&1 || true
  podman rmi -f "$image" "$jib_image" "$aot_image" "$base" "$base25" >/dev/null 2>&1 || true
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
debootstrap --variant=minbase --include=openjdk-17-jre-headless,curl bookworm "$work/rootfs" >"$work/debootstrap.log" 2>&1 \
  || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
tar -C "$work/rootfs" --numeric-owner -c . | podman import - "$base" >/dev/null 2>&1

echo "smoke: building the image from src/main/docker/Dockerfile.jvm (its build trains the CDS archive)"
podman build --build-arg BASE_IMAGE="$base" -f src/main/docker/Dockerfile.jvm -t "$image" . >"$work/build.log" 2>&1 \
  || { grep -v warning "$work/build.log" | tail -30 >&2; exit 1; }
grep -o 'aot-train: wrote .*' "$work/build.log" | sed 's/^/smoke: /'

# Runs an image (further podman run options after the image), checks every feature answers and the user is not root,
# then removes the container.
check_image() {
  local what="$1" tested="$2"
  shift 2
  echo "smoke: running the $what image"
  local url="http://127.0.0.1:${port}" t0 waited
  t0="$(date +%s%N)"
  podman run -d --name "$container" -p "127.0.0.1:${port}:8080" "$@" "$tested" >/dev/null
  for _ in $(seq 1 1800); do
    if curl -fsS "$url/q/health/ready" >/dev/null 2>&1; then break; fi
    sleep 0.05
  done
  waited=$(( ($(date +%s%N) - t0) / 1000000 ))
  curl -fsS "$url/q/health/ready" | grep -q '"status": *"UP"' || { podman logs "$container" >&2; exit 1; }
  echo "smoke: $what image ready ${waited} ms after podman run ($(podman logs "$container" 2>&1 | grep -o 'started in [0-9.]*s' | head -1) by Quarkus' count)"
  local examples=src/main/resources/openapi-examples
  local json=(-H "Content-Type: application/json")
  expect targets '"mg":3400(\.0)?' -- "$url/v1/targets?sex=MALE&ageYears=30"
  expect conversions '"result":781\.96' -- "$url/v1/conversions?mineral=POTASSIUM&value=20&from=MEQ&to=MG"
  expect deficit-estimates '"mineral":"SODIUM"' -- "${json[@]}" --data-binary "@$examples/estimateDeficit.request.json" "$url/v1/deficit-estimates"
  expect drink-adequacy-checks '"verdict":"INADEQUATE"' -- "${json[@]}" --data-binary "@$examples/checkDrinkAdequacy.request.json" "$url/v1/drink-adequacy-checks"
  expect capsule-limit '"limit":\{"mg":99(\.0)?' -- "$url/v1/potassium/capsule-limit"
  # 99 mg of the 2,600 mg NASEM AI of the example's woman of 31-50 is 3.8077 %, answered to 0.01 %: 3.81.
  expect capsule-comparisons '"capsuleShareOfTargetPercent":3\.81[,}]' -- "${json[@]}" --data-binary "@$examples/compareWithCapsuleLimit.request.json" "$url/v1/potassium/capsule-comparisons"
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
# -Xshare:on makes a JVM that cannot map the archive exit, so this start proves the image's archive loads.
check_image "Dockerfile (CDS archive required, -Xshare:on)" "$image" -e JAVA_OPTS_APPEND=-Xshare:on
# An option the archive was not written with: the JVM starts without the archive instead of failing.
check_image "Dockerfile (-XX:-UseCompressedOops, archive not usable)" "$image" -e JAVA_OPTS_APPEND=-XX:-UseCompressedOops

echo "smoke: building the image with Jib on the same base"
podman save --format docker-archive -o "$work/base.tar" "$base" >/dev/null 2>&1
./mvnw -B -q package -DskipTests -Dquarkus.container-image.build=true \
  -Dquarkus.container-image.image="$jib_image" \
  -Dquarkus.jib.base-jvm-image="tar://$work/base.tar" -Dquarkus.jib.docker-executable-name=podman >"$work/jib.log" 2>&1 \
  || { tail -30 "$work/jib.log" >&2; exit 1; }
check_image Jib "$jib_image"

echo "smoke: assembling a JRE 25 base: the same Debian root without its JRE 17, and a runtime from Temurin 25's jlink"
mkdir "$work/rootfs25"
tar -C "$work/rootfs" --exclude=./usr/lib/jvm -c . | tar -C "$work/rootfs25" -x
"$jdk25/bin/jlink" --add-modules java.se,jdk.unsupported,jdk.zipfs,jdk.management --strip-debug --no-man-pages \
  --no-header-files --generate-cds-archive --output "$work/rootfs25/opt/java/openjdk" >"$work/jlink.log" 2>&1 \
  || { cat "$work/jlink.log" >&2; exit 1; }
tar -C "$work/rootfs25" --numeric-owner -c . | podman import \
  --change "ENV JAVA_HOME=/opt/java/openjdk" \
  --change "ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
  - "$base25" >/dev/null 2>&1

echo "smoke: building the AOT-cache image from src/main/docker/Dockerfile.jvm-aot (its build trains the cache)"
./mvnw -B -q package -DskipTests -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.output-directory=aot \
  >"$work/aot-package.log" 2>&1 || { tail -30 "$work/aot-package.log" >&2; exit 1; }
podman build --build-arg BASE_IMAGE="$base25" -f src/main/docker/Dockerfile.jvm-aot -t "$aot_image" . \
  >"$work/aot-build.log" 2>&1 || { grep -v warning "$work/aot-build.log" | tail -30 >&2; exit 1; }
grep -o 'aot-train: wrote .*' "$work/aot-build.log" | sed 's/^/smoke: /'
check_image AOT "$aot_image"
echo "smoke: passed"
