#!/usr/bin/env python3
"""The same whole training protocol in PyTorch and in lessonrun, compared over many seeds (by hand, not CI).

The protocol is that of the lessons' adding-problem experiments (lessonrun's defaults in brackets):
  - task: the adding problem of Arjovsky, Shah & Bengio (2016) as lessonrun defines it
    (Sources/Engine/Tasks/AddingTask.swift): T steps of (value ~ U[0, 1), marker); exactly one
    marker in [0, T/2) and one in [T/2, T), each position uniform; target the sum of the two
    marked values, read at the last step through a linear head, mean squared error;
  - models: nn.LSTM / nn.GRU / nn.RNN(tanh) with an nn.Linear head, float32, PyTorch's default
    initialisation U(-1/sqrt(H), 1/sqrt(H)) for every tensor (lessonrun's `init: pytorch`); an
    LSTM forget bias b is set as lessonrun's lstm(forgetBias: b) sets it: the forget slice of
    bias_ih to b, that of bias_hh to 0;
  - training: batches of 16 fresh sequences, Adam(lr 0.01), clip_grad_norm_(1), 1000 steps;
  - test: one fixed held-out set of 128 sequences (lessonrun's evaluation batch), evaluated every
    steps/50 = 20 steps and at the end.
"Solved" is a final test loss below half the baseline, 1/12 (the baseline 1/6 is the loss of
always answering 1). "Reached" is lessonrun's "steps to half the baseline": some evaluation at
or below 1/12 (Sources/Site/Directives/Metrics.swift).

PyTorch and lessonrun draw their own random numbers (weights, data), so single runs differ;
what must agree is the distribution of outcomes. For each model the script prints the solved
and reached shares side by side with a two-sided Fisher exact test.

lessonrun's side is lessonrun itself: a one-page course in a temporary folder with these
experiments (`:seeds: 1...32` and `33...64`, …), built with `lessonrun build`; per-seed test
losses come from output/data/<experiment>.csv.

    /work/venv/bin/python bench/protocol_compare.py --lessonrun .build/release/lessonrun
    /work/venv/bin/python bench/protocol_compare.py --seeds 16 --steps 300   # a quick look
"""
import argparse
import csv
import json
import math
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
from scipy.stats import fisher_exact, mannwhitneyu

MODELS = [  # label, lessonrun model call, cell, forget bias
    ("lstm-bias0", 'lstm(hidden: {H}, forgetBias: 0, label: "lstm-bias0")', "lstm", 0.0),
    ("lstm-bias1", 'lstm(hidden: {H}, forgetBias: 1, label: "lstm-bias1")', "lstm", 1.0),
    ("gru", 'gru(hidden: {H}, label: "gru")', "gru", None),
    ("rnn", 'rnn(hidden: {H}, label: "rnn")', "rnn", None),
]
SEEDS_PER_EXPERIMENT = 32  # lessonrun's limit per experiment


def adding_batch(rng, size, T):
    x = np.zeros((T, size, 2), dtype=np.float64)
    x[:, :, 0] = rng.random((T, size))
    half = T // 2
    first = rng.integers(0, half, size)
    second = rng.integers(half, T, size)
    columns = np.arange(size)
    x[first, columns, 1] = 1
    x[second, columns, 1] = 1
    y = x[first, columns, 0] + x[second, columns, 0]
    return x.astype(np.float32), y.astype(np.float32).reshape(size, 1)


def torch_run(args, cell, forget_bias, seed):
    """One PyTorch run: (evaluation steps, test losses)."""
    import torch
    import torch.nn.functional as F

    torch.manual_seed(seed)
    H = args.hidden
    module = {"lstm": torch.nn.LSTM, "gru": torch.nn.GRU, "rnn": torch.nn.RNN}[cell](2, H)
    head = torch.nn.Linear(H, 1)
    if forget_bias is not None:
        with torch.no_grad():
            module.bias_ih_l0[H : 2 * H] = forget_bias
            module.bias_hh_l0[H : 2 * H] = 0
    parameters = list(module.parameters()) + list(head.parameters())
    optimizer = torch.optim.Adam(parameters, lr=args.lr)
    train_rng = np.random.default_rng([seed, 0])
    test_x, test_y = (torch.from_numpy(a) for a in adding_batch(np.random.default_rng([seed, 1]), args.test_size, args.length))

    def test_loss():
        with torch.no_grad():
            out, _ = module(test_x)
            return F.mse_loss(head(out[-1]), test_y).item()

    every = max(1, args.steps // 50)
    steps, losses = [0], [test_loss()]
    for step in range(1, args.steps + 1):
        x, y = (torch.from_numpy(a) for a in adding_batch(train_rng, args.batch, args.length))
        optimizer.zero_grad()
        out, _ = module(x)
        loss = F.mse_loss(head(out[-1]), y)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(parameters, args.clip)
        optimizer.step()
        if step % every == 0 or step == args.steps:
            steps.append(step)
            losses.append(test_loss())
    return steps, losses


def torch_side(args):
    import torch

    torch.set_num_threads(1)
    results = {}
    for label, _, cell, forget_bias in MODELS:
        start = time.time()
        results[label] = [torch_run(args, cell, forget_bias, seed)[1] for seed in range(1, args.seeds + 1)]
        print(f"torch {label}: {args.seeds} seeds in {time.time() - start:.0f} s", file=sys.stderr, flush=True)
    return results


def lessonrun_side(args):
    """Runs the protocol through `lessonrun build` on a temporary course; test losses per model and seed."""
    models = ", ".join(call.format(H=args.hidden) for _, call, _, _ in MODELS)
    blocks = []
    for first in range(1, args.seeds + 1, SEEDS_PER_EXPERIMENT):
        last = min(args.seeds, first + SEEDS_PER_EXPERIMENT - 1)
        blocks.append(f"""```{{experiment}} protocol-{first}
:task: adding(length: {args.length})
:models: [{models}]
:steps: {args.steps}
:batch: {args.batch}
:optimizer: adam(lr: {args.lr})
:clip: {args.clip}
:seeds: {first}...{last}
Seeds {first} to {last}.
```
""")
    page = "# Protocol\n\n" + "\n".join(blocks)
    results = {label: {} for label, _, _, _ in MODELS}
    with tempfile.TemporaryDirectory() as tmp:
        lessons = os.path.join(tmp, "lessons")
        os.makedirs(lessons)
        with open(os.path.join(lessons, "01-protocol.md"), "w") as f:
            f.write(page)
        start = time.time()
        command = [args.lessonrun, "build", lessons, "--out", os.path.join(tmp, "site"), "--no-cache", "-q",
                   "--jobs", str(args.jobs)]
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"lessonrun build failed:\n{run.stdout}{run.stderr}")
        print(f"lessonrun: {args.seeds} seeds × {len(MODELS)} models in {time.time() - start:.0f} s", file=sys.stderr)
        for first in range(1, args.seeds + 1, SEEDS_PER_EXPERIMENT):
            with open(os.path.join(tmp, "site", "data", f"protocol-{first}.csv")) as f:
                rows = list(csv.reader(f))
            header = rows[0]
            model, seed, loss = header.index("model"), header.index("seed"), header.index("loss")
            for row in rows[1:]:
                results[row[model]].setdefault(int(row[seed]), []).append(float(row[loss]))
    return {label: [per_seed[s] for s in sorted(per_seed)] for label, per_seed in results.items()}


