# Checks recursive functions: factorial, Fibonacci, Ackermann, mutual
# recursion, and recursion over nested lists.
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
def deep_sum(value):
    if isinstance(value, list):
        total = 0
        for item in value:
            total += deep_sum(item)
        return total
    return value
print(factorial(10), factorial(25))
print(fib(20), fib(15))
print(ackermann(2, 3), ackermann(3, 3))
print(is_even(10), is_odd(7), is_even(7))
print(deep_sum([1, [2, 3], [[4], [5, [6]]]]))
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])
