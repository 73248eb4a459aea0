# Generators: send() delivers values into yield expressions.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
print(next(fresh))


def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    yield received


e = echo()
print(next(e))
print(e.send("a"))
print(e.send("b"))
print(e.send("c"))


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count


avg = averager()
next(avg)
for n in [10, 20, 30, 5]:
    print(avg.send(n))
done = accumulator()
next(done)
try:
    done.send(None)
except StopIteration:
    pass
try:
    done.send(3)
except StopIteration as e:
    print("send to finished:", e.args)
try:
    acc.send()
except TypeError as e:
    print("TypeError:", e)
