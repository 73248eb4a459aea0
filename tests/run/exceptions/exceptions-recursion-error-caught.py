# Checks that unbounded recursion raises RecursionError, which can be
# caught, after which the program keeps working normally.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("caught RecursionError:", e)
def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)
print(countdown(500))
try:
    forever(0)
except RuntimeError as e:
    print("RecursionError is a RuntimeError:", isinstance(e, RecursionError))
print("still running")
