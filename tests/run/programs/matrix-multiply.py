# Matrix arithmetic with lists of lists: multiplication, transpose,
# identity, integer powers by repeated squaring (Fibonacci numbers), and
# formatted printing. Catches integration bugs in nested lists and loops.
def zeros(rows, cols):
    res = []
    for r in range(rows):
        res.append([0] * cols)
    return res


def identity(n):
    res = zeros(n, n)
    for i in range(n):
        res[i][i] = 1
    return res


def multiply(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} times {len(b)}x{len(b[0])}")
    res = zeros(len(a), len(b[0]))
    for i in range(len(a)):
        for j in range(len(b[0])):
            total = 0
            for k in range(len(b)):
                total += a[i][k] * b[k][j]
            res[i][j] = total
    return res


def transpose(m):
    res = []
    for j in range(len(m[0])):
        row = []
        for i in range(len(m)):
            row.append(m[i][j])
        res.append(row)
    return res


def power(m, exponent):
    result = identity(len(m))
    base = m
    while exponent > 0:
        if exponent % 2 == 1:
            result = multiply(result, base)
        base = multiply(base, base)
        exponent //= 2
    return result


def show(name, m):
    width = 1
    for row in m:
        for value in row:
            if len(str(value)) > width:
                width = len(str(value))
    print(name + ":")
    for row in m:
        cells = []
        for value in row:
            cells.append(f"{value:>{width}}")
        print("  [" + " ".join(cells) + "]")


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("a", a)
show("b", b)
show("a x b", multiply(a, b))
show("b x a", multiply(b, a))
show("transpose(a)", transpose(a))
print(multiply(a, identity(3)) == a, transpose(transpose(b)) == b)
fib = power([[1, 1], [1, 0]], 90)
print("fib(90) =", fib[0][1])
show("half", multiply([[0.5, 0], [0, 0.25]], [[2, 4], [8, 16]]))
try:
    multiply(a, a)
except ValueError as e:
    print("error:", e)
