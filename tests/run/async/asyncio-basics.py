# asyncio: gather (order of starts and ends, return_exceptions), tasks,
# wait_for timeouts, cancellation, Queue, Lock, Event, timeout(), as_completed,
# run_until_complete, call_soon/call_later/stop on a new loop.
# The sleeps differ by 0.1 s so that a slow start (the collector's stress mode on a
# loaded machine) cannot swap the order of their ends.
import asyncio

async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")
    return name.upper()

async def main():
    log = []
    r = await asyncio.gather(worker("a", 0.2, log), worker("b", 0.1, log), worker("c", 0, log))
    print(r, log)
    t = asyncio.create_task(worker("t", 0.01, log))
    print(t.done())
    print(await t, t.done(), t.result())
    async def boom():
        raise ValueError("bad")
    r = await asyncio.gather(boom(), worker("d", 0, log), return_exceptions=True)
    print(r)
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError:
        print("timeout")
    async def forever():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise
    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
            await asyncio.sleep(0)
        await q.put(None)
    async def consumer():
        while True:
            item = await q.get()
            if item is None:
                break
            print("got", item)
    await asyncio.gather(producer(), consumer())
    lock = asyncio.Lock()
    async def locked(n):
        async with lock:
            print("in", n)
            await asyncio.sleep(0)
            print("out", n)
    await asyncio.gather(locked(1), locked(2))
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        print("event set")
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    await t
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout block")
    for coro in asyncio.as_completed([worker("x", 0.2, log), worker("y", 0.1, log)]):
        print("done", await coro)
    return 42

print(asyncio.run(main()))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(worker("z", 0, [])))
loop.call_soon(print, "soon")
loop.call_later(0.01, print, "later")
loop.call_soon(loop.stop)
loop.run_forever()
loop.run_until_complete(asyncio.sleep(0.02))
loop.close()
