# Generators: exceptions inside generators, except blocks spanning yields, bare raise after resume.
def handler_spans_yield():
    try:
        raise KeyError("original")
    except KeyError:
        yield "in handler"
        raise


g = handler_spans_yield()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("re-raised", repr(e))


def fails_later():
    yield 1
    yield 1 / 0


f = fails_later()
print(next(f))
try:
    next(f)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(f, "finished after error"))


def context_chain():
    try:
        yield 1
    except ValueError:
        raise TypeError("while handling")


c = context_chain()
next(c)
try:
    c.throw(ValueError("first"))
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))


def try_else_finally():
    try:
        x = yield "try"
    except ValueError:
        yield "except"
    else:
        yield "else got %s" % x
    finally:
        yield "finally"


print(list(try_else_finally()))
t = try_else_finally()
print(next(t), t.send("sent"), next(t), next(t, "end"))
t = try_else_finally()
print(next(t), t.throw(ValueError), next(t), next(t, "end"))


def caller_exception_not_seen():
    try:
        yield 1
    except Exception:
        yield "inner saw it"


d = caller_exception_not_seen()
next(d)
try:
    raise IndexError("outside")
except IndexError:
    print(next(d, "no exception reached the generator"))


def unbound_after_yield(flag):
    if flag:
        value = "set"
    yield 1
    yield value


u = unbound_after_yield(False)
next(u)
try:
    next(u)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(list(unbound_after_yield(True)))
