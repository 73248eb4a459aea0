# Generators: generators calling and interleaving other generators.
def letters():
    for c in "abc":
        yield c


def numbers():
    for n in range(1, 4):
        yield n


def interleave(a, b):
    while True:
        x = next(a, None)
        y = next(b, None)
        if x is None and y is None:
            return
        if x is not None:
            yield x
        if y is not None:
            yield y


print(list(interleave(letters(), numbers())))


def pairs():
    for c in letters():
        for n in numbers():
            yield c + str(n)


print(list(pairs()))


def windows(items, size):
    window = []
    for item in items:
        window.append(item)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)


print(list(windows(numbers(), 2)))


def make_counter(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


outer = make_counter(3)
inner = make_counter(2)
print(next(outer), next(inner), next(outer), next(inner), next(outer))
print(next(inner, "inner done"), next(outer, "outer done"))


def chunks(items, n):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


print(list(chunks(range(7), 3)))
