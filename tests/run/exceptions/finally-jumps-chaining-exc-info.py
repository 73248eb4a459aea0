# Checks return/break/continue in finally discarding the pending exception,
# __cause__/__context__/__suppress_context__, exception args and reprs,
# sys.exc_info/sys.exception, del of items and slices, assert messages.
def f():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
            if i == 2:
                return "ret-fin"
    return "end"
print(f())
def g():
    try:
        raise ValueError("x")
    finally:
        return 5
print(g())
def h():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i
print(h())
def k():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            continue
        finally:
            print("k fin", i)
    return i
print(k())
def m():
    try:
        return 1
    finally:
        return 2
print(m())
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise TypeError("b") from None
except TypeError as t:
    print(repr(t.__cause__), t.__suppress_context__, repr(t.__context__))
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise TypeError("b")
except TypeError as t:
    print(repr(t.__cause__), t.__suppress_context__, repr(t.__context__))
e = ValueError(1, 2)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError()), str(KeyError("k")), repr(KeyError("k")))
e2 = e.with_traceback(None)
print(e2 is e)
import sys
try:
    raise IndexError("i")
except IndexError:
    t, v, tb = sys.exc_info()
    print(t, v)
print(sys.exc_info())
x = [1,2,3,4,5]
del x[1:3]
print(x)
d = {1: 2, 3: 4}
del d[1], x[0]
print(d, x)
try:
    del d[9]
except KeyError as e:
    print(repr(e))
assert True, "no"
try:
    assert 1 == 2, "msg %d" % 3
except AssertionError as e:
    print(e.args)
if __name__ == "__main__":
    print("main")
try:
    raise KeyError("k")
except KeyError:
    print(repr(sys.exception()))
print(sys.exception())
