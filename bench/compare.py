#!/usr/bin/env python3
"""Runs `lessonrun bench --json` and bench/torch_bench.py back to back, in
rounds, and prints lessonrun's throughput over PyTorch's per row.

Both programs run the same rows with the same options, one row at a time
and back to back (lessonrun's row, then PyTorch's), so that a busy spell on
a shared machine hits both sides of a ratio; with --rounds N every row is
measured N times and its ratio is the median of the per-round ratios.

    python3 bench/compare.py --lessonrun .build/release/lessonrun --python /path/to/venv/bin/python
"""
import argparse
import json
import os
import statistics
import subprocess
import sys


def run_json(command):
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    rows = {}
    header = {}
    for line in out.splitlines():
        record = json.loads(line)
        if "cell" in record:
            rows[(record["mode"], record["cell"], record["hidden"])] = record
        else:
            header = record
    return header, rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lessonrun", default=os.path.join(here, "..", ".build", "release", "lessonrun"))
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--cells", default="rnn,lstm,gru")
    parser.add_argument("--hidden", default="32,64,128,256")
    parser.add_argument("--threads", default="1")
    parser.add_argument("--repeat", default="7")
    parser.add_argument("--modes", default="training,inference")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    ours_rounds, theirs_rounds = [], []
    peak = None
    rows = [(m, c, h) for m in args.modes.split(",") for c in args.cells.split(",") for h in args.hidden.split(",")]
    for r in range(args.rounds):
        ours, theirs = {}, {}
        for mode, cell, hidden in rows:
            row = ["--cells", cell, "--hidden", hidden, "--threads", args.threads, "--repeat", args.repeat,
                   "--modes", mode]
            header, measured = run_json([args.lessonrun, "bench", "--json"] + row)
            peak = max(peak or 0, header.get("peak_gflops", 0)) or None
            ours.update(measured)
            _, measured = run_json([args.python, os.path.join(here, "torch_bench.py")] + row)
            theirs.update(measured)
        ours_rounds.append(ours)
        theirs_rounds.append(theirs)
        print(f"round {r + 1}/{args.rounds} done", file=sys.stderr, flush=True)
    print(f"one core's peak (SIMD multiply + add, lessonrun's build; best measured): {peak} GFLOP/s; threads {args.threads}; "
          f"median of {args.repeat} repetitions, {args.rounds} round(s)")
    print(f"{'mode':<10} {'cell':<5} {'H':>4} {'lessonrun/s':>12} {'torch/s':>10} {'ratio':>6} "
          f"{'GFLOP/s':>8} {'of peak':>8}")
    for key in sorted(ours_rounds[0], key=lambda k: (k[0] != "training", ["rnn", "lstm", "gru"].index(k[1]), k[2])):
        ratios = [o[key]["steps_per_s"] / t[key]["steps_per_s"] for o, t in zip(ours_rounds, theirs_rounds)]
        ours = statistics.median(o[key]["steps_per_s"] for o in ours_rounds)
        theirs = statistics.median(t[key]["steps_per_s"] for t in theirs_rounds)
        gflops = statistics.median(o[key]["gflops"] for o in ours_rounds)
        fraction = f"{100 * gflops / peak:7.1f}%" if peak else "     n/a"
        print(f"{key[0]:<10} {key[1]:<5} {key[2]:>4} {ours:>12.0f} {theirs:>10.0f} "
              f"{statistics.median(ratios):>6.2f} {gflops:>8.2f} {fraction}")


if __name__ == "__main__":
    main()
