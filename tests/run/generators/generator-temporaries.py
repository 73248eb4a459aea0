# Generators: values computed before a yield survive it (expression temporaries, loop state).
def add(a, b):
    return a + b


def temps():
    x = add(100, (yield "first"))
    print("x =", x)
    pair = ((yield "left"), (yield "right"))
    print("pair =", pair)
    items = [1, (yield "middle"), 3]
    print("items =", items)
    print("compare", 5 < (yield "cmp"))
    d = {"k": (yield "value")}
    print("dict =", d)
    s = "a" + str((yield "concat")) + "c"
    print("s =", s)


g = temps()
print(next(g))
print(g.send(1))
print(g.send("L"))
print(g.send("R"))
print(g.send(2))
print(g.send(10))
print(g.send(42))
try:
    g.send("b")
except StopIteration:
    print("done")


def loop_state():
    for i in range(3):
        for j in "ab":
            got = yield (i, j)
            if got:
                print("got", got, "at", i, j)


l = loop_state()
print(next(l))
print(l.send("hello"))
print(list(l))


def yield_as_statement():
    yield
    x = yield
    print("x is", x)


y = yield_as_statement()
print(next(y), next(y))
try:
    y.send(7)
except StopIteration:
    print("stopped")


def cond_yield(flag):
    value = (yield "a") if flag else (yield "b")
    yield value
    while (yield "loop"):
        print("looping")


c = cond_yield(True)
print(next(c), c.send("chosen"), next(c), c.send(1), c.send(0) if False else "skip")
print(list(cond_yield(False)))
