# int methods and attributes over many values: bit_length/bit_count/conjugate/as_integer_ratio/real/imag/numerator/denominator, int() of many types, bool ints
values = [0, 1, -1, 7, -8, 255, 2**62 - 1, 2**62, -(2**62), 2**64 + 1, -(2**100), True, False]
for v in values:
    print(v, v.bit_length(), v.bit_count(), v.conjugate(), v.as_integer_ratio(), v.real, v.imag, v.numerator, v.denominator,
          type(v.real).__name__, abs(v), -v, +v, ~v, v << 3, v >> 2, v & 0xff, v | 1, v ^ -1)
print(int(), int(True), int(-2.9), int('  12  '), int('-0x10', 16), int('z', 36), int(' 1_2 '), int(10**20 / 3), int(2.5e15))
print(int.from_bytes(b'\x01\x02', 'big'), (258).to_bytes(2, 'big'), (1).__class__.__name__, isinstance(True, int), True + True, True * 3.0)
print(7 // 2, -7 // 2, 7 % -2, -7 % 2, 2 ** 100, (-2) ** 63, 10 ** -2, 0 ** 0, pow(2, 100, 10**9 + 7), 3 ** 40 % 1000)
print(divmod(-(2**70), 3), divmod(2**70, -3), (2**70) // (2**35), (2**70) % 1000, -(2**70) >> 3, 1 << 70, (1 << 70) >> 69)
for call in [lambda: (1).bit_length(1), lambda: 1 << -1, lambda: 1 >> -1, lambda: (1).to_bytes(1, 'sideways'), lambda: 10 ** 10 ** 10 if False else int('1' * 5000)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
