#!/usr/bin/env python3
"""PyTorch's CPU throughput on the workload of `lessonrun bench`, as JSON lines.

The adding problem (2 inputs: a value in U[0, 1] and a marker), batch B,
length T; a one-layer nn.RNN (tanh) / nn.LSTM / nn.GRU of hidden size H and
a linear head on the last step, mean squared error. One training step is
forward, loss, backward and an Adam update (torch.optim.Adam, the default
single-tensor path); one inference step is the forward pass under
torch.no_grad(). Warm-up steps first, then the median of the timed
repetitions. Fields match `lessonrun bench --json`.

    python3 bench/torch_bench.py --threads 1 [--cells lstm] [--hidden 32,64]
"""
import argparse
import json
import statistics
import time

import torch


def make_batch(batch, steps, generator):
    values = torch.rand(steps, batch, 1, generator=generator)
    markers = torch.zeros(steps, batch, 1)
    half = steps // 2
    first = torch.randint(0, half, (batch,), generator=generator)
    second = torch.randint(half, steps, (batch,), generator=generator)
    columns = torch.arange(batch)
    markers[first, columns, 0] = 1
    markers[second, columns, 0] = 1
    target = (values[first, columns, 0] + values[second, columns, 0]).unsqueeze(1)
    return torch.cat([values, markers], dim=2), target


def forward_flops(cell, hidden, batch, steps, inputs=2):
    gates = {"rnn": 1, "lstm": 4, "gru": 3}[cell]
    return 2.0 * steps * batch * gates * hidden * (inputs + hidden)


def measure(cell, hidden, batch, steps, mode, warmup, repeat):
    torch.manual_seed(1)
    layer_type = {"rnn": torch.nn.RNN, "lstm": torch.nn.LSTM, "gru": torch.nn.GRU}[cell]
    rnn = layer_type(2, hidden)
    head = torch.nn.Linear(hidden, 1)
    parameters = list(rnn.parameters()) + list(head.parameters())
    optimizer = torch.optim.Adam(parameters, lr=0.001, foreach=False)
    generator = torch.Generator().manual_seed(1)
    x, target = make_batch(batch, steps, generator)

    def step():
        if mode == "training":
            optimizer.zero_grad(set_to_none=True)
            output, _ = rnn(x)
            loss = torch.nn.functional.mse_loss(head(output[-1]), target)
            loss.backward()
            optimizer.step()
        else:
            with torch.no_grad():
                rnn(x)

    for _ in range(warmup):
        step()
    seconds = []
    for _ in range(repeat):
        start = time.perf_counter()
        step()
        seconds.append(time.perf_counter() - start)
    median = statistics.median(seconds)
    flops = forward_flops(cell, hidden, batch, steps) * (3 if mode == "training" else 1)
    return median, batch * steps / median, flops / median / 1e9


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cells", default="rnn,lstm,gru")
    parser.add_argument("--hidden", default="32,64,128,256")
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--steps", type=int, default=100)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--modes", default="training,inference")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    print(json.dumps({"engine": "torch", "version": torch.__version__, "threads": args.threads}), flush=True)
    for mode in args.modes.split(","):
        for cell in args.cells.split(","):
            for hidden in (int(h) for h in args.hidden.split(",")):
                median, steps_per_s, gflops = measure(
                    cell, hidden, args.batch, args.steps, mode, args.warmup, args.repeat)
                print(json.dumps({
                    "engine": "torch", "cell": cell, "hidden": hidden, "batch": args.batch,
                    "T": args.steps, "threads": args.threads, "mode": mode,
                    "steps_per_s": round(steps_per_s, 1), "gflops": round(gflops, 3),
                }), flush=True)


if __name__ == "__main__":
    main()
