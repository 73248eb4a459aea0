# Item reads and writes of lists inference proves exact, with int indices
# (no type test in the generated code): indices from the front and the
# back, out of range both ways, huge ints, float and object storage,
# a list display's items forwarded until a write changes them (also through
# an alias), and small helpers inlined into their callers.


def window(values, start, width):
    total = 0
    for i in range(start, start + width):
        total += values[i]
    return total


def rotate(values, k):
    n = len(values)
    out = [0] * n
    for i in range(n):
        out[(i + k) % n] = values[i]
    return out


def last(values):
    return values[-1]


def put(values, i, x):
    values[i] = x


def floats(n):
    xs = [0.5 * i for i in range(n)]
    for i in range(n):
        xs[-1 - i] += xs[i]
    return xs


def probe(values, keys):
    for k in keys:
        try:
            print(k, values[k])
        except IndexError as e:
            print(k, type(e).__name__, e)
        try:
            values[k] = k
            print("set", k, values)
        except IndexError as e:
            print("set", k, type(e).__name__, e)


def forwarded():
    a = [1, 2, 3]
    a[1] = 20
    print(a[1], a[-2])
    b = a
    b[0] = 10
    print(a[0], a)
    i = 2
    a[i] = 30
    print(a[2], a)
    c = [4, 5]
    try:
        c[5] = 1
    except IndexError as e:
        print(type(e).__name__, e, c[0])


def grid_counts(points, width, height):
    grid = [[0] * width for _ in range(height)]
    for x, y in points:
        grid[y][x] += 1
        grid[-1 - y][-1 - x] += 2
    return grid


nums = list(range(10))
print(window(nums, 2, 5), window(nums, -4, 3))
print(rotate(nums, 3), rotate(nums, -1))
print(last(nums), last([7]))
put(nums, -2, 88)
put(nums, 0, -1)
print(nums)
print(floats(6))
probe([1, 2, 3], [0, 2, -1, -3, 3, -4, 2**64, -(2**70)])
forwarded()
print(grid_counts([(0, 0), (1, 2), (3, 1), (0, 0)], 4, 3))
try:
    last([])
except IndexError as e:
    print("last", e)
try:
    window(nums, 8, 5)
except IndexError as e:
    print("window", e)
