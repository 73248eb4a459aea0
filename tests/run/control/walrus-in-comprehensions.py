# Checks assignment expressions inside comprehensions, which bind in the
# enclosing function or module (through a cell), and closures created inside
# match cases.
def running(values):
    total = 0
    sums = [total := total + v for v in values]
    return sums, total
print(running([1, 2, 3]))
data = [4, 8, 15]
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
def last_match(words):
    found = [hit := w for w in words if w.startswith("b")]
    return found, hit
print(last_match(["apple", "banana", "blueberry"]))
def closure_in_case(command):
    match command:
        case [name, *args]:
            return [lambda a=a: f"{name}({a})" for a in args]
    return []
print([f() for f in closure_in_case(["run", 1, 2])])
