# Calls of nested functions by name (bound statically when the name is bound
# once): calls before the def runs, names rebound later or through
# nonlocal, keyword arguments, errors that fall back to the generic call.


def before_def():
    try:
        helper(1)
    except UnboundLocalError as exc:
        print(exc)

    def helper(x):
        return x * 2

    return helper(21)


print(before_def())


def rebound_by_nonlocal():
    def action():
        return "first"

    def swap():
        nonlocal action
        action = lambda: "second"

    results = [action()]
    swap()
    results.append(action())
    return results


print(rebound_by_nonlocal())


def rebound_in_loop():
    def step():
        return 0

    out = []
    for value in range(3):
        out.append(step())

        def step():
            return value

    return out


print(rebound_in_loop())


def keywords_and_errors():
    base = 10

    def combine(a, b, *, scale):
        return (a + b) * scale + base

    print(combine(1, 2, scale=3), combine(b=1, a=2, scale=1))
    for thunk in [lambda: combine(1, 2), lambda: combine(1, 2, 3, scale=1), lambda: combine(1, b=2, c=3, scale=1)]:
        try:
            thunk()
        except TypeError as exc:
            print(exc)


keywords_and_errors()


def deep(n):
    def walk(k):
        return 0 if k == 0 else 1 + walk(k - 1)

    return walk(n)


print(deep(500))
