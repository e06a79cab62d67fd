#!/usr/bin/env bash
# Prints one of the two set-up commands from the README's "Quick start" code block, without its comment:
#   scripts/readme-command.sh run    the first line: builds and starts the service
#   scripts/readme-command.sh test   the second line: runs the whole test suite
# CI takes both commands from here, so the README and CI cannot drift apart.
set -euo pipefail
readme="$(cd "$(dirname "$0")/.." && pwd)/README.md"
case "${1:-}" in
  run) line=1 ;;
  test) line=2 ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac
command="$(awk '/^## Quick start/ {inside = 1; next}
                inside && /^```/ {fence++; if (fence == 2) exit; next}
                inside && fence == 1 {print}' "$readme" \
  | sed -e 's/[[:space:]]*#.*$//' -e '/^[[:space:]]*$/d' | sed -n "${line}p")"
if [ -z "$command" ]; then
  echo "readme-command: no line $line in the README's Quick start code block" >&2
  exit 1
fi
printf '%s\n' "$command"
