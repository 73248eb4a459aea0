# Generators: throw() in its one- and three-argument forms.
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught ValueError", e.args)
        except KeyError:
            print("caught KeyError")
            return "stopped"


c = catcher()
print(next(c))
print(c.throw(ValueError("bad")))
print(c.throw(ValueError, "three", None))
print(c.throw(ValueError, ("a", "b")))
try:
    c.throw(KeyError)
except StopIteration as e:
    print("returned", e.value)

try:
    c.throw(IndexError("after end"))
except IndexError as e:
    print("finished generator re-raises", e)


def plain():
    yield 1
    yield 2


p = plain()
try:
    p.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted:", e)
print(list(p))

q = plain()
next(q)
try:
    q.throw(TypeError, TypeError("instance"))
except TypeError as e:
    print("propagated:", e)
print(next(q, "closed after throw"))

r = plain()
try:
    r.throw(5)
except TypeError as e:
    print(e)
try:
    r.throw(ValueError("x"), "y")
except TypeError as e:
    print(e)


def with_finally():
    try:
        yield 1
    finally:
        print("finally ran")


w = with_finally()
next(w)
try:
    w.throw(ZeroDivisionError)
except ZeroDivisionError as e:
    print("after finally:", type(e).__name__)
