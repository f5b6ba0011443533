#!/usr/bin/env bash
# Sets up, builds and starts Sluice watching a folder (default: ~/Sluice/Inbox, created if missing).
#   scripts/run.sh [FOLDER]            the main window
#   scripts/run.sh --headless [FOLDER] sluice-cli watch, one JSON line per event (also used with no display)
set -euo pipefail
cd "$(dirname "$0")/.."

headless=0
if [[ "${1:-}" == "--headless" ]]; then
  headless=1
  shift
fi
folder="${1:-$HOME/Sluice/Inbox}"

bash scripts/setup-deps.sh
bash scripts/build.sh
mkdir -p "$folder"
# Tesseract's OpenMP would take every core for one page (see DEPENDENCIES.md); one thread per worker.
export OMP_THREAD_LIMIT=1

if [[ $headless -eq 0 && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "run.sh: no display (DISPLAY and WAYLAND_DISPLAY are unset) - running headless: sluice-cli watch" >&2
  headless=1
fi
if [[ $headless -eq 1 ]]; then
  echo "run.sh: watching $folder; drop files there. Ctrl+C stops." >&2
  exec ./build/app/sluice-cli watch "$folder"
fi
echo "run.sh: starting the Sluice window, watching $folder" >&2
exec ./build/app/sluice --watch "$folder"
