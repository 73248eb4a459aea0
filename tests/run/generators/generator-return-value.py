# Generators: return values travel in StopIteration.value; next() with a default.
def gen(n):
    for i in range(n):
        yield i
    return n * 10


g = gen(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)


def bare():
    yield 1
    return


b = bare()
next(b)
try:
    next(b)
except StopIteration as e:
    print("bare", e.value, e.args)


def tuple_return():
    yield 0
    return (1, 2)


t = tuple_return()
next(t)
try:
    next(t)
except StopIteration as e:
    print("tuple", e.value)

print(next(gen(0), "default"))
h = gen(1)
print(next(h, "d1"), next(h, "d2"), next(h, "d3"))


def early(flag):
    yield "start"
    if flag:
        return "early"
    yield "late"
    return "normal"


for flag in [True, False]:
    e = early(flag)
    items = []
    while True:
        try:
            items.append(next(e))
        except StopIteration as stop:
            items.append(stop.value)
            break
    print(items)
print(list(gen(3)))
