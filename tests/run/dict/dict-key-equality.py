# Checks that keys that compare equal are the same key: 1, 1.0 and True
# share one entry, and the first inserted key object is kept.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
e = {True: "yes"}
e[1] = "one"
print(e)
f = {0: "zero", False: "false", 0.0: "float zero"}
print(f)
g = {"a": 1, "a": 2}
print(g)
print({2: "two"}[2.0], {(1, 2): "t"}[(1.0, 2)])
