# Checks assignment expressions inside lambdas, which bind in the lambda
# itself, and a walrus in a lambda's default (bound in the enclosing scope).
square_plus = lambda v: (s := v * v) + s
print(square_plus(3))
def make(k):
    return lambda x, y=(seed := k * 10): (t := x + y) * 2 + seed + t
f = make(2)
print(f(1), f(1, 2))
seen = []
record = lambda item: seen.append(last := item) or last
print([record(c) for c in "abc"], seen)
try:
    s
except NameError as err:
    print(err)
