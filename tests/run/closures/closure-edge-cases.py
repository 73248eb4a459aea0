# Edge cases of closures, star forms and comprehensions: cells of
# except-names and parameters that are deleted, nested starred targets,
# star calls of methods, decorator and default evaluation order.
def f1():
    try:
        raise ValueError("boom")
    except ValueError as e:
        g = lambda: e
        print(g())
    try:
        g()
    except NameError as exc:
        print(exc)
f1()

def f2():
    x = 1
    def g():
        nonlocal x
        del x
    g()
    try:
        print(x)
    except NameError as exc:
        print(type(exc).__name__, exc)
f2()

def f3(a):
    def mid():
        return [a * i for i in range(3)]
    return mid()
print(f3(5))

def f4():
    def rec(n):
        return rec(n + 1)
    try:
        rec(0)
    except RecursionError as exc:
        print(exc)
f4()

(a, *b), c = [1, 2, 3], 4
print(a, b, c)
[*d] = "xyz"
print(d)
print(*[], sep="")
print("-".join(*[["a", "b"]]))
dd = {}
dd.update(**{"k": 1}, j=2)
print(dd)
def kw(**k): return k
try:
    kw(**{"a": 1}, a=2)
except TypeError as exc:
    print(exc)
h = lambda x=lambda: 5: x()
print(h())
def f5(n):
    fs = []
    for i in range(n):
        fs.append(lambda: i)
    i = 100
    return [q() for q in fs]
print(f5(2))
def deco_order():
    log = []
    def d(tag):
        log.append(tag)
        return lambda f: f
    def dflt():
        log.append("default")
        return 1
    @d("deco")
    def inner(x=dflt()):
        return x
    return log, inner()
print(deco_order())
def nested_defaults():
    v = 3
    def inner(a=v, *, b=v + 1):
        return a, b
    return inner(), inner.__defaults__, inner.__kwdefaults__
print(nested_defaults())
def gen_list(n):
    return [[j for j in range(i)] for i in range(n)]
print(gen_list(4))
x = 5
def use_global_in_comp():
    return [x + i for i in range(2)]
print(use_global_in_comp())
def cell_param_del(p):
    f = lambda: p
    del p
    try:
        f()
    except NameError as e:
        print(e)
cell_param_del(1)
def loop_targets():
    res = []
    for a, *rest in [(1, 2), (3, 4, 5)]:
        res.append(lambda: (a, rest))
    return [r() for r in res]
print(loop_targets())
def star_in_call_with_method():
    items = [3, 1, 2]
    items.sort(**{"reverse": True})
    return items
print(star_in_call_with_method())
def count():
    c = 0
    def inc():
        nonlocal c
        c += 1
    [inc() for _ in range(5)]
    return c
print(count())
print({**{}}, {**{1: 2}, 1: 3}, [*[], *()])
print(type(lambda: 0).__name__)
def kwonly_star(*, a): return a
print(kwonly_star(**{"a": 9}))
