# Generators: yield from forwards throw() and close() to the subgenerator.
def inner():
    try:
        while True:
            try:
                yield "inner"
            except ValueError as e:
                print("inner caught", e)
    finally:
        print("inner finally")


def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")


g = outer()
print(next(g))
print(g.throw(ValueError("one")))
print(g.throw(ValueError("two")))
g.close()
print("closed")

h = outer()
next(h)
try:
    h.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", e)


def inner_returns():
    try:
        yield 1
    except ValueError:
        return "handled"


def outer_returns():
    value = yield from inner_returns()
    print("outer resumed with", value)
    yield "after"


o = outer_returns()
next(o)
print(o.throw(ValueError))


def outer_catches():
    try:
        yield from inner_returns()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "recovered"


c = outer_catches()
next(c)
print(c.throw(KeyError("k")))


def over_list():
    try:
        yield from [1, 2, 3]
    except IndexError:
        yield "caught in outer"


l = over_list()
print(next(l))
print(l.throw(IndexError))
print(l.gi_yieldfrom)
