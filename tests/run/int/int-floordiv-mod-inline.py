# `//` and `%` of inline ints by a positive divisor are computed in line
# (floor rounding for negative dividends); zero, negative and big divisors,
# big dividends, bools and floats take the runtime path.


def table(values, divisors):
    for a in values:
        row = []
        for b in divisors:
            try:
                row.append((a // b, a % b))
            except ZeroDivisionError as e:
                row.append(str(e))
        print(a, row)


small = [0, 1, -1, 7, -7, 13, -13, 2**61, -(2**61), 2**62 - 1, -(2**62)]
table(small, [1, 2, 3, 7, 10, 2**62 - 1, 0, -1, -3, 2**64, True])
table([2**64 + 5, -(2**70) - 3, True, 7.5, -7.5], [1, 3, -3, 2**65, 0.5])


def typed(n):
    total = 0
    for i in range(-n, n):
        total += i // 3 + i % 7 + (i * i) // (i % 5 + 1)
    return total


print(typed(1000), typed(1))
x = -(2**62)
print(x // 1, x % 1, x // -1, (x // -1) // 2)
