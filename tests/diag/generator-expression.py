# Checks that a generator expression is rejected, at the expression
# (list, set and dict comprehensions compile).
squares = [n * n for n in range(5)]
total = sum(n for n in range(5))  # error: [unsupported-feature]
