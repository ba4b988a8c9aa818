#!/usr/bin/env python3
"""PyTorch reference fixtures for the engine's RNN, LSTM and GRU (run by hand, never by CI).

Writes Tests/EngineTests/Fixtures/pytorch/<case>.safetensors, one file per case, holding:
  - the PyTorch-named parameters (weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0, ..._l1);
  - input (T, B, I), grad_output (T, B, H), and h0 / c0 ((layers, B, H)) in some cases;
  - PyTorch's output, h_n, c_n and the gradients of sum(output * grad_output):
    grad_input, grad_h0, grad_c0, grad_<parameter>;
  - metadata: torch version, cell, nonlinearity, layers.
Float32 cases are computed in float32, Float64 cases in float64.

    python3 -m venv /work/venv && /work/venv/bin/pip install torch numpy
    /work/venv/bin/python Tests/EngineTests/Fixtures/make_fixtures.py
    /work/venv/bin/python Tests/EngineTests/Fixtures/make_fixtures.py --lessonrun .build/debug/lessonrun

With --lessonrun, each case is also run through `lessonrun eval --grad` and the agreement
(per tensor max|ours - torch| / max|torch|) is reported; the exit status is 1 if any tensor
exceeds 1e-5 (float32) or 1e-10 (float64).
"""
import argparse
import json
import os
import struct
import subprocess
import sys
import tempfile

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "pytorch")

# name, cell, nonlinearity, layers, T, B, I, H, with initial states
CASES = [
    ("rnn_tanh", "rnn", "tanh", 1, 5, 3, 4, 6, False),
    ("rnn_relu_2layers", "rnn", "relu", 2, 4, 2, 3, 5, True),
    ("lstm", "lstm", None, 1, 5, 3, 4, 6, False),
    ("lstm_2layers", "lstm", None, 2, 4, 2, 3, 5, True),
    ("gru", "gru", None, 1, 5, 3, 4, 6, False),
    ("gru_2layers", "gru", None, 2, 4, 2, 3, 5, True),
    ("lstm_batch1", "lstm", None, 1, 7, 1, 2, 3, True),
]
DTYPES = {"f32": (torch.float32, "F32", "<f4", 1e-5), "f64": (torch.float64, "F64", "<f8", 1e-10)}


def write_safetensors(path, tensors, metadata):
    """Writes a safetensors file by hand (8-byte LE header length, JSON header, raw LE data)."""
    header, blobs, offset = {}, [], 0
    for name in sorted(tensors):
        array = tensors[name]
        code = {np.dtype("float32"): "F32", np.dtype("float64"): "F64", np.dtype("int64"): "I64", np.dtype("bool"): "BOOL"}[array.dtype]
        blob = array.astype(array.dtype.newbyteorder("<")).tobytes()
        header[name] = {"dtype": code, "shape": list(array.shape), "data_offsets": [offset, offset + len(blob)]}
        blobs.append(blob)
        offset += len(blob)
    header["__metadata__"] = metadata
    raw = json.dumps(header, separators=(",", ":"), sort_keys=True).encode()
    raw += b" " * (-len(raw) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(raw)))
        f.write(raw)
        for blob in blobs:
            f.write(blob)


def read_safetensors(path):
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + n])
    result = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        start, end = entry["data_offsets"]
        dtype = {"F32": "<f4", "F64": "<f8", "I64": "<i8", "BOOL": "?"}[entry["dtype"]]
        result[name] = np.frombuffer(data[8 + n + start : 8 + n + end], dtype=dtype).reshape(entry["shape"])
    return result


