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
java -Dquarkus.http.port="$port" -Dreplenish.problems.base-uri=https://replenish.example -jar target/quarkus-app/quarkus-run.jar >/tmp/regenerate-examples.log 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "$base/q/health/ready" >/dev/null && break
  sleep 0.5
done

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
