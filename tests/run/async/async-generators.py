# Asynchronous generators: async for over them, __anext__/asend/athrow/aclose,
# StopAsyncIteration when exhausted, awaits inside them passing through.


class Step:
    def __await__(self):
        yield "tick"
        return "stepped"


async def agen(n):
    for i in range(n):
        r = await Step()
        yield i * 2, r


async def echo():
    received = None
    try:
        while True:
            received = yield received
    except ValueError as e:
        yield f"caught {e}"
    finally:
        print("echo finally")


def drive(coro):
    """Run a coroutine to the end, answering its ticks."""
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks


async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    print(out)
    g = agen(5)
    print(type(g).__name__, g.__name__, g.ag_running)
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stopped")
    e = echo()
    print(await e.asend(None))
    print(await e.asend("hello"))
    print(await e.athrow(ValueError("bad")))
    await e.aclose()
    print(type(e.__anext__()).__name__, type(e.aclose()).__name__)
    return "consumed"


print(drive(consume()))
