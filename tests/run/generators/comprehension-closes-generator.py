# Comprehensions close a fresh generator of an inner `for` clause when an exception leaves them, before the handler runs.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)


def boom(x):
    if x == 1:
        raise ValueError("boom")
    return x


try:
    print([y for x in [1] for y in gen("list") if boom(y)])
except ValueError as e:
    print("caught", e)
try:
    print({y for x in [1] for y in gen("set") if boom(y)})
except ValueError as e:
    print("caught", e)
try:
    print({y: boom(y) for x in [1] for y in gen("dict")})
except ValueError as e:
    print("caught", e)
print([x * 10 for x in gen("exhausted")])
print(sum(x for x in gen("sum")))
print([y for x in [1, 2] for y in gen("nested %d" % x)])
try:
    print(sum(y for x in [1] for y in gen("genexp inner") if boom(y)))
except ValueError as e:
    print("caught", e)
outer = (x for x in gen("genexp closed"))
print(next(outer))
outer.close()
print("after close")
