# Generators: close() raises GeneratorExit at the yield and runs finally blocks.
def resource(name):
    print("open", name)
    try:
        yield 1
        yield 2
    finally:
        print("close", name)


r = resource("a")
print(next(r))
print(r.close())
print(r.close())
print(next(r, "exhausted after close"))

u = resource("unstarted")
u.close()
print("unstarted close runs nothing")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        return "value is dropped"


x = returns_on_exit()
next(x)
print(x.close())


def raises_on_exit():
    try:
        yield 1
    finally:
        raise ValueError("from finally")


y = raises_on_exit()
next(y)
try:
    y.close()
except ValueError as e:
    print("close raised", e)


def nested_finally():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


n = nested_finally()
next(n)
n.close()
done = resource("done")
print(list(done))
done.close()
print("closing a finished generator is a no-op")
