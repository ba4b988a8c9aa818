#!/usr/bin/env bash
# The engine is compiled for x86-64-v3 (AVX2) on x86-64, and its results must
# be the same bits as those of a build for any x86-64 CPU. This builds
# lessonrun with LESSONRUN_BASELINE_CPU=1 in a build folder of its own and
# re-runs every directive of the course against output/manifest.json, which
# the x86-64-v3 build wrote.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(uname -m)" = x86_64 ] || { echo "check-baseline-cpu: not an x86-64 machine, nothing to compare"; exit 0; }
git ls-files --error-unmatch output/manifest.json >/dev/null 2>&1 || { echo "check-baseline-cpu: output/ is not committed yet"; exit 0; }
scratch=.build/baseline-cpu
LESSONRUN_BASELINE_CPU=1 swift build --scratch-path "$scratch" --product lessonrun
bin="$scratch/debug/lessonrun"
# The bench header names the vector unit the engine was compiled for.
out=$("$bin" bench --cells rnn --hidden 8 --steps 2 --repeat 1 --warmup 0 --modes inference)
header=${out%%$'\n'*}
case "$header" in
  *SSE2*) echo "check-baseline-cpu: $header" ;;
  *) echo "check-baseline-cpu: the baseline build is not a baseline build: $header" >&2; exit 1 ;;
esac
"$bin" verify lessons --out output
echo "check-baseline-cpu: a baseline x86-64 build reproduces every figure and table of output/"
