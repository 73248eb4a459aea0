"""Print the archives that tests/run/stdlib/zipfile-read.py reads, as Python
bytes literals: made by CPython's zipfile (run with python3 3.11), so the test
reads archives typhon did not write."""

import io
import zipfile

DT = (2020, 2, 29, 13, 14, 16)


def lcg_bytes(n):
    """n bytes that barely compress (the test computes them again)."""
    out = bytearray()
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x >> 16 & 0xFF)
    return bytes(out)


def main_archive():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        poem = "".join("verse %d: the quick brown fox\n" % i for i in range(40))
        zf.writestr(zipfile.ZipInfo("poem.txt", DT), poem, zipfile.ZIP_DEFLATED)
        zf.writestr(zipfile.ZipInfo("lcg.bin", DT), lcg_bytes(5000),
                    zipfile.ZIP_DEFLATED, 9)
        zf.writestr(zipfile.ZipInfo("raw.bin", DT), bytes(range(256)), zipfile.ZIP_STORED)
        zf.writestr(zipfile.ZipInfo("d\u00e9j\u00e0/vu.txt", DT), b"utf-8 name")
        folder = zipfile.ZipInfo("folder/", DT)
        folder.external_attr = 0o40755 << 16 | 0x10
        zf.writestr(folder, b"")
        zf.writestr(zipfile.ZipInfo("folder/../../evil.txt", DT), b"stays inside")
        zf.writestr(zipfile.ZipInfo("/abs/path.txt", DT), b"absolute")
        zf.comment = b"made by CPython"
    return buf.getvalue()


def cp437_archive():
    # CPython writes every non-ASCII name as UTF-8 (flag 0x800); a name
    # without the flag, read as code page 437, is patched in afterwards.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("cafX\xb0.txt".replace("\xb0", "Y"), DT), b"cp437 name")
    return buf.getvalue().replace(b"cafXY", b"caf\x82\xb0")


def literal(name, data):
    print("%s = bytes.fromhex(" % name)
    text = data.hex()
    for i in range(0, len(text), 72):
        print('    "%s"' % text[i:i + 72])
    print(")")


literal("MAIN", main_archive())
literal("CP437", cp437_archive())
