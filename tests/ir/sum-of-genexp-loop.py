# sum(<generator expression>) over a range runs in a plain nested
# `<genexpr>` function: the first item is added to 0, the others to the
# running total (a native float here), with a call-free copy over small
# bounds; the additions carry no line of their own (no traceback entry).
def weighted(xs, n):
    return sum(xs[i] * 0.5 for i in range(n) if i % 2)


print(weighted([1.0, 2.0, 3.0, 4.0], 4))
