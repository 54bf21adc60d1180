#!/usr/bin/env bash
# Install the system packages the test suite needs (headless Chromium and its driver for the
# browser tests, a C/C++ toolchain and cmake to build the local model server, PostgreSQL for the
# storage tests, which start their own throwaway server). `make test` and
# CI's .ci/run both call this, so a fresh Debian/Ubuntu machine needs nothing done by hand.
#
# As root it uses apt-get; otherwise sudo (non-interactively) when available. Anywhere else it
# stops at once with one line naming what to install. With everything present it does nothing.
set -euo pipefail

# command -> Debian package
declare -A PACKAGES=(
  [chromium]=chromium
  [chromedriver]=chromium-driver
  [cmake]=cmake
  [make]=make
  [cc]=build-essential
  [c++]=build-essential
)

missing=()
for cmd in "${!PACKAGES[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${PACKAGES[$cmd]}")
done
# Debian keeps initdb off PATH (under /usr/lib/postgresql/VERSION/bin).
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
((${#missing[@]})) || exit 0
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: please install: ${missing[*]} (Debian package names; no apt-get here)" >&2
  exit 1
fi
if [[ "$(id -u)" == 0 ]]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  echo "install-system-deps: please install: ${missing[*]} (run: sudo apt-get install ${missing[*]})" >&2
  exit 1
fi

echo "install-system-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq >&2
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
