# Checks small graphs of list and dict displays built in one block and read
# back with constant indices and string keys (the reads forwarded, the
# objects then never made): duplicate keys, keys replaced by item stores,
# missing keys (KeyError), equal constants of different types, user keys
# whose __hash__ must still run, objects that escape.
import sys


def build(i):
    a = [i]
    b = [a, i + 1]
    c = {"a": a, "b": b, "c": None}
    c["c"] = c
    a.append(c)
    b.append(b)
    return a


def graphs(n):
    total = 0
    for i in range(n):
        g = build(i)
        total += g[0] + g[1]["b"][1] - g[1]["c"]["a"][0] + g[-1]["b"][-1][2][1]
    return total


def duplicates(n):
    total = 0
    for i in range(n):
        d = {"x": i, "y": 2, "x": i * 10}
        d["y"] = d["x"] + 1
        d["z"] = [d["y"]]
        total += d["x"] + d["y"] + d["z"][0] + len(d)
    return total


def missing(i):
    d = {"x": i}
    try:
        return d["y"]
    except KeyError as e:
        return "KeyError " + repr(e)


def mixed_keys():
    d = {1: "int", "1": "str"}
    d[1.0] = "float"
    d[True] = "bool"
    return d[1], d["1"], sorted(map(str, d))


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        print("hash", self.name)
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Key) and other.name == self.name


def user_keys():
    d = {"a": 1}
    d[Key("k")] = 2
    return d["a"]


saved = []


def escaping(n):
    total = 0
    for i in range(n):
        a = [i, {"v": i}]
        a[1]["w"] = a
        if i == 2:
            saved.append(a)
        total += a[1]["w"][0]
    return total


print(graphs(10), graphs(0))
print(duplicates(4))
print(missing(3))
print(mixed_keys())
print(user_keys())
print(escaping(5), saved[0][0], saved[0][1]["w"] is saved[0], sorted(saved[0][1]))
print(build(7)[1]["c"] is build(7)[1])
