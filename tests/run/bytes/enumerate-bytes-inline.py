# enumerate over bytes and bytearray, which generated code steps in line:
# a bytearray grown (its buffer moves), shrunk, cleared and written inside
# the loop, exact bytes, subclasses of both, a memoryview, a start near the
# end of the inline int range (the count goes on in big ints), big and
# negative starts, and an enumerate stepped by hand between loop steps.


def positions(data):
    return [i for i, b in enumerate(data) if b]


def grow(limit):
    data = bytearray([1, 0, 2])
    seen = []
    for i, b in enumerate(data):
        seen.append((i, b))
        if len(data) < limit:
            data.extend(bytes(range(i, i + 40)))
    return len(seen), seen[:5], seen[-3:]


def shrink():
    data = bytearray(b"abcdefgh")
    seen = []
    for i, b in enumerate(data):
        seen.append((i, chr(b)))
        del data[-1]
        data[i + 1 : i + 2] = b"Z"
    return seen, data


def clear():
    data = bytearray(b"xyz")
    out = []
    for i, b in enumerate(data):
        out.append((i, b))
        data.clear()
    return out


def counts(data, start):
    return [(i, b) for i, b in enumerate(data, start)]


def by_hand():
    data = bytearray(b"\x00\x01\x02\x03\x04\x05")
    e = enumerate(data)
    out = []
    for i, b in e:
        out.append((i, b))
        out.append(next(e, None))
    return out


class Flags(bytearray):
    def __iter__(self):
        return iter([7, 8])


class Tagged(bytes):
    pass


flags = bytearray([1]) * 12
flags[0] = flags[1] = 0
flags[4::2] = bytes(len(range(4, 12, 2)))
print(positions(flags))
print(positions(bytes(flags)))
print(positions(bytearray(b"\x00\xff\x80\x00\x01")))
print(positions(bytearray()))
print(grow(200))
print(shrink())
print(clear())
print(counts(bytearray(b"ab"), 2**62 - 2))
print(counts(bytearray(b"abc"), 2**62 - 1))
print(counts(bytearray(b"ab"), 2**70))
print(counts(bytearray(b"abc"), -2))
print(counts(bytearray(b"ab"), True))
print(by_hand())
print([(i, b) for i, b in enumerate(Flags(b"abc"))])
print([(i, b) for i, b in enumerate(Tagged(b"abc"))])
print([(i, b) for i, b in enumerate(memoryview(b"abc"))])
print([(i, b) for i, b in enumerate(bytearray(range(250, 256)))])
try:
    for i, b in enumerate(bytearray(b"ab"), "x"):
        pass
except TypeError as e:
    print("TypeError:", e)
