# Comprehensions together with closures: lambdas made in a comprehension
# share its loop variable (late binding), a comprehension inside a nested
# function reads the enclosing function's variables, and a comprehension at
# module level reads and sees later changes of globals.

adders = [lambda x: x + n for n in range(3)]
print([add(10) for add in adders])
fixed = [lambda x, n=n: x + n for n in range(3)]
print([add(10) for add in fixed])

factor = 2
print([factor * k for k in range(4)])
factor = 5
print({k: factor * k for k in range(3)})


def outer(limit):
    step = 3

    def inner():
        return [i * step for i in range(limit) if i % 2 == 0]

    return inner()


print(outer(7))


def grid(width, height):
    return [[(x, y) for x in range(width)] for y in range(height)]


print(grid(2, 3))


def cross(words):
    return sorted({a + b for a in words for b in words if a != b})


print(cross(["x", "y", "z"]))
