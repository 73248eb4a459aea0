# int.to_bytes / int.from_bytes (3.11 defaults, signed, errors), as_integer_ratio, number attributes
print((5).to_bytes(2, 'big'))
print(int.from_bytes(b'\x01\x00', 'little'))
print((3).as_integer_ratio())
print((7).bit_count(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((2.5).real, True.real, True.numerator, False.denominator, (2**70).numerator)
for n in [0, 1, 255, 256, -1, -128, -129, 2**64, -(2**70)]:
    for signed in [False, True]:
        for order in ['big', 'little']:
            try:
                print(n, n.to_bytes(10, order, signed=signed))
            except OverflowError as e:
                print(n, 'E', e)
print((1000).to_bytes(2, byteorder='little'), (0).to_bytes(0, 'big'), (5).to_bytes())
for n, length, signed in [(128, 1, True), (-129, 1, True), (255, 1, False), (-1, 1, True), (0, 0, False)]:
    try:
        print(n.to_bytes(length, 'big', signed=signed))
    except OverflowError as e:
        print('OverflowError', e)
try:
    (1000).to_bytes(1)
except OverflowError as e:
    print(e)
try:
    (1).to_bytes(-1, 'big')
except ValueError as e:
    print(e)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print(e)
try:
    int.from_bytes('abc')
except TypeError as e:
    print(e)
print(int.from_bytes(b'\xff\xfe', 'big', signed=True), int.from_bytes([1, 2, 3], 'little'))
print(int.from_bytes(b''), int.from_bytes(b'\x80', signed=True), int.from_bytes(b'\x00' * 9 + b'\x01'))
print(int.from_bytes(bytes(range(20)), 'little'))
for n in [0, 1, -1, 2**63, -(2**100) + 7]:
    for order in ['big', 'little']:
        b = n.to_bytes(20, order, signed=True)
        print(int.from_bytes(b, order, signed=True) == n, end=' ')
print()
print((-5).as_integer_ratio(), True.as_integer_ratio(), (2**100).as_integer_ratio())
print((3).conjugate(), True.conjugate(), (2.5).conjugate())
