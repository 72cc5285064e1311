#!/usr/bin/env bash
# Installs the dashboard's npm packages exactly as web/package-lock.json pins them (skipped when
# web/node_modules already matches the lockfile) and bundles the dashboard into web/dist, which
# `faultline serve` serves (the path is compiled in; --web-dir overrides it).
set -euo pipefail
cd "$(dirname "$0")/../web"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node build.mjs
