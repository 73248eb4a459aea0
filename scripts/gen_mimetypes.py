"""Write stdlib/_mimetypes_defaults.py from CPython 3.11.

`mimetypes` starts from four built-in tables (suffixes rewritten before
guessing, encodings, the standard types and the common non-standard
ones) and then reads the system's mime.types files.  The tables are data,
so they are taken from the running CPython rather than typed; rerun after
a CPython upgrade: `python3 scripts/gen_mimetypes.py`.
"""

import mimetypes
import os
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("needs CPython 3.11")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PATH = os.path.join(ROOT, "stdlib", "_mimetypes_defaults.py")

TABLES = [
    ("SUFFIXES", mimetypes._suffix_map_default),
    ("ENCODINGS", mimetypes._encodings_map_default),
    ("TYPES", mimetypes._types_map_default),
    ("COMMON_TYPES", mimetypes._common_types_default),
]

lines = [
    '"""The built-in tables of `mimetypes`, in their order.',
    "",
    "Written by scripts/gen_mimetypes.py from CPython 3.11; do not edit.",
    '"""',
]
for name, table in TABLES:
    lines += ["", f"{name} = {{"]
    lines += [f"    {ascii(k)}: {ascii(v)}," for k, v in table.items()]
    lines.append("}")
with open(PATH, "w", encoding="utf-8") as out:
    out.write("\n".join(lines) + "\n")
print(f"wrote {PATH}")
