# A ZeroDivisionError raised inside typed float code (a specialised copy
# of a function) reports the right function names and lines.


def ratio(a, b):
    c = a * 2.0
    return c / b


def run(n):
    total = 0.0
    for i in range(n):
        total += ratio(1.5, 2.0 - i)
    return total


print(run(2))
print(run(3))
