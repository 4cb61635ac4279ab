#!/usr/bin/env bash
# Installs the Debian 12 packages sipref needs to build and test, when they are missing.
# The desktop-entry and AppStream validators, dpkg-dev and file serve the install/package test;
# clang and its runtime build the libFuzzer target; libpcap reads captures; Qt SVG exports ladders.
set -euo pipefail
packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
          libgl-dev libglx-dev
          desktop-file-utils appstream dpkg-dev file
          clang libclang-rt-14-dev
          libpcap-dev qt6-svg-dev)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo=""
    [[ $(id -u) -eq 0 ]] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
