#!/usr/bin/env bash
# Fails when a C++ file differs from what clang-format (the repository's .clang-format) makes of it.
# Fix with: clang-format -i FILE...
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v clang-format >/dev/null 2>&1; then
  echo "check-format: clang-format not installed; skipped" >&2
  exit 0
fi
mapfile -t files < <(git ls-files -co --exclude-standard -- '*.cpp' '*.h')
bad=()
for f in "${files[@]}"; do
  [[ -f $f ]] || continue
  if ! clang-format --style=file "$f" | cmp -s - "$f"; then
    bad+=("$f")
  fi
done
if ((${#bad[@]} > 0)); then
  echo "check-format: these files differ from clang-format's output (run clang-format -i on them):" >&2
  printf '  %s\n' "${bad[@]}" >&2
  exit 1
fi
echo "check-format: ok (${#files[@]} files)"
