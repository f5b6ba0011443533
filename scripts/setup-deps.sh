#!/usr/bin/env bash
# Installs what Sluice needs to build, run and test, when it is missing.
# Idempotent: a second run checks with dpkg and installs nothing new.
# Debian/Ubuntu only (apt); elsewhere it prints the list of what to install.
set -euo pipefail

BUILD_PKGS=(build-essential cmake ninja-build pkg-config ccache
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libgl-dev libopencv-dev opencv-data libtesseract-dev libleptonica-dev tesseract-ocr-eng tesseract-ocr-osd
  libpoppler-qt6-dev libpoppler-private-dev libquazip1-qt6-dev libspdlog-dev libarchive-dev libcurl4-openssl-dev libssl-dev
  libjpeg62-turbo-dev libxxhash-dev fonts-dejavu-core fonts-wqy-microhei clang-format)
RUN_PKGS=(xvfb xauth x11-utils imagemagick)
TEST_PKGS=(poppler-utils valgrind tesseract-ocr libarchive-tools unzip zip inotify-tools hyperfine dpkg-dev file python3-watchdog
  mupdf-tools)

want=("${BUILD_PKGS[@]}" "${RUN_PKGS[@]}")
if [[ "${1:-}" == "--test" ]]; then
  want+=("${TEST_PKGS[@]}")
fi

if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
  cat <<MSG
Sluice: this system has no apt. Install these packages (or your platform's equivalents) yourself:
  Qt >= 6.4 (Core Gui Widgets Concurrent Sql+SQLite Svg Test LinguistTools), OpenCV 4 with contrib img_hash,
  Tesseract 5 + Leptonica + English data, poppler-qt6, QuaZip-Qt6, libarchive, libcurl, OpenSSL, spdlog,
  CMake >= 3.21, Ninja, pkg-config.
Debian names: ${want[*]}
MSG
  exit 0
fi

# Node.js + npm (for the S3 test server s3rver): any install counts, Debian's or NodeSource's.
if [[ "${1:-}" == "--test" ]] && ! command -v npm >/dev/null 2>&1; then
  want+=(nodejs npm)
fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "setup-deps: all packages present"
else
  echo "setup-deps: installing ${missing[*]}"
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm packages for the S3 tests (s3rver, pinned in tests/s3/package-lock.json): installed into
# tests/s3/node_modules with `npm ci` when missing or older than the lock file.
if [[ "${1:-}" == "--test" ]]; then
  S3_TEST_DIR="$(cd "$(dirname "$0")/.." && pwd)/tests/s3"
  if [[ ! -f "$S3_TEST_DIR/node_modules/.package-lock.json" ||
    "$S3_TEST_DIR/package-lock.json" -nt "$S3_TEST_DIR/node_modules/.package-lock.json" ]]; then
    echo "setup-deps: npm ci in tests/s3 (s3rver)"
    npm ci --prefix "$S3_TEST_DIR" --no-audit --no-fund --loglevel=error >/dev/null
  fi
fi
