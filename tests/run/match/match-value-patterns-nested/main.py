# Checks value patterns with dotted names from a module, literals of each
# kind (negative, float, concatenated strings, bytes, True vs 1), tuple
# subjects, nested sequence and mapping patterns, str as a non-sequence.
import colors
import sys
def f(v):
    match v:
        case colors.RED:
            return "is red"
        case colors.GREEN:
            return "is green"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "a" "b":
            return "ab"
        case b"x":
            return "bytes x"
        case True:
            return "True"
        case 1:
            return "one"
        case _:
            return "?"
for v in ["red", 2, 2.0, -1, 1.5, "ab", b"x", True, 1, 1.0, False, 0]:
    print(repr(v), f(v))
def pair(x, y):
    match x, y:
        case 0, 0:
            return "origin"
        case (0, _) | (_, 0):
            return "axis"
        case (a, b) if a == b:
            return "diagonal"
        case _:
            return "plane"
print(pair(0, 0), pair(0, 5), pair(3, 0), pair(2, 2), pair(1, 2))
def m(v):
    match v:
        case {"a": 1}:
            return "dict a=1"
        case {1: x}:
            return f"int key {x}"
        case {None: n}:
            return f"none key {n}"
        case [[a, b], [c, *d]]:
            return f"nested {a} {b} {c} {d}"
        case [1, [2, [3, x]]]:
            return f"deep {x}"
        case ([a, b] as whole, *tail) if tail:
            return f"whole {whole} tail {tail}"
        case _:
            return "no"
for v in [{"a": 1, "b": 2}, {"a": 2}, {1: "one"}, {None: 0}, [[1, 2], [3]], [[1, 2], [3, 4, 5]], [1, [2, [3, 4]]], [[1, 2], 3], [1, 2, 3], "abc", [[1, 2]]]:
    print(m(v))
match sys.maxsize:
    case int(n) if n > 2 ** 62:
        print("big maxsize")
count = 0
for word in "the quick brown fox".split():
    match len(word):
        case 3:
            count += 1
        case n:
            print("other length", n)
print(count)
match []:
    case ():
        print("empty tuple pattern matches empty list")
match (1, 2, 3):
    case [1, *_]:
        print("list pattern matches tuple")
match "abc":
    case [*chars]:
        print("str is a sequence?", chars)
    case str():
        print("str is not a sequence pattern subject")
