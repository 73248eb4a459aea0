# Checks match statements with literal, capture, OR, AS, sequence (with star),
# mapping (with **rest) patterns and guards, capture binding when a pattern
# fails part way, and assignment expressions in conditions and loops.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case None:
            return "none"
        case True:
            return "true"
        case "hello" | "hi" as greeting:
            return "greeting " + greeting
        case [] :
            return "empty seq"
        case [a]:
            return f"one {a}"
        case [a, b] if a == b:
            return f"pair same {a}"
        case [a, b]:
            return f"pair {a} {b}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case {"cmd": "go", "dir": d}:
            return f"go {d}"
        case {"cmd": c, **others}:
            return f"cmd {c} others {others}"
        case {}:
            return "some dict"
        case _:
            return "other"
for v in [0, 2, None, True, False, "hi", "hello", "x", [], (), [1], (5,), [1, 1], [1, 2], (1, 2, 3, 4), range(3), "ab", b"ab",
          {"cmd": "go", "dir": "north"}, {"cmd": "stop", "x": 1, "y": 2}, {"a": 1}, {}, 1.0, 3.5]:
    print(repr(v), "->", describe(v))
def tail(x):
    match x:
        case [*init, last]:
            return init, last
        case _:
            return None
print(tail([1, 2, 3]), tail([7]), tail([]), tail((1, 2)))
def mid(x):
    match x:
        case [a, *_, b]:
            return a, b
        case [*_]:
            return "short"
print(mid([1, 2, 3, 4]), mid([1]), mid(range(10)))
# capture binding after failure
y = "unset"
match [1, 2]:
    case [y, 3]:
        pass
    case _:
        pass
print(y)
match [1, 2]:
    case [y, 2] if y > 5:
        print("no")
    case _:
        print("guard failed, y =", y)
# walrus
data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print("long", n)
i = 0
while (chunk := data[i:i+2]):
    print(chunk)
    i += 2
print((z := 10) + z)
def f(seq):
    total = 0
    while (k := len(seq)) > 0:
        total += seq.pop()
    return total, k
print(f([1, 2, 3]))
