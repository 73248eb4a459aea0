# Checks CPython's empty singletons: every empty tuple is one object (a
# display, `tuple()`, `tuple([])`, a slice, `tuple(())`), so is every
# empty bytes, while `frozenset()` makes a new one each time (3.11); and
# `__module__` of built-in functions ('builtins') and methods (None).
E = ()
B = b""
t = (1, 2)
print(E is tuple(), tuple([]) is E, tuple(E) is E, t[5:] is E, t[:0] is E)
print(tuple(x for x in []) is E, E + E is E, E * 3 is E, tuple("") is E)
print(B is bytes(), bytes(B) is B, bytes(0) is B, b"abc"[3:] is B, bytes([]) is B)
print("".encode() is B, B.join([]) is B, frozenset() is frozenset())
print(hash(E) == hash(tuple()), hash(B), repr(E), repr(bytes()), len(tuple()))
d = {E: "tuple", B: "bytes"}
print(d[tuple()], d[bytes()])
print(getattr(len, "__module__"), print.__module__, isinstance.__module__)
print([].append.__module__, "a".join.__module__)
