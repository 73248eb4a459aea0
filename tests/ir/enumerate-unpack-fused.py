# A `for` loop and a comprehension unpacking enumerate's pairs: the head's
# iter_next and the body's unpack become one iter_next_unpack.
def f(xs):
    n = 0
    for i, x in enumerate(xs):
        n += i
    return n, [k for k, v in zip(xs, xs) if v]


print(f([1, 0, 2]))
