# Generators: StopIteration raised inside a generator becomes RuntimeError (PEP 479).
def leaky():
    yield 1
    raise StopIteration("leaked")


g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))
print(next(g, "finished"))


def next_on_empty():
    it = iter([])
    yield next(it)


try:
    list(next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e)


def guarded():
    it = iter([1, 2])
    while True:
        try:
            value = next(it)
        except StopIteration:
            return "clean"
        yield value


print(list(guarded()))


def for_loop_stop():
    for x in [1, 2]:
        yield x
    raise StopIteration


try:
    for v in for_loop_stop():
        print("got", v)
except RuntimeError as e:
    print("RuntimeError:", e)
