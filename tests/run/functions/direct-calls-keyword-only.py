# Module functions with keyword-only and positional-only parameters called
# by name (bound at compile time): defaults, keywords in any order, and the
# calls that do not fit raising CPython's errors.


def area(width, height=1, /, *, scale=1, unit):
    return f"{width * height * scale}{unit}"


print(area(2, unit="m"), area(2, 3, unit="cm", scale=10), area(4, 5, unit="", scale=2))


def clamp(value, *, low=0, high=10):
    return max(low, min(high, value))


print(clamp(15), clamp(-3), clamp(5, high=4), clamp(5, low=7, high=9))
for thunk in [
    lambda: area(2),
    lambda: area(width=2, unit="m"),
    lambda: clamp(1, 2),
    lambda: clamp(1, middle=3),
    lambda: clamp(value=1, value2=2),
]:
    try:
        thunk()
    except TypeError as exc:
        print(exc)
