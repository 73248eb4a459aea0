# `async with` (exceptions seen and suppressed by __aexit__, return/break
# through it) and `async for` (else clause, break, exceptions from __anext__),
# with CPython's errors for objects lacking the protocols.


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress


class AIt:
    def __init__(self, n, fail_at=None):
        self.n = n
        self.i = 0
        self.fail_at = fail_at

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i == self.fail_at:
            raise KeyError(self.i)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def early():
    async with CM("r"):
        return "returned"


async def main():
    async with CM("a", suppress=True) as v:
        print("in", v)
        raise ValueError("x")
    try:
        async with CM("b") as v, CM("c") as w:
            print("in", v, w)
            raise ValueError("y")
    except ValueError as e:
        print("propagated", e)
    print(await early())
    async for i in AIt(3):
        print("i", i)
    else:
        print("else")
    async for i in AIt(5):
        if i == 2:
            break
        print("j", i)
    else:
        print("not printed")
    for k in range(2):
        async with CM("loop"):
            if k == 0:
                continue
            print("second")
    try:
        async for i in AIt(5, fail_at=1):
            print("k", i)
    except KeyError as e:
        print("KeyError", e)
    for obj in [1, CM("z")]:
        try:
            async for i in obj:
                pass
        except TypeError as e:
            print(e)
    try:
        async with 5:
            pass
    except TypeError as e:
        print(e)

    class NoExit:
        async def __aenter__(self):
            return 1

    try:
        async with NoExit():
            pass
    except TypeError as e:
        print(e)

    class SyncEnter:
        def __aenter__(self):
            return 1

        def __aexit__(self, *a):
            return 2

    try:
        async with SyncEnter():
            pass
    except TypeError as e:
        print(e)

    class BadNext:
        def __aiter__(self):
            return self

        def __anext__(self):
            return 7

    try:
        async for i in BadNext():
            pass
    except TypeError as e:
        print(e)
    return "end"


try:
    main().send(None)
except StopIteration as e:
    print(e.value)
