#!/usr/bin/env bash
# The reader's checks in a real browser (headless Chromium), on the fixture
# course or on a built site given as SITE: every figure's text is at least
# 10 px on screen at a 390 px phone width, and search works from file://.
# Skipped, with a note, where Chromium is not installed.
# Usage: scripts/check-reader.sh [SITE]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || { echo "check-reader: chromium not installed, skipped"; exit 0; }
site=${1:-}
if [ -z "$site" ]; then
  bin=$(swift build --show-bin-path)/lessonrun
  [ -x "$bin" ] || swift build --product lessonrun
  scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
  site=$scratch/out
  "$bin" Tests/Fixtures/course --out "$site" -q
fi
scripts/measure-figure-text.sh "$site" 390 10
scripts/check-search.sh "$site" "${SEARCH_WORDS:-sine}"
