# Checks that functions are values: passed as arguments, stored in lists
# and dicts, returned from functions, and called through any of these.
def square(x):
    return x * x
def negate(x):
    return -x
def apply(func, value):
    return func(value)
def apply_all(funcs, value):
    res = []
    for func in funcs:
        res.append(func(value))
    return res
def pick(name):
    if name == "square":
        return square
    return negate
print(apply(square, 7), apply(negate, 7))
print(apply_all([square, negate, abs, str], -3))
table = {"sq": square, "neg": negate}
print(table["sq"](4), table["neg"](4))
f = pick("square")
print(f(9), pick("other")(9))
g = square
print(g is square, g == square, g(g(2)))
print(sorted(["ccc", "a", "bb"], key=len), max([3, -8, 5], key=abs))
