# Checks hex, oct and bin on positive, negative and big ints, and hash()
# of ints, bools and floats, which CPython defines exactly.
print(hex(255), hex(0), hex(-255), hex(2 ** 70), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hash(0), hash(1), hash(-1), hash(-2), hash(True), hash(False), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1.5), hash(2 ** 100))
print(hash(None) == hash(None), hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1, 2)))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
