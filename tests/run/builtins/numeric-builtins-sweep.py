# abs/round/divmod/pow/hex/oct/bin/int/float/bool over int, float, bool and complex operands, with the errors CPython raises
vals = [0, 7, -7, True, 2**70, -(2**70), 0.0, -0.0, 2.5, -3.75, 1e300, float('inf'), float('nan'), 3 + 4j, -1j]
for v in vals:
    row = [abs(v), bool(v)]
    for f in [round, int, float, hex, oct, bin, lambda x: divmod(x, 3), lambda x: pow(x, 2), lambda x: x ** -1, lambda x: -x]:
        try:
            row.append(f(v))
        except (TypeError, ValueError, OverflowError, ZeroDivisionError) as e:
            row.append(type(e).__name__ + ': ' + str(e))
    print(repr(v), row)
print(round(123.456, -1), round(-0.5), round(1.5), round(2.5), round(0.125, 2), round(10**20 + 0.0), round(7, -1), round(15, -1), round(25, -1))
