# Checks class patterns with built-in classes: the subject itself for int(x),
# str(), keyword attributes, exceptions, and the TypeErrors for bad patterns.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(x):
            return f"float {x}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case list([a, *_]):
            return f"list starting {a}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": k}):
            return f"dict k={k}"
        case ValueError(args=(msg,)):
            return f"ValueError {msg}"
        case KeyError() | IndexError():
            return "lookup error " + type(v).__name__
        case _:
            return "other"
for v in [True, -3, 7, 2.5, "", "x", [9, 8], [], (1, 2), {"k": 1}, {"j": 2}, ValueError("bad"), ValueError(1, 2), KeyError(1), IndexError(), None]:
    print(kind(v))
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(e)
try:
    match ValueError(1):
        case ValueError(x):
            pass
except TypeError as e:
    print(e)
try:
    f = len
    match 5:
        case print():
            pass
except TypeError as e:
    print(e)
match 5:
    case int(real=r, imag=i):
        print(r, i)
match 5:
    case int(nope=r):
        print("no")
    case _:
        print("no attribute, no match")
