# Checks that a `finally` body that raises while a `return`, `break` or
# `continue` (or normal completion) leaves its `try` runs once, and that the
# new exception has no context unless one was being handled.
def on_return():
    try:
        return 1
    finally:
        print("on_return finally")
        {}["x"]


def on_break():
    for i in range(2):
        try:
            break
        finally:
            print("on_break finally", i)
            raise ValueError("from finally")


def on_normal_exit():
    try:
        pass
    finally:
        print("on_normal_exit finally")
        raise IndexError("normal path")


def while_handling():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            return 5
        finally:
            print("while_handling finally")
            raise ValueError("second")


def nested():
    try:
        try:
            return "inner"
        finally:
            print("nested inner finally")
            raise ValueError("v")
    except ValueError:
        print("nested handler")
    finally:
        print("nested outer finally")
    return "nested end"


for func in [on_return, on_break, on_normal_exit, while_handling]:
    try:
        func()
    except LookupError as e:
        print("caught", repr(e), "context", repr(e.__context__))
    except ValueError as e:
        print("caught", repr(e), "context", repr(e.__context__))
print(nested())
