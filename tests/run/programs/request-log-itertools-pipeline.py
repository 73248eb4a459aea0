# A generator pipeline: itertools (chain, islice, groupby, accumulate, tee, pairwise, zip_longest, starmap, takewhile, dropwhile, count, cycle, product, combinations, permutations, compress, filterfalse, batched-by-hand), yield from, send, generator close/throw.
import itertools as it
import operator

LOG = """\
10:00 GET /index 200 12
10:00 GET /api/users 200 40
10:01 POST /api/users 201 55
10:01 GET /missing 404 3
10:02 GET /api/users 500 120
10:02 GET /index 200 10
10:03 DELETE /api/users/7 204 30
"""

def lines(text):
    yield from (l for l in text.splitlines() if l.strip())

def parse(rows):
    for row in rows:
        minute, method, path, status, ms = row.split()
        yield {"minute": minute, "method": method, "path": path, "status": int(status), "ms": int(ms)}

def chunks(iterable, n):
    iterator = iter(iterable)
    while batch := list(it.islice(iterator, n)):
        yield batch

def running_avg():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count

records = list(parse(lines(LOG)))
for minute, group in it.groupby(records, key=operator.itemgetter("minute")):
    g = list(group)
    print(minute, len(g), sum(r["ms"] for r in g))
print(list(it.accumulate(r["ms"] for r in records)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], initial=10)))
errors, ok = it.tee(records)
print([r["path"] for r in errors if r["status"] >= 400], sum(1 for r in ok if r["status"] < 400))
print([b - a for a, b in it.pairwise(r["ms"] for r in records)])
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(zip(it.count(10, 5), it.cycle("xy"), range(4))))
print(list(it.product("ab", repeat=2)), list(it.combinations(range(4), 2))[:3], len(list(it.permutations("abcd", 3))))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(str.isdigit, "a1b2")))
print(list(chunks(range(7), 3)), list(it.chain.from_iterable([[1], [2, 3]])))
avg = running_avg()
next(avg)
for v in (10, 20, 60):
    print("avg", avg.send(v))
try:
    avg.send(None)
except StopIteration as stop:
    print("count", stop.value)
def guarded():
    try:
        yield 1
        yield 2
    except KeyError as e:
        yield f"caught {e}"
    finally:
        print("cleanup")
g = guarded()
print(next(g), g.throw(KeyError("k")))
g.close()
g2 = guarded(); next(g2); g2.close()
print(sum(x * x for x in range(10) if x % 3), max(records, key=lambda r: r["ms"])["path"])
