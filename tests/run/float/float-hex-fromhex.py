# float.hex and float.fromhex (rounding, subnormals, errors), as_integer_ratio, is_integer
for v in [0.0, -0.0, 1.0, 0.1, 5e-324, 1e308, float('inf'), float('nan'), -2.5, 2.2250738585072014e-308, 123456.789]:
    h = v.hex()
    print(h, float.fromhex(h))
for s in ['0x1p-1074', '0x1p-1075', '0x1.8p-1074', ' -0X1.FFFFFFFFFFFFFp1023 ', 'inf', '-Infinity', 'nan',
          '0x.8', '1', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000080001p0',
          '0x1p-2000', '+0x10', '0xABCDEFp-8']:
    print(repr(s), float.fromhex(s))
for s in ['', '0x', 'x1', '0x1p', '0x1.2.3', 'abc', '0x1p+', '1e5']:
    try:
        print(float.fromhex(s))
    except ValueError as e:
        print(repr(s), e)
try:
    float.fromhex('0x1p1024')
except OverflowError as e:
    print(e)
print((0.75).as_integer_ratio(), (-0.0).as_integer_ratio(), (1e300).as_integer_ratio()[1], (5e-324).as_integer_ratio()[0])
for v in [2.5, 2.0, -0.0, 1e300, float('inf'), float('nan')]:
    print(v, v.is_integer())
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print(e)
