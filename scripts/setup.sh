#!/usr/bin/env bash
# Installs everything Faultline needs on a fresh Debian 12 machine, from Debian's packages only.
# Safe to run again: apt-get skips what is already installed.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  libgtest-dev libgmock-dev libbenchmark-dev
  libcli11-dev libfmt-dev
  libsimdjson-dev libpugixml-dev libgumbo-dev
  libutf8proc-dev libxxhash-dev zlib1g-dev
  wordnet-base
  libgeonames-dev iso-codes
  libsqlite3-dev
  time bc
  libcpp-httplib-dev chromium
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "setup: all Debian packages present"
fi

# The dashboard (web/): node and npm from Debian unless a node is already installed, the npm packages
# pinned by web/package-lock.json, and the bundle in web/dist that `faultline serve` serves. After
# this, building and testing need no network.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "setup: installing nodejs npm"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nodejs npm
fi
"$(dirname "$0")/build-web.sh"
