# Checks if/elif/else chains, nested ifs, and conditions of every type
# (ints, strings, containers, None, comparisons combined with and/or/not).
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 7, 42, 1000]:
    print(n, classify(n))
for value in [0, 1, "", "x", [], [0], None]:
    if value:
        print(repr(value), "is true")
    else:
        print(repr(value), "is false")
x = 15
if x % 3 == 0:
    if x % 5 == 0:
        print("fizzbuzz")
    else:
        print("fizz")
if not x > 20 and (x > 10 or x < 0):
    print("between")
if x:
    pass
print("end")
