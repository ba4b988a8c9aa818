"""Checks that every decimal floating-point literal in the engine's sources
compiles to the correctly rounded Double.

On x86 Swift converts float literals through Float80, so a decimal literal
lying very near the midpoint of two Doubles can round twice and land one ulp
away from where an arm64 build (which converts directly) puts it: the same
source would then give different bits on different machines. The fix for a
reported literal is to write it in hex (exact everywhere).

Run by hand from the package root: python3 Tests/EngineTests/Fixtures/elementary/check_literals.py
"""
import pathlib
import re
import struct
import subprocess
import tempfile

literals = set()
for path in pathlib.Path("Sources/Engine").rglob("*.swift"):
    text = re.sub(r"//.*", "", path.read_text())
    literals |= set(re.findall(r"(?<![\w.])\d+\.\d+(?:e[-+]?\d+)?", text))
literals = sorted(literals)
with tempfile.TemporaryDirectory() as directory:
    source = pathlib.Path(directory, "main.swift")
    source.write_text("".join(f'print(({l} as Double).bitPattern)\n' for l in literals))
    binary = pathlib.Path(directory, "literals")
    subprocess.run(["swiftc", str(source), "-o", str(binary)], check=True)
    compiled = subprocess.run([str(binary)], capture_output=True, text=True, check=True).stdout.split()
bad = [l for l, bits in zip(literals, compiled) if struct.unpack("<Q", struct.pack("<d", float(l)))[0] != int(bits)]
print(f"{len(literals)} literals, {len(bad)} misrounded: {bad}")
raise SystemExit(1 if bad else 0)
