# Attributes of nested functions and closures: names, qualified names,
# defaults, keyword-only defaults, the closure's cells and their contents.


def outer(a, b=2):
    def inner(x, y=b, *, z=a):
        return x + y + z + a

    return inner


f = outer(1)
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__)
print(len(f.__closure__), f.__closure__[0].cell_contents, f(10))
print(outer.__closure__, outer.__defaults__, outer.__kwdefaults__)
f.__qualname__ = "renamed"
print(f.__qualname__, f.__name__)
g = lambda: 0
print(g.__name__, g.__defaults__, g.__module__)
funcs = {f: "f", g: "g"}
print(funcs[g], f is f, f is outer(1))
