# memoryview over bytes and bytearray: indexing, slicing into views that
# write through, tobytes/tolist/hex, attributes, comparison, use wherever a
# bytes-like object is taken, release and the context manager, errors.
import struct

mv = memoryview(b"abcdef")
print(mv[1], bytes(mv[1:4]), mv.tobytes(), len(mv), mv.nbytes, mv.readonly, mv.tolist()[:3])
print(mv.format, mv.itemsize, mv.ndim, mv.shape, mv.strides, mv.obj, mv[-1], mv[2:].tobytes())
print(mv == b"abcdef", mv[:2] == b"ab", mv != bytearray(b"x"), b"abcdef" == mv, mv == "abcdef")
print(list(mv[:3]), [b for b in mv[3:]], mv.hex(), mv[1:3].hex(":"), hash(mv) == hash(b"abcdef"))

buf = bytearray(8)
view = memoryview(buf)
view[0:4] = b"\x01\x02\x03\x04"
view[4] = 255
print(buf, view.readonly, view[4:].hex(), bytes(view[:2]))
part = view[2:6]
part[0] = 9
part[1:3] = bytearray(b"ZZ")
print(buf, part.tobytes(), len(part), part.obj is buf)
struct.pack_into("<I", buf, 4, 0xDEADBEEF)
print(struct.unpack("<II", buf), view[4:].hex(), int.from_bytes(view[:2], "little"))
print(b"".join([view[:2], b"-", memoryview(b"end")]), b"x" + memoryview(b"yz"), bytearray(view[6:]))
print(memoryview(view).tobytes() == bytes(buf), str(memoryview(b"caf\xc3\xa9"), "utf-8"), b"ab" in [view[:2]])

header = memoryview(b"GIF89a\x10\x00\x20\x00rest")
sig, w, h = bytes(header[:6]), int.from_bytes(header[6:8], "little"), int.from_bytes(header[8:10], "little")
print(sig, w, h, header[10:].tobytes().decode())

with memoryview(b"ctx") as m:
    print(m.tobytes(), repr(m).startswith("<memory at 0x"))
print(repr(m).startswith("<released memory at 0x"))
try:
    m[0]
except ValueError as e:
    print("ValueError:", e)
for bad in (lambda: memoryview(b"ro")[0:1].__setitem__(0, 1),
            lambda: view.__setitem__(0, 256),
            lambda: view.__setitem__(slice(0, 2), b"abc"),
            lambda: memoryview(5),
            lambda: memoryview("text"),
            lambda: view[10],
            lambda: hash(view),
            lambda: view.__delitem__(0)):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(type(mv).__name__, isinstance(mv, memoryview))
