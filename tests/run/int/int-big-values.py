# Checks arbitrary-precision ints: powers of two, a factorial computed with a
# loop, arithmetic and comparisons that mix big and small values.
print(2 ** 100)
print(2 ** 64, 2 ** 63, 2 ** 62, -(2 ** 63))
fact = 1
k = 1
while k <= 30:
    fact *= k
    k += 1
print("30! =", fact)
print(fact // 2 ** 20, fact % 1000003)
print(len(str(fact)), len(str(2 ** 1000)))
big = 10 ** 30
print(big + 1, big - 1, big * big, -big)
print(big // 7, big % 7, -big // 7)
print(big > 2 ** 99, big < 2 ** 100, big == 10 ** 30, big != big + 1)
print(2 ** 100 - 2 ** 100, (2 ** 100) // (2 ** 98))
fib_a = 0
fib_b = 1
for step in range(150):
    fib_a, fib_b = fib_b, fib_a + fib_b
print("fib(150) =", fib_a)
print(abs(-(3 ** 50)), -(3 ** 50) + 3 ** 50)
