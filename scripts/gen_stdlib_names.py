"""Write compiler/src/resolve/stdlib_names.rs: CPython 3.11's standard-library
module names (`sys.stdlib_module_names`).

An import of one of these that typhon does not provide is reported as an
`unavailable-module` error (a module typhon lacks) rather than an
`unresolved-import` one (a module found nowhere).
"""

import os
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("needs CPython 3.11")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "compiler", "src", "resolve", "stdlib_names.rs")

lines = [
    "//! CPython 3.11's standard-library module names (`sys.stdlib_module_names`),",
    "//! written by `scripts/gen_stdlib_names.py`; do not edit by hand.",
    "",
    "/// Every top-level module of CPython 3.11's standard library, sorted.",
    "pub(super) const STDLIB_MODULE_NAMES: &[&str] = &[",
]
lines += [f'    "{name}",' for name in sorted(sys.stdlib_module_names)]
lines += ["];", ""]
with open(OUT, "w", encoding="utf-8") as out:
    out.write("\n".join(lines))
print(f"wrote {OUT} ({len(sys.stdlib_module_names)} names)")
