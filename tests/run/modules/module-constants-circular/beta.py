import alpha

print("beta sees", alpha.f())


def twice(x):
    return alpha.f() * 2 + x
