def scale(x, k):
    return x * k


def area(w, h):
    return scale(w, h)


def total(items, k):
    return [scale(v, k) for v in items]
