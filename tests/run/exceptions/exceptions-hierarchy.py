# Checks that except clauses match subclasses: LookupError catches
# IndexError and KeyError, ArithmeticError catches ZeroDivisionError,
# Exception catches them all, and the first matching clause wins.
def trigger(n):
    if n == 0:
        return [][1]
    if n == 1:
        return {}[1]
    if n == 2:
        return 1 // 0
    if n == 3:
        raise NotImplementedError("not done yet")
    raise Exception("plain")
for n in range(5):
    try:
        trigger(n)
    except LookupError as e:
        print(n, "LookupError", repr(e))
    except ArithmeticError as e:
        print(n, "ArithmeticError", repr(e))
    except RuntimeError as e:
        print(n, "RuntimeError", repr(e))
    except Exception as e:
        print(n, "Exception", repr(e))
try:
    raise KeyError("k")
except Exception:
    print("Exception catches KeyError")
except KeyError:
    print("never: the first matching clause wins")
try:
    raise OverflowError("big")
except BaseException as e:
    print("BaseException catches", repr(e))
print(isinstance(KeyError(), LookupError), isinstance(ZeroDivisionError(), ArithmeticError), isinstance(RecursionError(), RuntimeError))
