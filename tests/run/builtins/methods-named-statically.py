# A program that names its methods only as constants (attributes, hasattr
# with a constant, method descriptors, format fields in a constant) keeps
# exactly those and they work; the link step drops the others.
s = "Mixed Case"
print(s.swapcase(), s.casefold(), s.center(14, "*"))
print(hasattr(s, "zfill"), "{0.imag}".format(2))
print(list(map(str.upper, ["a", "b"])))
print(sorted({"b": 1, "a": 2}.items()), [3, 1].index(1))
print(b"ab".hex(), (255).to_bytes(2, "big"), 1.5.as_integer_ratio())
