#!/usr/bin/env bash
# The quick start's second command: the whole test suite. Installs what is
# missing, runs the Swift tests, validates the fixture site as HTML5, then
# checks figure text size and search in headless Chromium (if installed).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/lint.sh
swift build --build-tests
swift test --skip-build
scripts/validate-html.sh
scripts/check-reader.sh
