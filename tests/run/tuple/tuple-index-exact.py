# Items of tuples inference proves exact, read with int indices in line:
# from the front and the back, out of range, huge indices, float and
# mixed items, tuples from displays, zip, sorted items and enumerate, and
# a small helper inlined into its caller.


def second(pair):
    return pair[1]


def norms(points):
    out = []
    for p in points:
        out.append(p[0] * p[0] + p[1] * p[1] + p[-1])
    return out


def probe(t, keys):
    for k in keys:
        try:
            print(k, t[k])
        except IndexError as e:
            print(k, type(e).__name__, e)


def walk(pairs):
    total = 0
    for i in range(len(pairs)):
        total += pairs[i][0] * (i + 1) - second(pairs[i])
    return total


points = [(1.5, 2.0, 0.25), (-3.0, 4.0, 1.0), (0.0, 0.0, -1.0)]
print(norms(points))
probe((10, "b", 3.5, None), [0, 1, 3, -1, -4, 4, -5, 2**65, -(2**65)])
probe((), [0, -1])
pairs = list(zip(range(5), "abcde"))
print([second(p) for p in pairs], [p[0] for p in pairs])
print(walk([(3, 1), (5, 2), (7, 4)]))
items = sorted({"x": 3, "y": 1, "z": 2}.items(), key=lambda kv: kv[1])
print([kv[0] for kv in items], [kv[-1] for kv in items])
for i, pair in enumerate([(1, 2), (3, 4)]):
    print(i, pair[i], pair[i - 2])
