# Checks positional, default and keyword arguments, mixing them, and that
# defaults are evaluated once when the def runs.
def greet(name, greeting="Hello", punctuation="!"):
    return greeting + ", " + name + punctuation
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punctuation="?"))
print(greet(punctuation=".", name="Di", greeting="Hey"))
print(greet("Ed", "Yo", "!!!"))
def power(base, exp=2):
    return base ** exp
print(power(3), power(2, 10), power(exp=3, base=2), power(base=5))
LIMIT = 10
def clamp(x, limit=LIMIT):
    if x > limit:
        return limit
    return x
LIMIT = 99
print(clamp(50), clamp(50, 20), clamp(5))
def describe(a, b=None, c=0.5):
    print("a =", a, "b =", b, "c =", c)
describe(1)
describe(1, c=2)
describe(a="x", b=[1])
