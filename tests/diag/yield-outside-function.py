# Checks that `yield` and `yield from` at module level and inside
# comprehensions and generator expressions are syntax errors.
x = yield 5  # error: [syntax-error]
yield from [1]  # error: [syntax-error]
def f(items):
    a = [(yield x) for x in items]  # error: [syntax-error]
    b = list((yield x) for x in items)  # error: [syntax-error]
    return {x: (yield) for x in items}  # error: [syntax-error]
