# Slice assignment fed straight by a slice read (`p[:k] = p[k::-1]`), which
# compiled code does without the intermediate list when both are locals: aliasing, steps, float
# lists, subclasses, tuples, odd bounds and the errors of either side.


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Loud(list):
    def __getitem__(self, key):
        print("Loud.__getitem__", key)
        return list.__getitem__(self, key)

    def __setitem__(self, key, value):
        print("Loud.__setitem__", key, value)
        list.__setitem__(self, key, value)


def flips(perm):
    p = perm[:]
    count = 0
    first = p[0]
    while first:
        p[: first + 1] = p[first::-1]
        count += 1
        first = p[0]
    return count, p


print(flips([3, 1, 0, 2]))
print(flips([4, 2, 0, 1, 3, 5]))

def main():
    a = list(range(10))
    b = ["x", "y", "z"]
    a[2:5] = b[::-1]
    print(a)
    a[1:3] = a[5:9]
    print(a)
    a[:] = a[::2]
    print(a)
    a[3:] = b[10:]
    print(a)
    a[-2:] = b[-2:]
    print(a)
    a[0:0] = a[:]
    print(a)

    # A long source (more than fits the stack buffer).
    big = list(range(100))
    big[10:90] = big[89:9:-1]
    print(big[:15], big[85:])
    big[:] = big[::-1]
    print(big[:5], len(big))

    # Float storage on either side.
    f = [1.5, 2.5, 3.5, 4.5]
    g = [0.5, 0.25]
    f[1:3] = g[::-1]
    print(f)
    g[:1] = f[2:]
    print(g, sum(g))
    h = [1, 2, 3]
    h[:2] = f[::3]
    print(h)

    # Bounds: bools, big ints, __index__, negative and reversed.
    c = list("abcdefgh")
    c[True:3] = c[Idx(5):Idx(2):-1]
    print(c)
    c[: 10**30] = c[-(10**30) :: 2]
    print(c)
    c[5:1] = c[1:2]
    print(c)

    # Subclasses and tuples take the general protocol.
    loud = Loud([1, 2, 3, 4])
    loud[:2] = loud[2:]
    print(loud)
    plain = [0, 0, 0]
    plain[1:] = loud[:2]
    print(plain)
    t = (7, 8, 9)
    plain[:1] = t[::-1]
    print(plain)
    s = "hello"
    plain[2:] = s[1:3]
    print(plain)

    # Errors of the read come first, then those of the assignment.
    for src_step, dst_step in [(0, None), (1, 0), (None, 2), ("x", None)]:
        d = [1, 2, 3, 4]
        try:
            d[:2:dst_step] = d[1::src_step]
            print("ok", d)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e, d)
    try:
        d = [1, 2, 3]
        d[:"a"] = d[::-1]
    except TypeError as e:
        print("TypeError", e, d)
    try:
        n = None
        n[:1] = [1, 2][::-1]
    except TypeError as e:
        print("TypeError", e)
    try:
        q = [1, 2]
        q[:1] = n[::-1]
    except TypeError as e:
        print("TypeError", e, q)


main()
