# Generators: yield in loops, list(), next(), exhaustion, independent instances.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i


def letters(text):
    for ch in text:
        yield ch.upper()
    yield "!"


print(list(count_up(5)))
print(list(evens(10)))
print("".join(letters("abc")))
g = count_up(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("exhausted", repr(e.value))
try:
    next(g)
except StopIteration:
    print("still exhausted")
a = count_up(2)
b = count_up(2)
print(next(a), next(b), next(a), next(b))
print(type(a).__name__)
print(iter(a) is a)
for x in count_up(0):
    print("never")
else:
    print("empty generator")


def no_yield_reached(flag):
    if flag:
        yield "reached"
    print("body ran")


print(list(no_yield_reached(False)))
print(list(no_yield_reached(True)))
total = 0
for v in count_up(100):
    total += v
print(total)
