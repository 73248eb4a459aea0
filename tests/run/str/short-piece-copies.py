# Joining, concatenating, replacing, slicing and str(int) of pieces of every short length (copied in line up to 32 bytes): the bytes, lengths and ASCII-ness of the results.
alphabet = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
for n in range(0, 41):
    piece = alphabet[:n]
    joined = ",".join([piece, piece[::-1], "x"])
    assert len(joined) == 2 * n + 3, n
    print(n, joined, "-".join([piece]) is piece or n == 0, "<>".join(["", piece, ""]))
    print(n, piece + "|" + piece[1:], len(piece + piece), (piece + "é")[-2:], ("é" + piece)[:3])
    print(n, piece.replace("c", "--"), piece.replace("ab", ""), piece.replace("z", "Z" * n))
    print(n, [piece[k:k + m] for k in (0, 1) for m in (2, 3, 17, 31, 33)])
    line = " ".join([piece] * 5)
    print(n, line.split(" "), line.split(" ", 2), piece.partition("m"))
    print(n, "".join(c for c in piece), "é".join([piece, piece]), len("é".join([piece, piece])))

for v in [0, 7, 9, 10, 11, 99, 100, 101, 999, 1000, 12345, 99999, 100000, 2**31, 2**53 + 1,
          9223372036854775807, -9223372036854775807 - 1, -1, -9, -10, -99, -100, -12345]:
    s = str(v)
    print(s, len(s), repr(s), int(s) == v, s.isdigit(), "key" + s)
print([str(i) for i in range(-25, 125, 7)])
print(str(10**19), str(-(10**19)), str(2**64), str(-(2**63) - 1))

# Methods' positional arguments (copied word by word), keywords and errors.
print("a b c".split(" ", 1), "a b c".split(maxsplit=1), "a b c".split(None, 1), "a,b".split(","))
print("abc".center(7, "*"), "abc".ljust(5), "x".join(("1", "2")), "aXbXc".rsplit("X", 1))
for bad in [lambda: "a".split(" ", 1, 2), lambda: "a".split(1), lambda: ",".join(["a", 1]),
            lambda: "a".replace("a"), lambda: "a".center()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
