# Asynchronous comprehensions inside async functions: list/set/dict
# comprehensions with `async for` clauses or `await` in the element, the
# condition or an inner clause, nested ones, mixed with plain `for` clauses.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    print([x async for x in agen(4)])
    print([await double(x) for x in range(3)])
    print({x: await double(x) async for x in agen(3) if x != 1})
    print({await double(x) for x in [1, 1, 2]})
    print([[y async for y in agen(x)] for x in range(3)])
    print([(x, y) async for x in agen(2) for y in range(2)])
    print([x for x in range(2) if await double(x)])

asyncio.run(main())
