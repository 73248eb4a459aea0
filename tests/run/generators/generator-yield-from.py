# Generators: yield from delegates iteration and send, and returns the subgenerator's value.
def inner(n):
    for i in range(n):
        yield i
    return "inner done %d" % n


def outer():
    result = yield from inner(2)
    print("outer got", result)
    result = yield from inner(1)
    print("outer got", result)
    yield from [10, 20]
    yield from "ab"
    yield from range(3)
    return "outer done"


print(list(outer()))
g = outer()
while True:
    try:
        print("item", next(g))
    except StopIteration as e:
        print("stop", e.value)
        break


def adder():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def delegator():
    first = yield from adder()
    print("first total", first)
    second = yield from adder()
    return first + second


d = delegator()
print(next(d))
print(d.send(1))
print(d.send(2))
print(d.send(None))
print(d.send(10))
try:
    d.send(None)
except StopIteration as e:
    print("grand total", e.value)



def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))


def empty():
    return "nothing"
    yield


def uses_empty():
    value = yield from empty()
    yield value


print(list(uses_empty()))
