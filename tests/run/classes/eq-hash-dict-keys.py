# __eq__/__hash__ for dict keys and set members; __eq__ alone makes instances unhashable; identity hashing by default.
class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return f"Key({self.a}, {self.b})"


d = {Key(1, 2): "one-two", Key(3, 4): "three-four"}
print(d[Key(1, 2)], Key(3, 4) in d, Key(5, 6) in d)
d[Key(1, 2)] = "replaced"
print(len(d), d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s), Key(2, 2) in s)
print(Key(1, 2) == Key(1, 2), Key(1, 2) != Key(1, 2), Key(1, 2) != Key(0, 2))
print([Key(1, 2), Key(0, 0)].index(Key(0, 0)), [Key(1, 2)].count(Key(1, 2)))


class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


try:
    hash(OnlyEq(1))
except TypeError as e:
    print(e)
try:
    {OnlyEq(1): 1}
except TypeError as e:
    print(e)
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(2))


class Plain:
    pass


p = Plain()
q = Plain()
print(p == p, p == q, p != q, len({p, q, p}), {p: 1}[p])


