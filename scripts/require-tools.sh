# Sourced by the optional checks of the build (contract/run-checks.sh, k8s/validate/run-checks.sh).
# require_tools REQUIRE WHAT TOOL...: returns when every TOOL is on the PATH; otherwise announces loudly that WHAT
# is skipped and exits, with 0, or with 1 when REQUIRE is "true" (CI), so a skip can never pass unnoticed there.
require_tools() {
  local require="$1" what="$2"
  shift 2
  local missing=()
  for tool in "$@"; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "************************************************************************"
  echo "* SKIPPED: $what"
  echo "* needs ${missing[*]} on the PATH (Node.js 20 with npm; kubectl 1.32)."
  echo "************************************************************************"
  if [ "$require" = "true" ]; then
    echo "This check is required here: a skip is a failure." >&2
    exit 1
  fi
  exit 0
}
