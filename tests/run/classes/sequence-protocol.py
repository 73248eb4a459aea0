# Sequence-like classes: __getitem__ with slices, __contains__ through iteration, negative indices, __reversed__-free reversal via __len__ and __getitem__.
class Word:
    def __init__(self, text):
        self.text = text

    def __len__(self):
        return len(self.text)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Word(self.text[index])
        return self.text[index]

    def __repr__(self):
        return f"Word({self.text!r})"


w = Word("python")
print(w[0], w[-1], w[1:4], w[::-1], len(w))
print("y" in w, "z" in w, list(w), "".join(w))
for ch in w[:2]:
    print(ch)


class Evens:
    def __iter__(self):
        return iter([0, 2, 4, 6])


print(4 in Evens(), 5 in Evens(), sorted(Evens(), reverse=True))


class Table:
    def __init__(self):
        self.rows = {}

    def __setitem__(self, key, value):
        self.rows[key] = value

    def __getitem__(self, key):
        try:
            return self.rows[key]
        except KeyError:
            raise KeyError(f"no row {key}") from None

    def __delitem__(self, key):
        del self.rows[key]


t = Table()
t["a"] = 1
t["b"] = [1, 2]
t["b"].append(3)
t["a"] += 10
print(t["a"], t["b"])
del t["a"]
try:
    t["a"]
except KeyError as e:
    print(e)
