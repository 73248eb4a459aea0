"""Write stdlib/html/entities.py and stdlib/html/_charrefs.py from CPython 3.11.

`html.entities` holds two large tables (`name2codepoint` and the HTML5
`html5` table of 2231 named character references) and `html.unescape` needs
the HTML5 rules for numeric references (`_invalid_charrefs`: code points the
standard maps elsewhere; `_invalid_codepoints`: those it drops).  They are
data, so they are copied from the running CPython rather than typed; rerun
after a CPython upgrade: `python3 scripts/gen_html_entities.py`.
"""

import html
import html.entities
import os
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("needs CPython 3.11")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "stdlib", "html")


def write(name, lines):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    print(f"wrote {path}")


def ascii_repr(value):
    # Keep the generated files ASCII so they read the same in any editor.
    return ascii(value)


lines = [
    '"""html.entities: the HTML character entity tables.',
    "",
    "Written by scripts/gen_html_entities.py from CPython 3.11; do not edit.",
    '"""',
    "",
    "__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']",
    "",
    "name2codepoint = {",
]
lines += [f"    {ascii_repr(k)}: {hex(v)}," for k, v in html.entities.name2codepoint.items()]
lines += ["}", "", "html5 = {"]
lines += [f"    {ascii_repr(k)}: {ascii_repr(v)}," for k, v in html.entities.html5.items()]
lines += [
    "}",
    "",
    "codepoint2name = {}",
    "entitydefs = {}",
    "for _name, _codepoint in name2codepoint.items():",
    "    codepoint2name[_codepoint] = _name",
    "    entitydefs[_name] = chr(_codepoint)",
    "del _name, _codepoint",
]
write("entities.py", lines)

lines = [
    '"""The HTML5 rules for numeric character references, used by html.unescape.',
    "",
    "Written by scripts/gen_html_entities.py from CPython 3.11; do not edit.",
    '"""',
    "",
    "invalid_charrefs = {",
]
lines += [f"    {hex(k)}: {ascii_repr(v)}," for k, v in html._invalid_charrefs.items()]
lines += ["}", "", "invalid_codepoints = {"]
codepoints = sorted(html._invalid_codepoints)
for start in range(0, len(codepoints), 8):
    lines.append("    " + " ".join(f"{hex(c)}," for c in codepoints[start:start + 8]))
lines += ["}"]
write("_charrefs.py", lines)
