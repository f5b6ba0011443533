#!/usr/bin/env bash
# Folder watching: Sluice vs inotifywait -m vs Python watchdog — close→event latency (p50/p99), a burst
# of 10,000 files (lost, duplicated, last event), cold scan of 100,000 files vs find, memory per file.
# Usage: bench/watch/run.sh [BUILD_DIR] [N_LATENCY] [N_BURST] [N_SCAN]   (default ./build 500 10000 100000)
# Needs inotify-tools and python3-watchdog (scripts/setup-deps.sh --test).
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD_DIR="${1:-build}"
CLI="$BUILD_DIR/app/sluice-cli"
[[ -x "$CLI" ]] || { echo "build first: $CLI missing" >&2; exit 2; }
command -v inotifywait >/dev/null || { echo "inotifywait missing (apt install inotify-tools)" >&2; exit 2; }
/usr/bin/python3 -c 'import watchdog' 2>/dev/null || { echo "python3-watchdog missing (apt install python3-watchdog)" >&2; exit 2; }
echo "fs.inotify.max_user_watches=$(cat /proc/sys/fs/inotify/max_user_watches) max_queued_events=$(cat /proc/sys/fs/inotify/max_queued_events); $(nproc) cores; TMPDIR=${TMPDIR:-/tmp} ($(df -T "${TMPDIR:-/tmp}" | awk 'NR==2{print $2}'))"
exec /usr/bin/python3 bench/watch/bench_watch.py "$(realpath "$CLI")" "${2:-500}" "${3:-10000}" "${4:-100000}"
