# Checks exception args/str/repr with 0, 1, 2 arguments, modified args on
# re-raise, nested try in loops with continue/break, exceptions in else,
# finally overriding, context chains, raise from classes and bad causes.
for e in [ValueError(), ValueError("a"), ValueError("a", 2), KeyError(), KeyError("k"), KeyError("k", 1), KeyError(1),
          IndexError("i"), Exception(None), Exception(""), Exception(("t",)), StopIteration(5), SystemExit(3)]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError("x")
e.args = ("y", 1)
print(e, repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.args = ("changed",)
        raise
except ZeroDivisionError as z2:
    print("reraised", z2)
def nested():
    for i in range(4):
        try:
            try:
                if i % 2:
                    raise ValueError(i)
                print("ok", i)
            except ValueError as v:
                print("inner caught", v)
                if i == 3:
                    raise TypeError("from inner") from v
                continue
            else:
                print("else", i)
            finally:
                print("inner finally", i)
        except TypeError as t:
            print("outer", t, "cause", repr(t.__cause__), "ctx", repr(t.__context__))
            break
    else:
        print("no break")
    return "done"
print(nested())
def exc_in_else():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
try:
    exc_in_else()
except ValueError as e:
    print("caught", e)
def finally_override():
    try:
        raise ValueError("lost")
    finally:
        raise KeyError("wins")
try:
    finally_override()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def ctx_chain():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError:
            raise IndexError(3)
try:
    ctx_chain()
except IndexError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
e = RuntimeError("r")
e.__cause__ = ValueError("c")
print(e.__suppress_context__, repr(e.__cause__))
try:
    raise ValueError from KeyError
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
def loop_ret():
    while True:
        try:
            return "try"
        finally:
            print("cleanup")
print(loop_ret())
def count():
    n = 0
    for i in range(5):
        try:
            if i == 3:
                break
        finally:
            n += 1
    return n
print(count())
x = 0
while x < 3:
    x += 1
    try:
        if x == 2:
            continue
        print("x", x)
    except Exception:
        pass
    finally:
        print("fin x", x)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise KeyError("a") from None
except KeyError as e:
    print(e.__suppress_context__, e.__cause__)
