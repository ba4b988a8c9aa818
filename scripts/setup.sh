#!/usr/bin/env bash
# Installs the system packages lessonrun needs, if missing: libcmark-gfm (the
# Markdown parser), OpenSSL's libcrypto (SHA-256 for the result cache) and GNU
# time (the tests measure peak memory with it). The math font ships with the
# sources (Sources/Site/Resources/Fonts).
# Debian/Ubuntu with apt (as root or with sudo); macOS with Homebrew.
set -euo pipefail

if [ "$(uname -s)" = Darwin ]; then
  command -v brew >/dev/null || { echo "error: install Homebrew first (https://brew.sh)" >&2; exit 1; }
  need=()
  for formula in cmark-gfm openssl@3 pkgconf gnu-time; do
    brew list --formula "$formula" >/dev/null 2>&1 || need+=("$formula")
  done
  if [ ${#need[@]} -gt 0 ]; then
    echo "installing ${need[*]} with Homebrew" >&2
    brew install "${need[@]}"
  fi
  # openssl@3 is keg-only: pkg-config finds it only through its own folder.
  ssl_pc="$(brew --prefix openssl@3)/lib/pkgconfig"
  case ":${PKG_CONFIG_PATH:-}:" in
    *":$ssl_pc:"*) ;;
    *) echo "note: before 'swift build', run: export PKG_CONFIG_PATH=\"$ssl_pc:\$PKG_CONFIG_PATH\"" >&2 ;;
  esac
  exit 0
fi

need=()
pkg-config --exists libcmark-gfm 2>/dev/null || need+=(libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config)
[ -f /usr/include/cmark-gfm-core-extensions.h ] || need+=(libcmark-gfm-extensions-dev)
pkg-config --exists libcrypto 2>/dev/null || need+=(libssl-dev pkg-config)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing ${need[*]} with apt" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
