# struct: pack/unpack/calcsize of ints, floats, bytes and bools in native and
# standard modes, alignment, Struct objects, unpack_from/pack_into/iter_unpack,
# and struct.error messages.
import struct

print(struct.calcsize("i"), struct.calcsize("<i"), struct.calcsize("@bi"), struct.calcsize("<bi"),
      struct.calcsize("bq0i"), struct.calcsize("=lL"), struct.calcsize("lL"), struct.calcsize("3s2x?"))
print(struct.pack("<hHiIqQ", -2, 65535, -7, 4000000000, -(2**63), 2**64 - 1))
print(struct.pack(">hHiIqQ", -2, 65535, -7, 4000000000, -(2**63), 2**64 - 1))
print(struct.pack("!bB?c", -128, 255, True, b"z"), struct.pack("@ci", b"x", 1), struct.pack("@bq", 1, 2))
print(struct.unpack("<hHiIqQ", struct.pack("<hHiIqQ", -2, 65535, -7, 4000000000, -(2**63), 2**64 - 1)))
for code in "efd":
    for v in [0.0, -0.0, 1.0, -2.5, 0.1, 1e-7, 65504.0, 3.4e38, 1e-40, 5e-324, float("inf"), -float("inf")]:
        try:
            packed = struct.pack("<" + code, v)
            print(code, v, packed, struct.unpack("<" + code, packed))
        except OverflowError as e:
            print(code, v, "OverflowError", e)
print(struct.unpack("<d", struct.pack("<d", float("nan"))), struct.pack(">d", 2.5), struct.pack("<f", 1))
print(struct.pack("5s", b"ab"), struct.pack("3s", b"abcdef"), struct.pack("5p", b"ab"), struct.unpack("5p", b"\x02abcd"))
print(struct.unpack("<4sxH", b"abcd\x00\x01\x02"), struct.unpack(">?c", b"\x05q"))
s = struct.Struct("<IHb")
print(s.size, s.format, s.pack(1, 2, 3), s.unpack(b"\x01\x00\x00\x00\x02\x00\x03"))
buf = bytearray(10)
struct.pack_into("<HH", buf, 2, 0xABCD, 7)
print(buf, struct.unpack_from("<HH", buf, 2), struct.unpack_from("<H", bytes(buf)))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\xff\xff")))
header = struct.pack("<4sII", b"TYPH", 3, 12)
magic, version, length = struct.unpack("<4sII", header)
print(magic, version, length, len(header))

for fmt, args in [("b", (200,)), ("B", (-1,)), ("h", (40000,)), ("H", (-1,)), ("i", (2**31,)), ("<I", (-1,)),
                  ("q", (2**63,)), ("<l", (2**31,)), ("<L", (2**32,)), ("I", (2**32,)), ("<b", ("x",)),
                  ("<i", (1.0,)), ("c", (b"ab",)), ("s", (1,)), ("<2i", (1,)), ("<z", ()), ("3", ()),
                  ("<f", (1e300,)), ("<e", (1e10,))]:
    try:
        print(struct.pack(fmt, *args))
    except (struct.error, OverflowError) as e:
        print(type(e).__name__, e)
for call in [lambda: struct.unpack("<i", b"ab"), lambda: struct.unpack_from("<i", b"abc", 1),
             lambda: struct.iter_unpack("<i", b"abc")]:
    try:
        call()
    except struct.error as e:
        print("error", e)
print(issubclass(struct.error, Exception), struct.error.__name__)
