"""Write stdlib/errno.py: the errno constants and `errorcode` of this
platform, read from CPython 3.11's own `errno` module.

Linux numbers its errors the same on x86_64 and aarch64 (the generic
table), so one file serves both targets. The module keeps CPython's order:
`errorcode` first, then the names in the order of CPython's module dict, and
`errorcode`'s items in CPython's order (an alias such as `EWOULDBLOCK`
shares its number with `EAGAIN`; `errorcode` names the one CPython names).
"""

import errno
import os
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("needs CPython 3.11")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "stdlib", "errno.py")

names = [name for name in vars(errno) if name.startswith("E")]
lines = [
    '"""Standard errno system symbols: the error numbers of Linux, and',
    "`errorcode`, which maps each number to its name.",
    "",
    "Written by scripts/gen_errno.py from CPython 3.11; do not edit by hand.",
    '"""',
    "",
    "errorcode = {",
]
lines += [f"    {code}: {name!r}," for code, name in errno.errorcode.items()]
lines += ["}", ""]
lines += [f"{name} = {getattr(errno, name)}" for name in names]
lines += [""]
with open(OUT, "w", encoding="utf-8") as out:
    out.write("\n".join(lines))
print(f"wrote {OUT} ({len(names)} names, {len(errno.errorcode)} codes)")
