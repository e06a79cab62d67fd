#!/usr/bin/env bash
# Rewrites src/main/resources/openapi-examples/*.response.json from the packaged service, after an intended change of
# answers (OpenApiExamplesTest then passes again; review the diff before committing). Needs target/quarkus-app, so run
# `./mvnw package -DskipTests` first. Usage: scripts/regenerate-examples.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-18765}"
dir=src/main/resources/openapi-examples
base="http://127.0.0.1:$port"

# Problems inside batch answers carry a type URI and the request id: the examples show a public base URI and a fixed
# id, which OpenApiExamplesTest sends too.
pid=
start() { # start [extra system properties...]: the packaged service, ready
  java -Dquarkus.http.port="$port" -Dreplenish.problems.base-uri=https://replenish.example "$@" \
    -jar target/quarkus-app/quarkus-run.jar >/tmp/regenerate-examples.log 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    curl -sf "$base/q/health/ready" >/dev/null && break
    sleep 0.5
  done
}
stop() { [[ -n "$pid" ]] && { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; }; }
trap stop EXIT
start

# The POST operations: operationId -> path, taken from the stored document.
post_path() {
  python3 - "$1" <<'PY'
import json, sys
doc = json.load(open("openapi/openapi.json"))
for path, ops in doc["paths"].items():
    for method, op in ops.items():
        if isinstance(op, dict) and op.get("operationId") == sys.argv[1]:
            print(path)
PY
}

# The GET examples and the query each example uses (the same as OpenApiExamplesTest).
declare -A get_query=(
  [getTargets]="/v1/targets?sex=FEMALE&ageYears=34&lifeStage=PREGNANT&basis=NASEM_DRI"
  [convertAmount]="/v1/conversions?mineral=POTASSIUM&value=20&from=MEQ&to=MG"
  [listMinerals]="/v1/minerals"
  [getCapsuleLimit]="/v1/potassium/capsule-limit"
  [listCodes]="/v1/codes"
  [getSource]="/v1/sources/NASEM2019"
)

pretty() { python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin), indent=2, ensure_ascii=False))'; }

for response in "$dir"/*.response.json; do
  op="$(basename "$response" .response.json)"
  [[ "$op" == *.* ]] && continue # a problem example (<operationId>.<status>), below
  if [[ -f "$dir/$op.request.json" ]]; then
    path="$(post_path "$op")"
    curl -s -XPOST "$base$path" -H 'Content-Type: application/json' -H 'X-Request-Id: example-request' --data-binary @"$dir/$op.request.json" | pretty >"$response"
  elif [[ -n "${get_query[$op]:-}" ]]; then
    curl -s -H 'X-Request-Id: example-request' "$base${get_query[$op]}" | pretty >"$response"
  else
    echo "no query known for GET example $op: add it to get_query in $0" >&2
    exit 1
  fi
  echo "rewrote $response"
done

# The problem examples (issue 28 item 2): <operationId>.<status>.response.json, the service's own answers to a bad
# request (<operationId>.400.request.json for a POST; for a GET, <operationId>.<status>.get holds the request target:
# a bad query or an unknown id), an oversized body
# and a batch's 503 while two slow batches hold the default limit of 2.
problem() { # problem OPERATION STATUS curl-arguments...
  local op="$1" status="$2"; shift 2
  curl -s -H 'X-Request-Id: example-request' "$@" | pretty >"$dir/$op.$status.response.json"
  echo "rewrote $dir/$op.$status.response.json"
}
for request in "$dir"/*.400.request.json; do
  op="$(basename "$request" .400.request.json)"
  problem "$op" 400 -XPOST "$base$(post_path "$op")" -H 'Content-Type: application/json' --data-binary @"$request"
done
for target in "$dir"/*.get; do
  name="$(basename "$target" .get)"
  problem "${name%.*}" "${name##*.}" "$base$(cat "$target")"
done
for request in "$dir"/*.request.json; do
  op="$(basename "$request" .request.json)"
  [[ "$op" == *.* ]] && continue
  limit=65536; [[ "$op" == *Batch ]] && limit=524288
  head -c $((limit + 1)) /dev/zero | tr '\0' ' ' >/tmp/regenerate-examples-oversized.json
  problem "$op" 413 -XPOST "$base$(post_path "$op")" -H 'Content-Type: application/json' \
    --data-binary @/tmp/regenerate-examples-oversized.json
done

# A batch's 503: two batches held open by a slow upload take the two places of the default limit.
for _ in 1 2; do
  head -c 100000 /dev/zero | tr '\0' ' ' | curl -s -o /dev/null --limit-rate 1k -XPOST "$base/v1/deficit-estimates/batch" \
    -H 'Content-Type: application/json' --data-binary @- &
done
sleep 2
for request in "$dir"/*Batch.request.json; do
  op="$(basename "$request" .request.json)"
  problem "$op" 503 -XPOST "$base$(post_path "$op")" -H 'Content-Type: application/json' --data-binary @"$request"
done
kill $(jobs -p) 2>/dev/null || true
