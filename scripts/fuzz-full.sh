#!/usr/bin/env bash
# The full fuzz campaign (issue 13) against the packaged service: 100,000 mutated bodies per POST endpoint and 10,000
# query strings per GET endpoint, fixed seed, several keep-alive connections at once (src/test/java/org/replenish/fuzz).
# ./mvnw verify runs a small slice of the same campaign; this runs after it and reuses its jar and test classes.
# Override with FUZZ_BODIES, FUZZ_QUERIES, FUZZ_SEED, FUZZ_WORKERS.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ ! -f target/test-classes/org/replenish/fuzz/FuzzIT.class ]; then
  ./mvnw -B -q package -DskipTests
fi
./mvnw -B failsafe:integration-test failsafe:verify -Dit.test=FuzzIT \
  -Dfuzz.bodies="${FUZZ_BODIES:-100000}" -Dfuzz.queries="${FUZZ_QUERIES:-10000}" \
  -Dfuzz.seed="${FUZZ_SEED:-13}" -Dfuzz.workers="${FUZZ_WORKERS:-8}"
