# Checks nested try statements: an inner handler that does not match lets
# the outer one catch, bare `raise` re-raises, and errors raised inside an
# except block propagate outward.
def level(n):
    try:
        try:
            if n == 0:
                raise KeyError("inner")
            if n == 1:
                raise ValueError("middle")
            return "no error"
        except KeyError as e:
            print("inner handler", e)
            raise
        finally:
            print("inner finally", n)
    except KeyError:
        print("outer saw re-raised KeyError")
        return "recovered"
    except ValueError as e:
        print("outer handler", e)
        return "outer"
print(level(0))
print(level(1))
print(level(2))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("bad")
except ValueError as e:
    print("error raised while handling:", e)
depth = 0
try:
    try:
        try:
            raise IndexError("deep")
        finally:
            depth += 1
    finally:
        depth += 1
except IndexError as e:
    print(e, depth)
