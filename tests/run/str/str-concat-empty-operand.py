# Concatenating an exact str with an empty one gives back the other operand
# itself, as CPython does (no copy), in both orders and with +=; a str
# subclass operand still gives a new exact str.
a = "abc" * 2
print((a + "") is a, ("" + a) is a)
b = a
b += ""
print(b is a)
e = ""
print((e + e) is e, e + a == a)


class S(str):
    pass


s = S("xyz")
t = s + ""
print(type(t).__name__, t, t is s)
u = "" + s
print(type(u).__name__, u)
parts = [w + "" for w in ["one", "two"]]
print(parts, parts[0] is not None)
