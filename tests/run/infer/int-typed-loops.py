# Typed int loops: overflow to big ints, range steps (negative, empty,
# huge bounds), the loop variable after the loop, break/else, int powers.


def total(n):
    acc = 0
    for i in range(n):
        acc += i
    return acc


def grow(n):
    x = 1
    for _ in range(n):
        x = x * 3 + 1
    return x


def countdown(a, b, step):
    out = []
    for i in range(a, b, step):
        out.append(i)
    return out


def last(n):
    i = -1
    for i in range(n):
        pass
    return i


def find(n, target):
    for i in range(n):
        if i * i >= target:
            break
    else:
        return "none", i
    return "found", i


def powers(a):
    return a**2, a**0, a**-1, 2**a


print(total(10), total(0), total(-5), total(100000))
print(grow(50), grow(100) % 1000007)
print(countdown(10, 0, -3), countdown(0, 10, -1), countdown(5, 5, 1), countdown(-3, 4, 2))
try:
    countdown(0, 3, 0)
except ValueError as e:
    print("step:", e)
big = 2**70
print(countdown(big, big + 3, 1), countdown(big + 2, big - 1, -1))
print(last(5), last(0))
print(find(10, 30), find(3, 100))
print(powers(3), powers(-2))
try:
    powers(0)
except ZeroDivisionError as e:
    print("powers:", e)
n = 4611686018427387903
print(n + 1, -n - 2, n * n, total(3) - n)


def div_ints(a, b):
    return a / b, a // b, a % b


print(div_ints(7, 2), div_ints(-7, 2), div_ints(7, -2))
try:
    div_ints(1, 0)
except ZeroDivisionError as e:
    print("div:", e)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20), [fib(i) for i in range(10)])
