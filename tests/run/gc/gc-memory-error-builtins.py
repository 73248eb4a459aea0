# Allocations that cannot be satisfied raise MemoryError from the built-in
# constructors and operators that size their result up front.
def attempt(label, make):
    try:
        make()
    except MemoryError:
        print(label, "MemoryError")


attempt("bytes(n)", lambda: bytes(10**15))
attempt("bytearray(n)", lambda: bytearray(10**15))
attempt("[0] * n", lambda: [0] * 10**14)
attempt("str * n", lambda: "x" * 10**15)
attempt("bytes * n", lambda: b"xy" * 10**15)
attempt("bytearray * n", lambda: bytearray(b"ab") * 10**15)
attempt("str.ljust", lambda: "ab".ljust(10**15))
attempt("str.center", lambda: "ab".center(10**15))
attempt("int shift", lambda: 1 << 10**16)
attempt("list(range(n))", lambda: list(range(10**14)))
attempt("tuple * n", lambda: (None,) * 10**14)
big = [1, 2, 3] * 1000
attempt("list repeat of a list", lambda: big * 10**12)
print("still running:", sum(big))
