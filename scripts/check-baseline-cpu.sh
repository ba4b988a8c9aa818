#!/usr/bin/env bash
# The engine is compiled for x86-64-v3 (AVX2) on x86-64, and its results must
# be the same bits as those of a build for any x86-64 CPU. This builds
# lessonrun with LESSONRUN_BASELINE_CPU=1 in a build folder of its own and
# re-runs every directive of the course against output/manifest.json, which
# the x86-64-v3 build wrote. Then it runs both builds on an emulated CPU
# without AVX (qemu-user, Nehalem): the x86-64-v3 build must stop with a
# message, not an illegal instruction, and the baseline build must run.
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

# An older CPU, emulated.
if ! command -v qemu-x86_64 >/dev/null && [ "$(id -u)" = 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq qemu-user >/dev/null 2>&1 || true
fi
if command -v qemu-x86_64 >/dev/null; then
  v3=$(swift build --show-bin-path)/lessonrun
  [ -x "$v3" ] || swift build --product lessonrun
  set +e
  message=$(qemu-x86_64 -cpu Nehalem "$v3" --version 2>&1)
  status=$?
  set -e
  if [ "$status" != 1 ] || ! grep -q "this CPU lacks AVX" <<<"$message"; then
    echo "check-baseline-cpu: on a CPU without AVX the x86-64-v3 build gave exit $status:" >&2
    echo "$message" >&2
    exit 1
  fi
  echo "check-baseline-cpu: without AVX the x86-64-v3 build says: ${message%%$'\n'*}"
  qemu-x86_64 -cpu Nehalem "$bin" --version >/dev/null
  echo "check-baseline-cpu: the baseline build runs on that CPU"
else
  echo "check-baseline-cpu: qemu-user is not installed; skipped the older-CPU check"
fi
