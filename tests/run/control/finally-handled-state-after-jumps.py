# Checks the exception being handled (sys.exception) after return, break and
# continue leave try/except/finally blocks, and finally ordering in loops.
import sys
def a():
    try:
        raise ValueError("v")
    finally:
        return sys.exception()
print(repr(a()), sys.exception())
def b():
    for i in range(2):
        try:
            raise KeyError(i)
        except KeyError:
            break
    return sys.exception()
print(b())
def c():
    for i in range(3):
        try:
            try:
                raise KeyError(i)
            finally:
                if i < 2:
                    continue
        except KeyError as e:
            return "caught", e, sys.exception() is e
    return "end"
print(c())
def d():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            return "inner"
        finally:
            print("in finally, handling", repr(sys.exception()))
print(d(), sys.exception())
def e():
    x = []
    for i in range(3):
        try:
            x.append(i)
            if i == 1:
                return x
        finally:
            x.append("f")
            if i == 1:
                break
    return ("after loop", x)
print(e())
def f():
    try:
        try:
            raise ValueError("first")
        finally:
            try:
                raise KeyError("second")
            except KeyError as k:
                print("context of second:", repr(k.__context__))
    except ValueError as v:
        print("outer got", repr(v))
f()
def g():
    while True:
        try:
            try:
                1/0
            except ZeroDivisionError:
                raise
            finally:
                break
        except Exception:
            print("never")
    return sys.exception()
print(g())
def h(n):
    try:
        if n:
            raise ValueError(n)
        return "no error"
    except ValueError as err:
        return f"error {err}"
    finally:
        print("h finally", n)
print(h(0), h(1))
def i():
    try:
        pass
    finally:
        pass
    try:
        return 1
    except Exception:
        return 2
    else:
        return 3
print(i())
def j():
    for k in range(3):
        try:
            continue
        finally:
            print("j", k)
j()
def k():
    r = []
    try:
        for x in range(3):
            try:
                if x == 1:
                    raise ValueError
            except ValueError:
                r.append("caught")
                continue
            else:
                r.append("else")
            finally:
                r.append("fin")
    finally:
        r.append("outer")
    return r
print(k())