def make_case(name, cell, nonlinearity, layers, T, B, I, H, with_states, torch_dtype, seed):
    torch.manual_seed(seed)
    if cell == "rnn":
        module = torch.nn.RNN(I, H, num_layers=layers, nonlinearity=nonlinearity)
    elif cell == "lstm":
        module = torch.nn.LSTM(I, H, num_layers=layers)
    else:
        module = torch.nn.GRU(I, H, num_layers=layers)
    module = module.to(torch_dtype)
    x = torch.randn(T, B, I, dtype=torch_dtype, requires_grad=True)
    h0 = (0.5 * torch.randn(layers, B, H, dtype=torch_dtype)) if with_states else torch.zeros(layers, B, H, dtype=torch_dtype)
    h0.requires_grad_(True)
    c0 = None
    if cell == "lstm":
        c0 = (0.5 * torch.randn(layers, B, H, dtype=torch_dtype)) if with_states else torch.zeros(layers, B, H, dtype=torch_dtype)
        c0.requires_grad_(True)
    grad_output = torch.randn(T, B, H, dtype=torch_dtype)
    if cell == "lstm":
        output, (h_n, c_n) = module(x, (h0, c0))
    else:
        output, h_n = module(x, h0)
    (output * grad_output).sum().backward()

    def np_(t):
        return t.detach().cpu().numpy().copy()

    inputs = {"input": np_(x), "grad_output": np_(grad_output)}
    if with_states:
        inputs["h0"] = np_(h0)
        if c0 is not None:
            inputs["c0"] = np_(c0)
    weights = {pname: np_(p) for pname, p in module.named_parameters()}
    expected = {"output": np_(output), "h_n": np_(h_n), "grad_input": np_(x.grad), "grad_h0": np_(h0.grad)}
    if cell == "lstm":
        expected["c_n"] = np_(c_n)
        expected["grad_c0"] = np_(c0.grad)
    for pname, p in module.named_parameters():
        expected["grad_" + pname] = np_(p.grad)
    return weights, inputs, expected


def compare(ours, reference):
    scale = float(np.max(np.abs(reference))) if reference.size else 0.0
    diff = float(np.max(np.abs(ours.astype(np.float64) - reference.astype(np.float64)))) if reference.size else 0.0
    return diff / max(scale, 1e-30)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lessonrun", help="path to a built lessonrun binary to check with `lessonrun eval`")
    parser.add_argument("--no-write", action="store_true", help="do not rewrite the committed fixtures")
    args = parser.parse_args()
    os.makedirs(OUT, exist_ok=True)
    failures = 0
    for index, (name, cell, nonlinearity, layers, T, B, I, H, with_states) in enumerate(CASES):
        for suffix, (torch_dtype, code, _, tolerance) in DTYPES.items():
            weights, inputs, expected = make_case(name, cell, nonlinearity, layers, T, B, I, H, with_states, torch_dtype, 1000 + index)
            metadata = {
                "torch": torch.__version__, "cell": cell, "nonlinearity": nonlinearity or "",
                "layers": str(layers), "dtype": code,
            }
            case = f"{name}_{suffix}"
            if not args.no_write:
                write_safetensors(os.path.join(OUT, case + ".safetensors"), {**weights, **inputs, **expected}, metadata)
            if args.lessonrun:
                with tempfile.TemporaryDirectory() as tmp:
                    w, x, y = (os.path.join(tmp, f) for f in ("w.safetensors", "x.safetensors", "y.safetensors"))
                    write_safetensors(w, weights, metadata)
                    write_safetensors(x, inputs, metadata)
                    command = [args.lessonrun, "eval", "--cell", cell, "--layers", str(layers),
                               "--weights", w, "--input", x, "--output", y, "--grad"]
                    if nonlinearity:
                        command += ["--nonlinearity", nonlinearity]
                    run = subprocess.run(command, capture_output=True, text=True)
                    if run.returncode != 0:
                        print(f"{case}: lessonrun eval failed: {run.stdout}{run.stderr}")
                        failures += 1
                        continue
                    ours = read_safetensors(y)
                    worst = 0.0
                    for tname, reference in expected.items():
                        if tname not in ours:
                            print(f"{case}: lessonrun eval did not write {tname}")
                            failures += 1
                            continue
                        error = compare(ours[tname], reference)
                        worst = max(worst, error)
                        if error > tolerance:
                            print(f"{case}: {tname} differs: {error:.3g} > {tolerance:g}")
                            failures += 1
                    print(f"{case}: worst relative difference {worst:.3g} (tolerance {tolerance:g})")
    print(f"torch {torch.__version__}; {'fixtures written to ' + OUT if not args.no_write else 'fixtures not written'}")
    if args.lessonrun:
        print("lessonrun eval agrees with PyTorch" if failures == 0 else f"{failures} disagreements")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
