# asyncio.TaskGroup (3.11): results of the tasks it made, the first failure
# cancelling the siblings and the body, the failures leaving as one
# ExceptionGroup caught with except*.
import asyncio


async def job(name, steps, fail=False):
    try:
        for _ in range(steps):
            await asyncio.sleep(0)
        if fail:
            raise ValueError(f"{name} failed")
        return name
    except asyncio.CancelledError:
        print("cancelled", name)
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 2))
        b = tg.create_task(job("b", 1))
    print(a.result(), b.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("ok", 5))
            tg.create_task(job("bad", 1, fail=True))
            tg.create_task(job("bad2", 1, fail=True))
            await asyncio.sleep(1)
            print("not reached")
    except* ValueError as group:
        print("errors", sorted(str(e) for e in group.exceptions))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("inner", 3))
            raise KeyError("body")
    except* KeyError as group:
        print("body error", [repr(e) for e in group.exceptions])
    print(asyncio.current_task().cancelling())


asyncio.run(main())
