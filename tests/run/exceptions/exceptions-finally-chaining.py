# Checks that while `finally` runs for an exception, that exception is being
# handled: a new exception chains to it as its context, and the original
# continues after a normal `finally`, or is swallowed by `return`.
def raise_in_finally():
    try:
        raise KeyError("first")
    finally:
        raise TypeError("second")


try:
    raise_in_finally()
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))


def swallow():
    try:
        raise ValueError("gone")
    finally:
        return "swallowed"


print(swallow())


def nested():
    try:
        try:
            raise IndexError("inner")
        finally:
            print("inner finally")
    except IndexError as e:
        print("caught", e, e.__context__)
    finally:
        print("outer finally")


nested()
try:
    try:
        1 / 0
    finally:
        print("cleanup")
except ZeroDivisionError as e:
    print("after finally:", e)
