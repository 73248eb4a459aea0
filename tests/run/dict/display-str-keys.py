# Dict displays whose keys are exact strs are filled without a lookup per
# key while no two keys share a hash; repeated keys, keys equal to a str
# through a subclass or a user __eq__, and mixed key types keep CPython's
# order, values and calls.


class Echo(str):
    def __eq__(self, other):
        print("Echo.__eq__", str.__str__(self), other)
        return str.__eq__(self, other)

    __hash__ = str.__hash__


class Same:
    """Equal to every str whose hash it copies."""

    def __init__(self, text):
        self.text = text

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        print("Same.__eq__", self.text, other)
        return other == self.text

    def __repr__(self):
        return f"Same({self.text!r})"


def record(i):
    key = "key" + str(i)
    return {"id": i, "name": key.upper(), "key": key, "tags": [key] * 2}


def main():
    print({"a": 1, "b": 2, "a": 3})
    print({"a": 1, "b": 2, "b": 4, "c": 5, "a": 6})
    k = "x" + "y"
    print({k: 1, "xy": 2}, {"xy": 1, k: 2})
    print({"a": 1, Echo("a"): 2}, {Echo("b"): 1, "b": 2})
    print({"s": 1, Same("s"): 2, "t": 3})
    print({Same("u"): 1, "u": 2})
    print({1: "one", "1": "str", True: "true", 1.0: "float"})
    big = {"k0": 0, "k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8, "k9": 9, "k10": 10, "k0": 11}
    print(big, len(big))
    rows = [record(i) for i in range(3)]
    print(rows)
    print(rows[2]["name"], rows[1]["tags"], "key" in rows[0], "nope" in rows[0])
    d = {"": 0, "é": 1, "€": 2, "😀": 3}
    d["é"] = 10
    print(d, d.get("€"), list(d))
    try:
        print({"a": 1, [1]: 2})
    except TypeError as err:
        print("TypeError", err)


main()
