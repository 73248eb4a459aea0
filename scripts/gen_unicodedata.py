"""Write the Unicode database tables of `unicodedata` from CPython 3.11's own.

The native module `_unicodedata` (runtime/src/modules/unicodedata/) reads
five little-endian binary tables, included in the runtime with
`include_bytes!` and linked only into programs that import `unicodedata`:

- props.bin: per code point, through a two-level table (256-code-point
  blocks, deduplicated), a record packing the general category, the
  bidirectional class, the canonical combining class, the East Asian width
  and the mirrored flag (indices into the name lists below, which
  `props.rs` repeats).
- numeric.bin: the code points with a numeric value, sorted, each with its
  decimal and digit values (-1 for none) and its numeric value as a double.
- decomp.bin: the one-level decomposition of each code point that has one
  (tag, code points), as `unicodedata.decomposition` gives it.
- compose.bin: the canonical compositions NFC performs (pairs whose
  composite NFC keeps: exclusions and singletons are left out).
- names.bin: character names as sequences of word numbers, and the ranges
  of names made of a prefix and the code point in hex (CJK ideographs...).

Rerun after a CPython upgrade: `python3 scripts/gen_unicodedata.py`.
"""

import os
import struct
import sys
import unicodedata as ud

if sys.version_info[:2] != (3, 11):
    sys.exit("needs CPython 3.11")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "runtime", "src", "modules", "unicodedata")

CATEGORIES = ("Cn Lu Ll Lt Mn Mc Me Nd Nl No Zs Zl Zp Cc Cf Cs Co "
              "Lm Lo Pc Pd Ps Pe Pi Pf Po Sm Sc Sk So").split()
BIDI = ("'' L LRE LRO R AL RLE RLO PDF EN ES ET AN CS NSM BN B S WS ON "
        "LRI RLI FSI PDI").split()
BIDI[0] = ""
WIDTHS = "F H W Na A N".split()
TAGS = ("'' <font> <noBreak> <initial> <medial> <final> <isolated> <circle> "
        "<super> <sub> <vertical> <wide> <narrow> <small> <square> "
        "<fraction> <compat>").split()
TAGS[0] = ""
HANGUL = range(0xAC00, 0xAC00 + 11172)


def write(name, data):
    path = os.path.join(OUT, name)
    with open(path, "wb") as out:
        out.write(data)
    print(f"wrote {path} ({len(data)} bytes)")


def props():
    records = {}
    per_cp = []
    for cp in range(0x110000):
        ch = chr(cp)
        rec = (CATEGORIES.index(ud.category(ch))
               | BIDI.index(ud.bidirectional(ch)) << 5
               | ud.combining(ch) << 10
               | WIDTHS.index(ud.east_asian_width(ch)) << 18
               | ud.mirrored(ch) << 21)
        per_cp.append(records.setdefault(rec, len(records)))
    blocks = {}
    stage1 = []
    for start in range(0, 0x110000, 256):
        block = tuple(per_cp[start:start + 256])
        stage1.append(blocks.setdefault(block, len(blocks)))
    out = struct.pack("<II", len(records), len(blocks))
    out += struct.pack(f"<{len(records)}I", *records)
    out += struct.pack(f"<{len(stage1)}H", *stage1)
    for block in blocks:
        out += struct.pack("<256H", *block)
    write("props.bin", out)


def numeric():
    out = b""
    count = 0
    for cp in range(0x110000):
        ch = chr(cp)
        value = ud.numeric(ch, None)
        if value is None:
            continue
        out += struct.pack("<IbbHd", cp, ud.decimal(ch, -1), ud.digit(ch, -1),
                           0, value)
        count += 1
    write("numeric.bin", struct.pack("<I", count) + out)


def decompositions():
    entries = b""
    pool = []
    count = 0
    for cp in range(0x110000):
        text = ud.decomposition(chr(cp))
        if not text:
            continue
        parts = text.split()
        tag = 0
        if parts[0].startswith("<"):
            tag = TAGS.index(parts.pop(0))
        cps = [int(p, 16) for p in parts]
        entries += struct.pack("<IBBHI", cp, tag, len(cps), 0, len(pool))
        pool += cps
        count += 1
    out = struct.pack("<II", count, len(pool)) + entries
    out += struct.pack(f"<{len(pool)}I", *pool)
    write("decomp.bin", out)


def compositions():
    triples = []
    for cp in range(0x110000):
        if cp in HANGUL:
            continue
        text = ud.decomposition(chr(cp))
        if not text or text.startswith("<"):
            continue
        parts = [int(p, 16) for p in text.split()]
        if len(parts) == 2 and ud.normalize("NFC", chr(parts[0]) + chr(parts[1])) == chr(cp):
            triples.append((parts[0], parts[1], cp))
    triples.sort()
    out = struct.pack("<I", len(triples))
    for t in triples:
        out += struct.pack("<III", *t)
    write("compose.bin", out)


def names():
    words = {}
    entries = []
    tokens = []
    ranges = []

    def encode(text):
        start = len(tokens)
        for word in text.split(" "):
            tokens.append(words.setdefault(word, len(words)))
        return start

    for cp in range(0x110000):
        if cp in HANGUL:
            continue  # made from the jamo names by `names.rs`
        name = ud.name(chr(cp), None)
        if name is None:
            continue
        suffix = "-%04X" % cp
        if name.endswith(suffix):
            prefix = name[:-len(suffix)]
            if ranges and ranges[-1][2] == prefix and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp, prefix])
            continue
        entries.append((cp, encode(name)))
    entries_end = len(tokens)
    range_starts = [encode(prefix) for _, _, prefix in ranges]
    assert len(words) < 0x10000
    out = struct.pack("<IIII", len(words), len(entries), len(ranges), 0)
    blob = b""
    offsets = []
    for word in words:
        offsets.append(len(blob))
        blob += word.encode("ascii")
    offsets.append(len(blob))
    out += struct.pack(f"<{len(offsets)}I", *offsets)
    for cp, start in entries:
        out += struct.pack("<II", cp, start)
    # A last entry holds the end of the last name's tokens.
    out += struct.pack("<II", 0xFFFFFFFF, entries_end)
    for (start, end, _), tokens_at in zip(ranges, range_starts):
        out += struct.pack("<III", start, end, tokens_at)
    out += struct.pack("<I", len(tokens))
    out += struct.pack(f"<{len(tokens)}H", *tokens)
    out += blob
    write("names.bin", out)


assert ud.unidata_version == "14.0.0"
os.makedirs(OUT, exist_ok=True)
props()
numeric()
decompositions()
compositions()
names()
