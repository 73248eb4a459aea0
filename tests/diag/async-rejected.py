# Checks what stays rejected around async code: `await`, `async for` and
# `async with` outside an async function are syntax errors, as is
# `yield from` in one, as are asynchronous comprehensions outside one;
# asynchronous generator expressions are not compiled yet.
def plain(x):
    await x  # error: [syntax-error]
    async for y in x:  # error: [syntax-error]
        pass
    async with x:  # error: [syntax-error]
        pass


async def agen(x):
    yield from x  # error: [syntax-error]


async def comprehensions(xs):
    a = (await x for x in xs)  # error: [unsupported-feature]
    b = (x async for x in xs)  # error: [unsupported-feature]
    return a, b


def plain_comprehensions(xs):
    a = [x async for x in xs]  # error: [syntax-error]
    b = [await x for x in xs]  # error: [syntax-error]
    return a, b
