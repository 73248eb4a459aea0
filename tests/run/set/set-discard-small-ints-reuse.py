# Backtracking with sets of small ints, negative ones included: adds and
# discards fill the table with dummies, and discarding a small int the set
# holds must remove exactly that key (the printed sets show CPython's slot
# order after each round), while absent keys, bools, floats and big ints
# equal to held ints behave as in CPython.
s = set()
log = []
for rnd in range(6):
    for k in range(-8, 9, 3):
        s.add(k * (rnd + 1) % 13 - 6)
    log.append(sorted(s))
    for k in range(-6, 7, 2):
        s.discard(k)
    print(rnd, s, len(s))
print(log[-1])

d = set()
for row in range(8):
    for col in range(8):
        d.add(row - col)
        d.discard(row - col - 1)
    print(row, d)
t = {-3, -2, -1, 0, 1, 2, 3}
t.discard(True)
t.discard(-2.0)
t.discard(1 << 70)
t.discard(-1 + (1 << 64) - (1 << 64))
print(t, 0 in t, -3 in t, 2.0 in t)
u = set(range(-20, 20))
for k in range(-20, 20, 3):
    u.discard(k)
u.add(-20)
u.add(100)
print(u, len(u))
