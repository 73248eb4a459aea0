# Checks handler selection by base class and tuples (also from a variable),
# deep recursion through finally caught as RecursionError, bad except types.
import sys
depth = 0
def down(n):
    global depth
    try:
        depth = n
        return down(n + 1)
    finally:
        pass
try:
    down(0)
except RecursionError as e:
    print("RecursionError", e, depth > 900)
def fact(n):
    if n < 0:
        raise ValueError("negative")
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
for v in [5, -1]:
    try:
        print(fact(v))
    except ValueError as e:
        print("error", e)
def gen_errors():
    errors = []
    for exc_type in [ValueError, TypeError, KeyError, IndexError, ZeroDivisionError, AttributeError, NameError, RuntimeError]:
        try:
            raise exc_type("msg")
        except (LookupError, ArithmeticError) as e:
            errors.append(("lookup/arith", type(e).__name__))
        except Exception as e:
            errors.append(("other", type(e).__name__, str(e)))
    return errors
print(gen_errors())
try:
    {}["x"]
except LookupError as e:
    print(type(e).__name__, e)
try:
    [][1]
except LookupError as e:
    print(type(e).__name__, e)
try:
    int("x")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    undefined_thing
except NameError as e:
    print(e)
kinds = (ValueError, TypeError)
try:
    raise TypeError("t")
except kinds as e:
    print("tuple from variable", e)
try:
    try:
        raise ValueError("x")
    except 5:
        pass
except TypeError as e:
    print(e)
