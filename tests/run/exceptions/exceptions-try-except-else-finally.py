# Checks the order in which try, except, else and finally blocks run, with
# and without an exception, and finally running when the error escapes.
def attempt(x):
    try:
        print("try", x)
        result = 10 // x
    except ZeroDivisionError:
        print("except")
        result = None
    else:
        print("else", result)
    finally:
        print("finally")
    return result
print(attempt(2))
print(attempt(0))
def escapes():
    try:
        raise ValueError("escaping")
    finally:
        print("cleanup before propagation")
try:
    escapes()
except ValueError as e:
    print("caught", e)
try:
    pass
finally:
    print("finally without except")
try:
    x = int("7")
except ValueError:
    print("not reached")
else:
    print("parsed", x)
