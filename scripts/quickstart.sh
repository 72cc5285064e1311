#!/usr/bin/env bash
# A new user's first command: installs what Faultline needs (Debian packages, the dashboard's npm
# packages from its lockfile), builds it, codes the bundled example corpus (examples/kosovo) into
# the embedded SQLite store with the project's own knowledge, prints the alerts, and starts the
# dashboard on http://127.0.0.1:8080/ (Ctrl-C stops it). FAULTLINE_PORT picks another port.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$(nproc 2>/dev/null || echo 2)"
echo
DB=build/kosovo-example.db
./build/faultline ingest --db "$DB" examples/kosovo/reports.jsonl
./build/faultline alerts --db "$DB" || true
echo
exec ./build/faultline serve --db "$DB" --port "${FAULTLINE_PORT:-8080}"
