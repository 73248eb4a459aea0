# float(): parsing of many strings (signs, exponents, underscores, inf/nan spellings, whitespace, non-ASCII digits) and repr round-trips
texts = ['0', '-0', '+1.5', '  2.5  ', '1e10', '1E-10', '1_000.5', '.5', '5.', 'inf', '-Infinity', 'NaN', '+nan', 'iNF', '1e400', '-1e400',
         '1e-400', '0x10', '', ' ', '1_', '_1', '1__0', '1e', 'e5', '1.2.3', '١٫٥', '١٢', '\u20071.5', '12abc', 'infinit', '- 1']
for t in texts:
    try:
        print(repr(t), repr(float(t)))
    except ValueError as e:
        print(repr(t), 'ValueError', e)
values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e15, 1e16, 1e17, 123456789012345678.0, 1e-4, 1e-5, 0.000123, 5e-324, 1.7976931348623157e308,
          2.0 ** 52, 2.0 ** 53 + 1, 9007199254740993.0, 100.0, 1e22, 1e23, -1.25, 3.0e-310]
print([repr(v) for v in values])
print([str(v) for v in values] == [repr(v) for v in values], [float(repr(v)) == v for v in values].count(False))
print(float(True), float(10**20), float(-7), float(2**1023 * 1.0), 1 / 7 * 7, 0.1 * 3, 1.1 + 2.2, 3 * 1.1, 1e308 * 10, -1e308 * 10)
for a, b in [(10**20, 1e20), (2**53 + 1, 2.0**53), (10**400, 1e308), (-10**400, float('-inf')), (3, 3.0), (0, -0.0)]:
    print(a == b, a < b, a > b, b < a, b == a)
try:
    float(10**400)
except OverflowError as e:
    print(e)
