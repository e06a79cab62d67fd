#!/usr/bin/env bash
# Offline validation of the k8s/ overlays (see validate.mjs). Needs kubectl (for kustomize) and npm.
# Usage: run-checks.sh REQUIRE_TOOLS   (true: a missing tool fails the build; false: the check is skipped, loudly)
set -euo pipefail
cd "$(dirname "$0")"
require_tools="${1:-false}"

missing=()
command -v kubectl >/dev/null 2>&1 || missing+=(kubectl)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "************************************************************************"
  echo "* SKIPPED: the Kubernetes manifest checks need ${missing[*]} on the PATH."
  echo "************************************************************************"
  if [ "$require_tools" = "true" ]; then
    echo "k8s.requireTools=true: a skipped manifest check is a failure." >&2
    exit 1
  fi
  exit 0
fi

npm ci --no-audit --no-fund --loglevel=error
node validate.mjs
