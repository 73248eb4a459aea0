# Generators: pipelines of generators feeding each other lazily.
def source(items):
    for item in items:
        print("produce", item)
        yield item


def double(stream):
    for x in stream:
        yield x * 2


def keep_big(stream, limit):
    for x in stream:
        if x > limit:
            yield x


def numbered(stream):
    i = 0
    for x in stream:
        i += 1
        yield (i, x)


pipeline = numbered(keep_big(double(source([1, 5, 2, 8, 3])), 4))
print("built")
for pair in pipeline:
    print("consume", pair)


def words(lines):
    for line in lines:
        for word in line.split():
            yield word


def lengths(stream):
    for w in stream:
        yield len(w)


text = ["the quick brown fox", "jumps over", "the lazy dog"]
print(list(words(text)))
print(sum(lengths(words(text))))
print(max(lengths(words(text))))


def running_total(stream):
    total = 0
    for x in stream:
        total += x
        yield total


print(list(running_total(range(1, 8))))
