# Checks CPython's SyntaxError for an assignment expression that rebinds a
# comprehension's iteration variable, in the element and in a condition.
data = [1, 2, 3]
print([x := 0 for x in data])  # error: [syntax-error]
print([y for y in data if (y := 2)])  # error: [syntax-error]
print([(z := w) for w in data], z)
