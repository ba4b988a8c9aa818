#!/usr/bin/env python3
"""PyTorch training fixtures: 20 optimiser steps from given weights on given batches (run by hand, never by CI).

Writes Tests/EngineTests/Fixtures/pytorch-training/<case>_<f32|f64>.safetensors, one file per case, holding:
  - the initial PyTorch-named parameters of nn.RNN / nn.LSTM / nn.GRU and of the nn.Linear head
    (weight_ih_l0, ..., head.weight, head.bias);
  - the batches, stacked: input (N, T, B, I); target (N, T, B, O) for the mean squared error or
    classes (N, T, B) int64 for cross-entropy; mask (N, T, B) bool when the loss reads masked steps;
  - PyTorch's results: final.<parameter> after N steps, losses (N) and grad_norms (N), the loss of
    each step before its update and the global gradient norm before clipping;
  - metadata: torch version, cell, nonlinearity, layers, forget_bias, optimizer (in lessonrun's
    --optimizer syntax), clip, loss ("mse" or "ce"), loss_steps ("last", "every", "masked"), dtype.

Each step is plain PyTorch: out, _ = rnn(x); y = head(out); the loss on the selected steps
(F.mse_loss / F.cross_entropy, reduction "mean", over y[-1], y or y[mask]); backward;
torch.nn.utils.clip_grad_norm_ when clipping; torch.optim.Adam / SGD / RMSprop step.
A forget bias b is set the way lessonrun's lstm(forgetBias: b) sets it: the forget slice of
bias_ih_l{k} to b and that of bias_hh_l{k} to 0.

    python3 -m venv /work/venv && /work/venv/bin/pip install torch numpy
    /work/venv/bin/python Tests/EngineTests/Fixtures/make_training_fixtures.py
    /work/venv/bin/python Tests/EngineTests/Fixtures/make_training_fixtures.py --no-write --lessonrun .build/debug/lessonrun

With --lessonrun, every case is also trained by `lessonrun eval --train` and compared with PyTorch
(per tensor max|ours - torch| / max|torch|; losses and norms per step); the exit status is 1 if
anything exceeds 1e-4 (float32) or 1e-9 (float64).
"""
import argparse
import os
import subprocess
import sys
import tempfile

import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_fixtures import read_safetensors, write_safetensors  # noqa: E402

OUT = os.path.join(HERE, "pytorch-training")
STEPS = 20

# name, cell, nonlinearity, layers, forget bias, T, B, I, H, O, loss, loss steps, data, optimizer, clip
CASES = [
    ("rnn_tanh_adam_mse_last", "rnn", "tanh", 1, None, 10, 4, 2, 5, 1, "mse", "last", "adding", "adam(lr: 0.01)", 0.5),
    ("rnn_relu_sgd_ce_every", "rnn", "relu", 1, None, 6, 3, 4, 5, 3, "ce", "every", "random", "sgd(lr: 0.1, momentum: 0.9)", 0.0),
    ("lstm_rmsprop_ce_masked", "lstm", None, 1, None, 6, 3, 4, 5, 4, "ce", "masked", "random", "rmsprop(lr: 0.01)", 0.5),
    ("lstm_forget1_adam_mse_last", "lstm", None, 1, 1.0, 12, 4, 2, 6, 1, "mse", "last", "adding", "adam(lr: 0.01)", 1.0),
    ("lstm_forget1_sgd_mse_every", "lstm", None, 1, 1.0, 6, 3, 3, 5, 2, "mse", "every", "random", "sgd(lr: 0.05, momentum: 0.9)", 0.0),
    ("gru_sgd_mse_every", "gru", None, 1, None, 6, 3, 3, 5, 2, "mse", "every", "random", "sgd(lr: 0.05, momentum: 0.9)", 0.3),
    ("gru_adam_mse_masked", "gru", None, 1, None, 7, 3, 3, 4, 2, "mse", "masked", "random", "adam(lr: 0.02, beta1: 0.8, beta2: 0.99, eps: 1e-6)", 0.0),
    ("gru_rmsprop_ce_last", "gru", None, 1, None, 8, 4, 3, 5, 3, "ce", "last", "random", "rmsprop(lr: 0.01, alpha: 0.9)", 0.2),
    ("lstm_2layers_adam_ce_every", "lstm", None, 2, None, 6, 3, 3, 4, 3, "ce", "every", "random", "adam(lr: 0.01)", 0.2),
    ("rnn_tanh_2layers_rmsprop_mse_every", "rnn", "tanh", 2, None, 6, 3, 3, 4, 2, "mse", "every", "random", "rmsprop(lr: 0.005, alpha: 0.9, eps: 1e-7)", 0.0),
    ("gru_2layers_sgd_ce_masked", "gru", None, 2, None, 6, 3, 3, 4, 3, "ce", "masked", "random", "sgd(lr: 0.2)", 0.5),
]
DTYPES = {"f32": (torch.float32, np.float32, 1e-4), "f64": (torch.float64, np.float64, 1e-9)}


