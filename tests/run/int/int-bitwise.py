# Checks bitwise operators on positive, negative and big ints, including
# shifts that grow past 64 bits.
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10)
print(1 << 10, 1 << 62, 1 << 63, 1 << 70, 255 >> 4, -256 >> 4, -1 >> 10)
print((1 << 100) >> 98, (1 << 100) & ((1 << 64) - 1), (1 << 100) | 1)
print(~(2 ** 80), -(2 ** 80) >> 3)
flags = 0
flags |= 4
flags |= 1
flags ^= 2
flags &= ~1
print(flags)
n = 200
count = 0
while n:
    count += n & 1
    n >>= 1
print("bits set in 200:", count)
