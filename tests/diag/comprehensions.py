# Checks that every kind of comprehension is
# rejected, each at its own expression.
squares = [n * n for n in range(5)]  # error: [unsupported-feature]
evens = {n for n in range(5) if n % 2 == 0}  # error: [unsupported-feature]
table = {n: n * 2 for n in range(5)}  # error: [unsupported-feature]
