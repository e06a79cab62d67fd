#!/usr/bin/env bash
# Offline validation of the k8s/ overlays (see validate.mjs). Needs kubectl (for kustomize) and npm.
# Usage: run-checks.sh REQUIRE_TOOLS   (true: a missing tool fails the build; false: the check is skipped, loudly)
set -euo pipefail
cd "$(dirname "$0")"
source ../../scripts/require-tools.sh
require_tools "${1:-false}" "the Kubernetes manifest checks (k8s.requireTools)" kubectl npm

npm ci --no-audit --no-fund --loglevel=error
node validate.mjs
