#!/usr/bin/env bash
# Proves the README's run command the way a new user meets it: a fresh clone of the committed tree, an empty Maven
# local repository and an empty wrapper home (so the wrapper fetches Maven and every dependency itself), the run
# command taken from the README, then readiness, GET /v1/minerals, the README's GET example and one POST example.
# Stops the service by its process group and removes everything it made, on failure too.
# Usage: scripts/quickstart-check.sh            (port 8080 must be free: the run command uses the embedded default)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
ready_bound_seconds="${QUICKSTART_READY_BOUND:-360}"
url="http://localhost:8080"

run_command="$("$repo/scripts/readme-command.sh" run)"
work="$(mktemp -d)"
pid=""

cleanup() {
  status=$?
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  if [ $status -ne 0 ] && [ -f "$work/run.log" ]; then
    echo "quickstart: the last lines of the run command's log:" >&2
    tail -n 60 "$work/run.log" >&2
  fi
  rm -rf "$work"
  if [ $status -ne 0 ]; then echo "quickstart: FAILED (exit $status)" >&2; fi
  exit $status
}
trap cleanup EXIT

if curl -s -o /dev/null "$url/q/health/live" 2>/dev/null; then
  echo "quickstart: something already answers on $url; stop it first" >&2
  exit 1
fi

git clone -q "$repo" "$work/clone"
cd "$work/clone"
echo "quickstart: running the README's command from a fresh clone with an empty Maven home: $run_command"
started=$(date +%s)
# setsid: the command gets its own process group, so Maven and the service it forks stop together.
MAVEN_USER_HOME="$work/wrapper-home" setsid bash -c "$run_command -B -Dmaven.repo.local=$work/repository" \
  >"$work/run.log" 2>&1 </dev/null &
pid=$!

until curl -fsS -o /dev/null "$url/q/health/ready" 2>/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "quickstart: the run command ended before the service was ready" >&2
    exit 1
  fi
  if [ $(( $(date +%s) - started )) -ge "$ready_bound_seconds" ]; then
    echo "quickstart: not ready within ${ready_bound_seconds} s" >&2
    exit 1
  fi
  sleep 2
done
echo "quickstart: ready $(( $(date +%s) - started )) s after the command started (downloads and build included)"

expect() { # expect DESCRIPTION FRAGMENT curl-arguments...
  local description="$1" fragment="$2"; shift 2
  local body
  body="$(curl -fsS "$@")" || { echo "quickstart: $description failed" >&2; exit 1; }
  grep -q -- "$fragment" <<<"$body" || { echo "quickstart: $description lacks $fragment: $body" >&2; exit 1; }
  echo "quickstart: $description answered"
}
expect "GET /v1/minerals" '"POTASSIUM"' "$url/v1/minerals"
expect "the README's GET /v1/targets example" '"referenceDataVersion"' \
  "$url/v1/targets?sex=FEMALE&ageYears=34&lifeStage=PREGNANT"
expect "POST /v1/deficit-estimates with the stored example" '"minerals"' -XPOST "$url/v1/deficit-estimates" \
  -H 'Content-Type: application/json' --data-binary @src/main/resources/openapi-examples/estimateDeficit.request.json
echo "quickstart: passed"
