"""Writes small .safetensors files with the reference implementation
(huggingface `safetensors`, numpy API) for SafetensorsTests.swift.

Run by hand: python3 make_fixtures.py  (needs numpy and safetensors).
"""
import numpy as np
import safetensors
from safetensors.numpy import save_file

save_file(
    {
        "weight": np.array([[1.5, -2.0, 0.1], [3.25, 1e-30, -0.0]], dtype=np.float32),
        "bias": np.array([0.5, -0.25], dtype=np.float32),
        "scalar": np.array(7.0, dtype=np.float32),
    },
    "reference_f32.safetensors",
    metadata={"producer": "make_fixtures.py", "safetensors": safetensors.__version__},
)
save_file(
    {
        "input": np.arange(24, dtype=np.float64).reshape(2, 3, 4) / 7.0,
        "steps": np.array([1, 2, 3], dtype=np.int64),
    },
    "reference_f64.safetensors",
)
