#!/usr/bin/env bash
# The Node.js half of the contract checks: Spectral lint of openapi/openapi.yaml (and proof that its rules bite),
# openapi-typescript types, and a request per operation compiled with tsc --strict.
# Usage: run-checks.sh REQUIRE_NODE   (true: a missing npm fails the build; false: it is skipped, loudly)
set -euo pipefail
cd "$(dirname "$0")"
source ../scripts/require-tools.sh
require_tools "${1:-false}" "the OpenAPI lint and TypeScript checks (contract.requireNode)" npm

npm ci --no-audit --no-fund --loglevel=error
npm run --silent check
