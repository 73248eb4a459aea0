# Checks that `yield` and `yield from` at module level are syntax errors.
x = yield 5  # error: [syntax-error]
yield from [1]  # error: [syntax-error]
