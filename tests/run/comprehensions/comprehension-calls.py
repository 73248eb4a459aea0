# Comprehensions whose parts call functions and methods, use conditional
# expressions, define lambdas, and run inside nested functions that read
# variables two levels out.


def transform(x):
    return x * 3


words = ["Alpha", "beta", "Gamma"]
print([w.lower() if w[0].isupper() else w.upper() for w in words])
print([transform(n) for n in range(4) if transform(n) % 2 == 0])
print({w: len(w) for w in map(str.strip, [" a ", "bb "])})
print(sum([n for n in range(101)]), max([abs(v) for v in [-7, 3]]))


def outer(limit):
    bonus = 100

    def middle(step):
        return [i * step + bonus for i in range(limit)]

    return middle(2)


print(outer(3))
callbacks = [(lambda k: (lambda: k * k))(n) for n in range(4)]
print([cb() for cb in callbacks])
