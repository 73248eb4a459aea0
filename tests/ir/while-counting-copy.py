# `while i < n: ...; i += 1` with local `i` and `n` gets a fast copy:
# `small_int BothSmall` tests both once, then the copy's test
# (`small_int Less`) and step (`small_int Add`) have no slow path; the
# general loop runs when either is not a small int.
def count(xs, n):
    i = 0
    hits = 0
    while i < n:
        if xs[i]:
            hits += 1
        i += 1
    return hits


print(count([1, 0, 2], 3))
