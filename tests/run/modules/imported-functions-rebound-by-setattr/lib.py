def triple(x):
    return 3 * x


def count_up(n, start=0):
    i = start
    while i < n:
        yield i
        i += 1
