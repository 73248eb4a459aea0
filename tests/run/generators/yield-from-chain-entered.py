# `yield from` chains of plain generators, which the runtime steps without
# re-entering each level: values and return values through every level,
# send/throw/close through a chain, a finished or running delegate, a fresh
# generator sent a value, chains deeper than one stepping round, gi_running
# at every level, and exceptions unwinding level by level.
import sys


def leaf(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("leaf got", got)
    return n * 10


def chain(depth, n):
    if depth == 0:
        result = yield from leaf(n)
    else:
        result = yield from chain(depth - 1, n)
    return result + 1


for depth in (0, 1, 5, 31, 32, 33, 70):
    items = list(chain(depth, 3))
    g = chain(depth, 2)
    try:
        while True:
            next(g)
    except StopIteration as stop:
        print(depth, items, stop.value)

# send() reaches the innermost generator.
g = chain(40, 3)
print(next(g), g.send("a"), g.send(None), g.send("b") if False else next(g, "end"))

# throw() and close() pass through every level.
def catcher(depth):
    if depth == 0:
        try:
            yield 1
            yield 2
        except KeyError as e:
            print("caught at the bottom", e)
            yield 3
        finally:
            print("bottom finally")
    else:
        try:
            yield from catcher(depth - 1)
        finally:
            if depth % 20 == 0:
                print("finally at", depth)


g = catcher(45)
print(next(g))
print(g.throw(KeyError("k")))
g.close()
print("closed")

# An exception from the bottom unwinds through each level's handlers.
def raiser(depth):
    if depth == 0:
        yield "x"
        raise ValueError("bottom")
    try:
        yield from raiser(depth - 1)
    except ValueError as e:
        if depth == 35:
            print("handled at", depth, e)
            yield "recovered"
            return "done"
        raise


g = raiser(50)
print(list(g))

# gi_running is set at every level while the bottom runs.
levels = []


def watch():
    yield [x.gi_running for x in levels]


def level(depth):
    if depth == 0:
        yield from watch()
    else:
        yield from level(depth - 1)


top = level(3)
print(next(top))
levels.append(top)
top2 = level(36)
levels[:] = [top2]
print(next(top2))

# A delegate that is already finished returns None at once.
done = leaf(1)
list(done)


def over_done():
    r = yield from done
    print("from a finished generator:", r)
    yield "after"


print(list(over_done()))

# A generator delegating to itself is already executing.
def selfish():
    yield from me


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# A delegate sent a value before it started.
fresh = leaf(2)


def outer():
    yield from fresh


o = outer()
print(next(o))
print(o.send("x"))

# Exception state inside the levels.
def inner_exc():
    yield sys.exc_info()[0]


def outer_exc():
    try:
        raise KeyError
    except KeyError:
        yield from inner_exc()
        yield sys.exc_info()[0]


print(list(outer_exc()))

# StopIteration inside a level is PEP 479's RuntimeError there.
def bad():
    yield 1
    raise StopIteration("x")


def wraps(depth):
    if depth == 0:
        yield from bad()
    else:
        try:
            yield from wraps(depth - 1)
        except RuntimeError as e:
            print("RuntimeError at", depth, e, type(e.__cause__).__name__)
            raise


try:
    print(list(wraps(3)))
except RuntimeError as e:
    print("top:", e)
