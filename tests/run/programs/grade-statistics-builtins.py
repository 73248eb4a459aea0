# A grade book: statistics with builtins (sorted keys, map, filter, zip, divmod, round), set and dict operators, str and list methods, reprs
students = {
    "ann": [90, 85, 77.5], "bob": [60, 72, 58], "cy": [100, 95, 98], "dee": [], "eve": [88, 91, 79],
}
def mean(xs):
    return sum(xs) / len(xs) if xs else float("nan")
def median(xs):
    s = sorted(xs)
    n = len(s)
    if not n:
        raise ValueError("median of empty data")
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2
def grade(avg):
    for cutoff, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return letter
    return "F"
report = {}
for name, scores in students.items():
    try:
        report[name] = (round(mean(scores), 2), median(scores), grade(mean(scores)))
    except ValueError as e:
        report[name] = (None, None, f"n/a: {e}")
for name in sorted(report, key=lambda n: (report[n][0] is None, -(report[n][0] or 0))):
    avg, med, g = report[name]
    print(f"{name:>5} | {avg if avg is not None else '-':>6} | {med!s:>5} | {g}")
all_scores = [s for xs in students.values() for s in xs]
print(len(all_scores), min(all_scores), max(all_scores), round(mean(all_scores), 3), median(all_scores))
print(sorted(students, key=lambda n: len(students[n])), max(students, key=lambda n: sum(students[n])))
print(list(map(str.upper, filter(lambda n: len(n) == 3, students))), any([not v for v in []]), all([s > 50 for s in all_scores]))
print(dict(zip("abc", range(3))), list(enumerate("xy", 10)), list(reversed(range(0, 10, 3))), divmod(-17, 5), divmod(17.5, 4))
print(int("ff", 16), int("0b101", 0), hex(255), oct(8), bin(-5), f"{255:#06x}", int(" 42 "), float("1e-3"), round(2.675, 2), round(-0.5), round(1.5))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a >= {1, 2}, frozenset([1, 2]) == {1, 2}, {1: 2}.keys() & {1, 3})
lst = [5, 3, 8, 3, 1]
lst.insert(2, 7); lst.remove(3); print(lst, lst.index(8), lst.count(3), lst[::-2], lst.pop(), lst.pop(0), lst)
d = {"x": 1, "y": 2, "z": 3}
print(d.popitem(), d.pop("x"), d.pop("q", "dflt"), d, dict.fromkeys("ab", 0), {**d, "w": 9}, d | {"y": 20})
text = "Hello, World! Hello!"
print(text.count("Hello"), text.find("World"), text.rfind("Hello"), text.replace("Hello", "Bye", 1), text[::-1], text.lower().split(", "), text.startswith(("He", "x")), text.title(), text.swapcase(), "a-b-c".rsplit("-", 1), "  x y  ".split(), "é".encode(), "tab\there".expandtabs(4))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [sum(c) for c in zip(*matrix)], [[x * y for x, y in zip(r, r[1:])] for r in matrix], sorted([(-1, "b"), (-1, "a"), (0, "c")]))
nested = {"a": [1, {"b": (2, 3)}], "c": None, "d": "q'uote", "e": 1.0, "f": True}
print(nested, repr("it's \"x\""), str(1e16), 1e-5, 1/3, 2**100, -7 // 2, -7 % 2, 7.0 // 2, 10 / 4, 3 * "ab", [0] * 3)
