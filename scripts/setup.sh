#!/usr/bin/env bash
# Installs the system packages lessonrun needs (libcmark-gfm), if missing; the
# math font ships with the sources (Sources/Site/Resources/Fonts).
# Debian/Ubuntu with apt; run as root or with sudo available.
set -euo pipefail
need=()
pkg-config --exists libcmark-gfm 2>/dev/null || need+=(libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config)
[ -f /usr/include/cmark-gfm-core-extensions.h ] || need+=(libcmark-gfm-extensions-dev)
[ -x /usr/bin/time ] || need+=(time)  # GNU time measures the build's peak memory in the tests
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing ${need[*]} with apt" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
