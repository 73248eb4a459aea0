# Checks len on every sized type and min/max/sum/abs on mixed numbers.
print(len("hello"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(""))
print(min(4, 2, 8), max(4, 2, 8), min([1.5, -2]), max("abc", "abd"), min((9, 3), (9, 2)))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([], 7), sum(range(5), 100))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-(2 ** 80)), abs(True), abs(-0.0))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
