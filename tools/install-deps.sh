#!/usr/bin/env bash
# Installs the Debian packages factdiff builds with, only those missing. Needs root or sudo.
set -euo pipefail

packages=(cmake ninja-build pkgconf g++ make libeigen3-dev libfmt-dev libyaml-cpp-dev catch2
          libre2-dev libutf8proc-dev libcli11-dev nlohmann-json3-dev libbenchmark-dev wamerican)
# --optional PKG...: wanted by some tests only; a failure to install them is reported, not fatal.
optional=()
if [ "${1:-}" = "--optional" ]; then shift; optional=("$@"); fi

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
missing=()
for package in "${packages[@]}"; do installed "$package" || missing+=("$package"); done
missing_optional=()
for package in "${optional[@]}"; do installed "$package" || missing_optional+=("$package"); done
[ ${#missing[@]} -eq 0 ] && [ ${#missing_optional[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq || echo "install-deps: apt-get update failed; trying the cached lists" >&2
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ ${#missing_optional[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing_optional[*]} (optional)" >&2
  $sudo apt-get install -y -qq --no-install-recommends "${missing_optional[@]}" >/dev/null ||
    echo "install-deps: could not install ${missing_optional[*]}; the tests that need them skip" >&2
fi