def summarise(runs, threshold):
    solved = sum(1 for losses in runs if losses[-1] < threshold)
    reached = sum(1 for losses in runs if any(l <= threshold for l in losses))
    finals = sorted(losses[-1] for losses in runs)
    return solved, reached, finals[len(finals) // 2]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lessonrun", default=".build/release/lessonrun", help="the lessonrun binary")
    parser.add_argument("--seeds", type=int, default=64)
    parser.add_argument("--length", type=int, default=50)
    parser.add_argument("--hidden", type=int, default=16)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=0.01)
    parser.add_argument("--clip", type=float, default=1.0)
    parser.add_argument("--steps", type=int, default=1000)
    parser.add_argument("--test-size", type=int, default=128, help="must stay lessonrun's evaluation batch (128)")
    parser.add_argument("--jobs", type=int, default=1, help="lessonrun build --jobs")
    parser.add_argument("--save", help="write every run's test losses to this JSON file")
    parser.add_argument("--load", help="read both sides from a JSON file written by --save instead of running")
    args = parser.parse_args()

    if args.load:
        with open(args.load) as f:
            saved = json.load(f)
        torch_results, lessonrun_results = saved["torch"], saved["lessonrun"]
        for key in ("seeds", "length", "hidden", "batch", "lr", "clip", "steps", "test_size"):
            setattr(args, key, saved["arguments"][key])
    else:
        lessonrun_results = lessonrun_side(args)
        torch_results = torch_side(args)
        if args.save:
            with open(args.save, "w") as f:
                json.dump({"arguments": vars(args), "torch": torch_results, "lessonrun": lessonrun_results}, f)

    threshold = 1 / 12
    print(f"adding problem T = {args.length}, hidden {args.hidden}, batch {args.batch}, Adam {args.lr}, clip {args.clip}, "
          f"{args.steps} steps, test set {args.test_size}, {args.seeds} seeds per model")
    print("solved: final test loss < 1/12; reached: some evaluation ≤ 1/12; p: two-sided Fisher exact test;")
    print("final losses: medians, and a two-sided Mann-Whitney U test of the two samples (power where all or none solve)")
    print(f"{'model':<11} {'lessonrun solved':>16} {'torch solved':>13} {'p':>7}   {'lessonrun reached':>17} {'torch reached':>14} {'p':>7}"
          f"   {'median final loss (ours / torch)':>32} {'p':>7}")
    worst = 1.0
    for label, _, _, _ in MODELS:
        ours, theirs = lessonrun_results[label], torch_results[label]
        n, m = len(ours), len(theirs)
        s1, r1, med1 = summarise(ours, threshold)
        s2, r2, med2 = summarise(theirs, threshold)
        p_solved = fisher_exact([[s1, n - s1], [s2, m - s2]])[1]
        p_reached = fisher_exact([[r1, n - r1], [r2, m - r2]])[1]
        p_finals = mannwhitneyu([l[-1] for l in ours], [l[-1] for l in theirs], alternative="two-sided").pvalue
        worst = min(worst, p_solved, p_reached, p_finals)
        print(f"{label:<11} {f'{s1}/{n}':>16} {f'{s2}/{m}':>13} {p_solved:7.3f}   {f'{r1}/{n}':>17} {f'{r2}/{m}':>14} {p_reached:7.3f}"
              f"   {med1:18.4f} / {med2:<11.4f} {p_finals:7.3f}")
    print(f"smallest p: {worst:.3g}" + ("  (below 0.01: look for the cause)" if worst < 0.01 else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
