# Checks `int()` and `float()` of a bytearray and a memoryview: parsed as
# text like bytes (whitespace, signs, underscores, a base for a bytearray),
# with CPython's errors (int's shows the buffer as bytes, float's the
# bytearray itself; a memoryview with a base is a TypeError).
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


show(lambda: int(bytearray(b"45")))
show(lambda: int(bytearray(b" -1_000 ")))
show(lambda: int(memoryview(b"123")))
show(lambda: int(memoryview(b"0123")[1:]))
show(lambda: int(bytearray(b"ff"), 16))
show(lambda: int(bytearray(b"0x1f"), 0))
show(lambda: int(bytearray(b"x1")))
show(lambda: int(memoryview(b"x1")))
show(lambda: int(bytearray(b"zz"), 10))
show(lambda: int(memoryview(b"10"), 16))
show(lambda: int(bytearray(b"")))
show(lambda: int(bytearray("\u0661".encode())))
show(lambda: float(bytearray(b"4.5")))
show(lambda: float(bytearray(b" -1e3\n")))
show(lambda: float(memoryview(b"2.25")))
show(lambda: float(memoryview(b"1.5x")[:3]))
show(lambda: float(bytearray(b"inf")))
show(lambda: float(bytearray(b"x1")))
n = bytearray(b"7")
n[0:0] = b"4"
print(int(n) + 1, float(n) / 2)
