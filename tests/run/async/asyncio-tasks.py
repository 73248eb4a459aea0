# asyncio tasks and primitives in a small service shape: bounded queues with
# several workers, a Semaphore limiting concurrency, done callbacks, task
# names, cancellation of gather, wait(FIRST_COMPLETED), futures resolved by
# timers, shield, Condition, and an exception escaping asyncio.run.
import asyncio


async def handle(request, sem, active, log):
    async with sem:
        active.append(request)
        log.append(f"start {request} active={len(active)}")
        for _ in range(request % 3):
            await asyncio.sleep(0)
        active.remove(request)
        log.append(f"end {request}")
        return request * request


async def worker(name, queue, results):
    while True:
        item = await queue.get()
        try:
            if item is None:
                return name
            await asyncio.sleep(0)
            results.append((name, item))
        finally:
            queue.task_done()


async def main():
    sem = asyncio.Semaphore(2)
    log = []
    values = await asyncio.gather(*(handle(r, sem, [], log) for r in range(5)))
    print(values)
    print(log)

    queue = asyncio.Queue(maxsize=2)
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, results), name=f"worker-{i}")
               for i in range(3)]
    print([w.get_name() for w in workers])
    for item in range(7):
        await queue.put(item)
    await queue.join()
    for _ in workers:
        await queue.put(None)
    print(await asyncio.gather(*workers))
    print(results)

    done_log = []
    task = asyncio.create_task(asyncio.sleep(0.001, result="slept"))
    task.add_done_callback(lambda t: done_log.append(("callback", t.result())))
    print(await task, done_log)
    await asyncio.sleep(0)
    print(done_log)

    print(asyncio.current_task().get_name())

    async def slow(n):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("slow cancelled", n)
            raise
        return n

    group = asyncio.gather(slow(1), slow(2))
    await asyncio.sleep(0)
    print("cancel", group.cancel())
    try:
        await group
    except asyncio.CancelledError:
        print("gather cancelled", group.cancelled())

    fast = asyncio.create_task(asyncio.sleep(0.001, result="fast"))
    slower = asyncio.create_task(asyncio.sleep(0.5, result="slow"))
    done, pending = await asyncio.wait([fast, slower], return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    slower.cancel()
    await asyncio.sleep(0)
    print(slower.cancelled())

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.001, fut.set_result, "from timer")
    print(fut.done(), await fut, fut.done())

    fut = loop.create_future()
    fut.set_exception(KeyError("missing"))
    try:
        await fut
    except KeyError as e:
        print("future raised", e)
    print(repr(fut.exception()))
    fut = loop.create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)

    inner = asyncio.create_task(asyncio.sleep(0.2, result="inner done"))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.001)
    except asyncio.TimeoutError:
        print("shield timed out", inner.cancelled())
    print(await inner)

    cond = asyncio.Condition()
    items = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", n, items.pop())

    consumers = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    for value in "ab":
        async with cond:
            items.append(value)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*consumers)

    order = []
    loop.call_soon(order.append, 1)
    loop.call_later(0, order.append, 3)
    loop.call_soon(order.append, 2)
    await asyncio.sleep(0.001)
    print(order)

    async def fails():
        await asyncio.sleep(0)
        raise ValueError("boom")

    t = asyncio.create_task(fails())
    for _ in range(3):
        await asyncio.sleep(0)
    print(t.done(), repr(t.exception()))
    return await fails()


asyncio.run(main())
