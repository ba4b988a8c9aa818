"""Correctly rounded sin and cos of huge arguments, for ElementaryTests.swift
(hugeTrigonometricArguments). glibc's own results can be several ulps off
at these points, so the test checks them against mpmath.

Run by hand: python3 huge_trig.py  (needs mpmath); paste the output.
"""
import mpmath

mpmath.mp.prec = 4000
points = [
    float.fromhex("0x1.6ac5b262ca1ffp849"),  # the double nearest a multiple of π/2
    float.fromhex("0x1.fffffffffffffp1023"),  # greatest finite
    1647100.0,
    1e22,
    -3.0e300,
]
for x in points:
    s = float(mpmath.sin(mpmath.mpf(x)))
    c = float(mpmath.cos(mpmath.mpf(x)))
    print(f"({x.hex()}, {s.hex()}, {c.hex()}),")
