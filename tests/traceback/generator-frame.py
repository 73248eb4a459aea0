# An exception raised inside a generator, resumed by a for loop in a function.
def numbers(limit):
    n = 0
    while True:
        if n == limit:
            raise ValueError("limit reached")
        yield n
        n += 1


def consume():
    total = 0
    for value in numbers(2):
        total += value
    return total


consume()
