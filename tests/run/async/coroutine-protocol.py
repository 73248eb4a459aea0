# Coroutine objects: type name, __name__/__qualname__, send/throw/close, values
# returned through StopIteration, reuse after completion, __await__ wrappers,
# awaiting objects with __await__, and CPython's errors for non-awaitables.
import types


async def add(a, b):
    return a + b


async def main():
    x = await add(1, 2)
    print("x", x)
    return x * 10


c = main()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)


class Fut:
    def __await__(self):
        v = yield "suspended"
        return v + 1


async def waiter():
    r = await Fut()
    print("got", r)
    return r


w = waiter()
print(w.send(None))
print(type(w.cr_await).__name__)
try:
    w.send(41)
except StopIteration as e:
    print("done", e.value)


async def bad(value):
    await value


for value in [3, "s", None]:
    try:
        bad(value).send(None)
    except TypeError as e:
        print("TypeError", e)


class BadAwait:
    def __await__(self):
        return 5


class CoroAwait:
    def __await__(self):
        self.coro = add(1, 2)
        return self.coro


for value in [BadAwait(), CoroAwait()]:
    try:
        bad(value).send(None)
    except TypeError as e:
        print("TypeError", e)
value.coro.close()

# throw and close
async def guarded():
    try:
        await Fut()
    except KeyError as e:
        print("caught", repr(e))
        return "recovered"
    finally:
        print("finally")


g = guarded()
g.send(None)
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("throw result", e.value)
g = guarded()
g.send(None)
print(g.close())
g = guarded()
try:
    g.send(1)
except TypeError as e:
    print(e)
g.close()

# __await__ gives an iterator over the coroutine
it = add(2, 3).__await__()
try:
    next(it)
except StopIteration as e:
    print("wrapper", e.value)

# a coroutine is not iterable
c = add(1, 1)
try:
    iter(c)
except TypeError as e:
    print(e)
c.close()

# methods and nested coroutine functions
class Service:
    def __init__(self, base):
        self.base = base

    async def compute(self, n):
        async def inner(k):
            return self.base + k
        total = 0
        for i in range(n):
            total += await inner(i)
        return total


try:
    Service(10).compute(4).send(None)
except StopIteration as e:
    print("service", e.value)
c = add(1, 2)
print(isinstance(c, types.CoroutineType), isinstance(c, types.GeneratorType))
c.close()
