# pow(a, b, m) incl. negative exponents (modular inverse), round(x, n) for ints and floats, divmod on floats and ints
for a, b, m in [(2, 10, 1000), (3, -1, 7), (-3, -1, 7), (2, -2, 9), (5, 0, 1), (5, 0, -3), (-2, 3, 5), (2, 3, -5), (7, 1, 0),
                (2, -1, 4), (10**30, 10**20, 97), (3, -5, 10**20 + 39)]:
    try:
        print((a, b, m), pow(a, b, m))
    except (ValueError, ZeroDivisionError) as e:
        print((a, b, m), type(e).__name__, e)
for args in [(2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0)]:
    try:
        pow(*args)
    except TypeError as e:
        print(e)
print(pow(2, -1), pow(-8, 1/3) if False else '', pow(0.0, 0), pow(2, 0.5), 2 ** -2, (-2) ** 3, 10 ** 20)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 1234.5678, -0.0, 1e300, 5e-324]:
    print(x, round(x), [round(x, n) for n in [-3, -1, 0, 1, 2, 3, 10]])
for n in [0, 5, 15, 25, -25, 1234567, -1234567, 10**25 + 5 * 10**5]:
    print(n, [round(n, d) for d in [-30, -6, -2, -1, 0, 2]], round(n))
for bad in [float('inf'), float('nan')]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(round(bad, 2))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (0.0, 3), (-0.0, 3), (5, 0.5), (1e300, 1e-300), (3, float('inf')),
             (-3, float('inf')), (float('inf'), 3), (7, 3), (-7, 3), (7, -3), (-7, -3)]:
    try:
        print((a, b), divmod(a, b), a // b, a % b)
    except ZeroDivisionError as e:
        print(e)
for a, b in [(1.0, 0), (1, 0), (1, 0.0), (0.0, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(e)
