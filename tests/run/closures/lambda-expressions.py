# Lambdas: defaults, closures over parameters, immediately called, nested
# lambdas, conditional bodies, and their names.
square = lambda x: x * x
print(square(7), (lambda: "called")(), (lambda a, b=10: a + b)(1))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
classify = lambda n: "even" if n % 2 == 0 else "odd"
print([classify(n) for n in range(4)])
print(square.__name__, square.__qualname__, curry(1).__qualname__)
print(list(map(lambda s: s.upper(), ["a", "b"])), list(filter(lambda n: n > 1, [0, 1, 2, 3])))


def make_ops():
    base = 5
    return {"add": lambda x: x + base, "sub": lambda x: x - base}


ops = make_ops()
print(ops["add"](1), ops["sub"](1), ops["add"].__qualname__)
print(sorted(["banana", "Apple", "cherry"], key=lambda s: s.lower()))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: (t[0], t[1]), reverse=True))
