#!/usr/bin/env bash
# A new user's first command: installs what Faultline needs (Debian packages), builds it, and runs
# the main job on the bundled example corpus (examples/kosovo).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$(nproc 2>/dev/null || echo 2)"
echo
./build/faultline analyze --format summary examples/kosovo/reports.jsonl
