#!/usr/bin/env bash
# Installs the Debian packages factdiff builds with, only those missing. Needs root or sudo.
set -euo pipefail

packages=(cmake ninja-build pkgconf g++ make libeigen3-dev libfmt-dev libyaml-cpp-dev catch2
          libre2-dev libutf8proc-dev libcli11-dev nlohmann-json3-dev libbenchmark-dev wamerican)
packages+=("$@")

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
