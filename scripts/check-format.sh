#!/usr/bin/env bash
# Fails when a C++ file differs from what clang-format (the repository's .clang-format) makes of it.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v clang-format >/dev/null 2>&1; then
  echo "check-format: clang-format not installed; skipped" >&2
  exit 0
fi
mapfile -t files < <(git ls-files -co --exclude-standard -- '*.cpp' '*.h' 2>/dev/null || find app core ui tests bench -name '*.cpp' -o -name '*.h')
if ((${#files[@]} == 0)); then exit 0; fi
if ! clang-format --dry-run --Werror "${files[@]}" 2>/tmp/sluice-format.log; then
  echo "check-format: these files need clang-format -i:" >&2
  grep -oE '^[^:]+\.(cpp|h)' /tmp/sluice-format.log | sort -u >&2
  exit 1
fi
echo "check-format: ok (${#files[@]} files)"