def parse_optimizer(text):
    """lessonrun's --optimizer syntax, e.g. 'adam(lr: 0.01, beta1: 0.8)', as (name, {label: value})."""
    name, _, rest = text.partition("(")
    arguments = {}
    for part in rest.rstrip(")").split(","):
        if part.strip():
            label, value = part.split(":")
            arguments[label.strip()] = float(value)
    return name.strip(), arguments


def make_optimizer(text, parameters):
    name, a = parse_optimizer(text)
    if name == "adam":
        return torch.optim.Adam(parameters, lr=a.get("lr", 0.001), betas=(a.get("beta1", 0.9), a.get("beta2", 0.999)),
                                eps=a.get("eps", 1e-8))
    if name == "sgd":
        return torch.optim.SGD(parameters, lr=a["lr"], momentum=a.get("momentum", 0.0))
    return torch.optim.RMSprop(parameters, lr=a.get("lr", 0.01), alpha=a.get("alpha", 0.99), eps=a.get("eps", 1e-8))


def make_batches(rng, kind, loss, loss_steps, N, T, B, I, O):
    """Batches in float64 (rounded to float32 for the f32 case)."""
    if kind == "adding":  # the adding problem: a value in U[0, 1) and a marker in each half
        x = np.zeros((N, T, B, 2))
        x[..., 0] = rng.random((N, T, B))
        target = np.zeros((N, T, B, 1))
        for n in range(N):
            for b in range(B):
                first, second = rng.integers(0, T // 2), rng.integers(T // 2, T)
                x[n, first, b, 1] = x[n, second, b, 1] = 1
                target[n, T - 1, b, 0] = x[n, first, b, 0] + x[n, second, b, 0]
        batches = {"input": x, "target": target}
    else:
        batches = {"input": rng.standard_normal((N, T, B, I))}
        if loss == "mse":
            batches["target"] = rng.standard_normal((N, T, B, O))
        else:
            batches["classes"] = rng.integers(0, O, (N, T, B)).astype(np.int64)
    if loss_steps == "masked":
        mask = rng.random((N, T, B)) < 0.5
        mask[:, T - 1, 0] = True  # every batch has a position that carries loss
        batches["mask"] = mask
    return batches


def select(y, n_targets, loss_steps, mask):
    if loss_steps == "last":
        return y[-1], n_targets[-1]
    if loss_steps == "every":
        return y, n_targets
    return y[mask], n_targets[mask]


def total_norm(parameters):
    return torch.linalg.vector_norm(torch.stack([torch.linalg.vector_norm(p.grad) for p in parameters]))


def make_case(case, torch_dtype, np_dtype, seed):
    name, cell, nonlinearity, layers, forget_bias, T, B, I, H, O, loss, loss_steps, data, optimizer, clip = case
    torch.manual_seed(seed)
    if cell == "rnn":
        rnn = torch.nn.RNN(I, H, num_layers=layers, nonlinearity=nonlinearity)
    elif cell == "lstm":
        rnn = torch.nn.LSTM(I, H, num_layers=layers)
    else:
        rnn = torch.nn.GRU(I, H, num_layers=layers)
    head = torch.nn.Linear(H, O)
    rnn, head = rnn.to(torch_dtype), head.to(torch_dtype)
    if forget_bias is not None:
        with torch.no_grad():
            for k in range(layers):
                getattr(rnn, f"bias_ih_l{k}")[H : 2 * H] = forget_bias
                getattr(rnn, f"bias_hh_l{k}")[H : 2 * H] = 0
    named = [(n, p) for n, p in rnn.named_parameters()] + [("head." + n, p) for n, p in head.named_parameters()]
    parameters = [p for _, p in named]
    initial = {n: p.detach().numpy().copy() for n, p in named}

    rng = np.random.default_rng(seed)
    batches = make_batches(rng, data, loss, loss_steps, STEPS, T, B, I, O)
    for key in ("input", "target"):
        if key in batches:
            batches[key] = batches[key].astype(np_dtype)

    opt = make_optimizer(optimizer, parameters)
    losses, norms, clipped = [], [], 0
    for n in range(STEPS):
        opt.zero_grad()
        out, _ = rnn(torch.from_numpy(batches["input"][n]))
        y = head(out)
        mask = torch.from_numpy(batches["mask"][n]) if loss_steps == "masked" else None
        if loss == "mse":
            prediction, target = select(y, torch.from_numpy(batches["target"][n]), loss_steps, mask)
            value = F.mse_loss(prediction, target)
        else:
            logits, classes = select(y, torch.from_numpy(batches["classes"][n]), loss_steps, mask)
            value = F.cross_entropy(logits.reshape(-1, O), classes.reshape(-1))
        value.backward()
        if clip > 0:
            norm = torch.nn.utils.clip_grad_norm_(parameters, clip)
            clipped += int(norm.item() > clip)
        else:
            norm = total_norm(parameters)
        losses.append(value.item())
        norms.append(norm.item())
        opt.step()
    final = {"final." + n: p.detach().numpy().copy() for n, p in named}
    results = {"losses": np.array(losses, dtype=np_dtype), "grad_norms": np.array(norms, dtype=np_dtype), **final}
    metadata = {
        "torch": torch.__version__, "cell": cell, "nonlinearity": nonlinearity or "", "layers": str(layers),
        "forget_bias": "" if forget_bias is None else repr(forget_bias), "optimizer": optimizer, "clip": repr(clip),
        "loss": loss, "loss_steps": loss_steps, "steps": str(STEPS),
    }
    return initial, batches, results, metadata, clipped


def relative(ours, reference):
    scale = float(np.max(np.abs(reference))) if reference.size else 0.0
    return float(np.max(np.abs(ours.astype(np.float64) - reference.astype(np.float64)))) / max(scale, 1e-30)


def check_with_lessonrun(binary, case_name, initial, batches, results, metadata, tolerance):
    with tempfile.TemporaryDirectory() as tmp:
        w, b, o = (os.path.join(tmp, f) for f in ("w.safetensors", "b.safetensors", "o.safetensors"))
        write_safetensors(w, initial, {})
        write_safetensors(b, batches, {})
        command = [binary, "eval", "--train", "--cell", metadata["cell"], "--layers", metadata["layers"],
                   "--weights", w, "--batches", b, "--output", o, "--optimizer", metadata["optimizer"],
                   "--clip", metadata["clip"], "--loss-steps", metadata["loss_steps"]]
        if metadata["nonlinearity"]:
            command += ["--nonlinearity", metadata["nonlinearity"]]
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode != 0:
            print(f"{case_name}: lessonrun eval --train failed: {run.stdout}{run.stderr}")
            return 1
        ours = read_safetensors(o)
    worst_weight = max(relative(ours[n[len("final."):]], r) for n, r in results.items() if n.startswith("final."))
    worst_loss = max(abs(a - r) / abs(r) for a, r in zip(ours["losses"].astype(float), results["losses"].astype(float)))
    worst_norm = max(abs(a - r) / abs(r) for a, r in zip(ours["grad_norms"].astype(float), results["grad_norms"].astype(float)))
    worst = max(worst_weight, worst_loss, worst_norm)
    print(f"{case_name}: weights {worst_weight:.2g}, losses {worst_loss:.2g}, norms {worst_norm:.2g}"
          + ("" if worst <= tolerance else f"  > {tolerance:g}"))
    return 0 if worst <= tolerance else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lessonrun", help="path to a built lessonrun binary to check with `lessonrun eval --train`")
    parser.add_argument("--no-write", action="store_true", help="do not rewrite the committed fixtures")
    args = parser.parse_args()
    torch.set_num_threads(1)
    os.makedirs(OUT, exist_ok=True)
    failures = 0
    for index, case in enumerate(CASES):
        for suffix, (torch_dtype, np_dtype, tolerance) in DTYPES.items():
            initial, batches, results, metadata, clipped = make_case(case, torch_dtype, np_dtype, 2000 + index)
            metadata["dtype"] = "F32" if suffix == "f32" else "F64"
            case_name = f"{case[0]}_{suffix}"
            if suffix == "f64":
                print(f"{case_name}: loss {results['losses'][0]:.4g} -> {results['losses'][-1]:.4g}, "
                      f"clipped at {clipped} of {STEPS} steps")
            if not args.no_write:
                write_safetensors(os.path.join(OUT, case_name + ".safetensors"), {**initial, **batches, **results}, metadata)
            if args.lessonrun:
                failures += check_with_lessonrun(args.lessonrun, case_name, initial, batches, results, metadata, tolerance)
    print(f"torch {torch.__version__}; {'fixtures written to ' + OUT if not args.no_write else 'fixtures not written'}")
    if args.lessonrun:
        print("lessonrun eval --train agrees with PyTorch" if failures == 0 else f"{failures} disagreements")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
