#!/usr/bin/env bash
# Rebuilds the course from lessons/ with no cache and fails if the result
# differs in any byte from the committed output/ (the published site).
# Uses the test build's binary: the engine is optimised in every build and
# its numbers do not depend on the build mode, so this also checks that.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d lessons ] || { echo "check-site: no lessons/ folder, nothing to check"; exit 0; }
git ls-files --error-unmatch output/index.html >/dev/null 2>&1 || { echo "check-site: output/ is not committed yet"; exit 0; }
bin=$(swift build --show-bin-path)/lessonrun
[ -x "$bin" ] || swift build --product lessonrun
start=$(date +%s)
"$bin" lessons --out output --no-cache --strict
echo "check-site: cold build took $(( $(date +%s) - start ))s"
if ! git diff --exit-code --stat -- output/ || [ -n "$(git status --porcelain -- output/)" ]; then
  git status --short -- output/ | head -20
  echo "check-site: output/ differs from what lessons/ builds" >&2
  exit 1
fi
echo "check-site: output/ is exactly what lessons/ builds"

# The lessons' claims must be findings, not luck of the published seeds: the
# same course with every seed moved by 100 must also build with every claim
# holding (--strict turns a failing claim into an error).
offset_site=$(mktemp -d)
trap 'rm -rf "$offset_site"' EXIT
start=$(date +%s)
"$bin" lessons --out "$offset_site/site" --no-cache --strict --seed-offset 100 -q
echo "check-site: with --seed-offset 100 every claim holds ($(( $(date +%s) - start ))s)"
