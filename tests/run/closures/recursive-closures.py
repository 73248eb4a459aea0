# Recursion through closures: a nested recursive helper reading the
# enclosing function's variables, mutual recursion between two nested
# functions, and a memoized recursive closure.


def count_paths(grid_size):
    memo = {}

    def paths(r, c):
        if r == grid_size or c == grid_size:
            return 1
        key = (r, c)
        if key not in memo:
            memo[key] = paths(r + 1, c) + paths(r, c + 1)
        return memo[key]

    return paths(0, 0)


print(count_paths(10))


def parity(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)

    def is_odd(k):
        return False if k == 0 else is_even(k - 1)

    return is_even(n), is_odd(n)


print(parity(10), parity(7))


def flatten(nested):
    out = []

    def walk(item):
        if isinstance(item, list):
            for sub in item:
                walk(sub)
        else:
            out.append(item)

    walk(nested)
    return out


print(flatten([1, [2, [3, [4]], 5], [[6]]]))
