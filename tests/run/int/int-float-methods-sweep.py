# int and float methods over edge values: bit_length, bit_count, to_bytes,
# from_bytes, as_integer_ratio, is_integer, hex, fromhex, conjugate, real/imag.
ints = [0, 1, -1, 255, -256, 2**63, -(2**63) - 1, 10**30, True]
for n in ints:
    row = [n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.real, n.imag,
           n.numerator, n.denominator]
    for length, order, signed in ((16, 'big', True), (16, 'little', True), (9, 'big', False)):
        try:
            row.append(n.to_bytes(length, order, signed=signed).hex())
        except OverflowError as e:
            row.append('OverflowError: %s' % e)
    print(repr(n), row)
for data in (b'', b'\x00', b'\xff', b'\x01\x00', b'\xff' * 9, b'\x80\x00'):
    print(data, int.from_bytes(data, 'big'), int.from_bytes(data, 'little'), int.from_bytes(data, 'big', signed=True))
floats = [0.0, -0.0, 1.5, -2.75, 1e300, 5e-324, 0.1, 3.0, float('inf'), float('nan')]
for x in floats:
    row = [x.is_integer(), x.hex(), x.conjugate(), x.real, x.imag]
    try:
        row.append(x.as_integer_ratio())
    except (OverflowError, ValueError) as e:
        row.append('%s: %s' % (type(e).__name__, e))
    print(repr(x), row)
for text in ('0x1.8p1', '-0x1p-1074', 'inf', '0x0p0', '1.0', ' 0x1.fffffffffffffp1023 '):
    print(text, float.fromhex(text))
for bad in ('0x1p99999', 'zz'):
    try:
        float.fromhex(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for call in (lambda: (1).to_bytes(1, 'middle'), lambda: (-1).to_bytes(1, 'big'), lambda: int.from_bytes(b'x', 'up'),
             lambda: (256).to_bytes(1, 'big'), lambda: (1).bit_length(1)):
    try:
        print(call())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
