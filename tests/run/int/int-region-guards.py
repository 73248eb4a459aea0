# Runs of arithmetic on exact ints are guarded once for inline ints, and an
# operation that leaves the inline range in the guarded copy starts the
# run again in the ordinary copy: results, errors and the locals around
# the run must be as if each operation had run once.


def triangle(i, j):
    s = i + j
    return s * (s + 1) // 2 + i + 1


def mixed(n, start):
    # The run overflows at different operations as `x` grows.
    out = []
    x = start
    for i in range(n):
        y = (x * 3 + i) % 1000003 - (x >> 2) + (x << 3)
        z = (y ^ i) & 0xFFFF | (i * 7)
        out.append((y, z, y < z, float(z) / 2))
        x = x * 5 + 1
    return out


def divisions(values, d):
    res = []
    for v in values:
        try:
            res.append((v * 2 + 1) // d + (v * 3 - 1) % d)
        except ZeroDivisionError:
            res.append("zero")
    return res


def shifts(n):
    res = []
    for i in range(n):
        a = i * 9 + 1
        res.append(((a << i) >> 3) + (a << 60) - i)
    return res


def counted(n, k):
    # The run's inputs come from the loop and a parameter; the loop's
    # locals must survive a bail into the ordinary copy.
    total = 0
    last = 0.0
    for i in range(n):
        t = (i * k + 3) * (i + k) - i
        last = 1.0 / (t * 2 + 1)
        total += t
    return total, last


print(sum(triangle(i, j) for i in range(30) for j in range(30)))
print(triangle(2**62, 3), triangle(-(2**61), 2**61))
for row in mixed(12, 5):
    print(row)
print(mixed(3, 2**61))
print(divisions([1, -7, 2**62, -(2**63), 40], 3))
print(divisions([1, -7, 2**62], -3))
print(divisions([1, 2], 0))
print(shifts(8))
print(counted(100, 3))
print(counted(5, 2**61))
print(counted(5, -(2**62)))
x = 2**62 - 1
print((x + 1) * 2 - 3 // 1)
# The guard passes and an operation in the run overflows: the ordinary
# copy starts the run again.
print(counted(6, 2**40))
print(mixed(4, 2**58))
print([triangle(i, 2**31) for i in range(3)])
