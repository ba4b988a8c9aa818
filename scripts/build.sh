#!/usr/bin/env bash
# The quick start's first command: install what is missing, build lessonrun in
# release mode, and build the course in lessons/ into output/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product lessonrun
.build/release/lessonrun lessons/ --out output "$@"
