#!/usr/bin/env bash
# Builds Faultline and runs the whole test suite, then lists the figures the tests measured.
# Usage: scripts/test.sh [build-dir]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${1:-build}"
JOBS="$(nproc 2>/dev/null || echo 2)"

cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" -j "$JOBS"
rm -rf "$BUILD/figures"
status=0
ctest --test-dir "$BUILD" --output-on-failure -j "$JOBS" || status=$?
if compgen -G "$BUILD/figures/*.txt" >/dev/null; then
  echo
  echo "== figures measured by the tests =="
  cat "$BUILD"/figures/*.txt
fi
exit "$status"
