# Cyclic garbage built in a loop is reclaimed, and live data survives
# collections (explicit and allocation-triggered) intact.
import gc

keep = []
for i in range(3000):
    a = [i]
    b = [a, str(i)]
    a.append(b)
    d = {"self": None, "n": i}
    d["self"] = d
    if i % 300 == 0:
        keep.append((a, d))
gc.collect()
print(len(keep), keep[3][0][0], keep[3][0][1][1], keep[3][1]["n"], keep[3][1]["self"] is keep[3][1])

# A linked list: marking does not recurse on the native stack (a
# million nodes in compiler/tests/memory.rs).
head = None
for i in range(3000):
    head = [i, head]
gc.collect()
n = 0
node = head
while node is not None:
    n += 1
    node = node[1]
print(n)

# Big objects (large-object space) churn and survive.
big = []
for i in range(30):
    s = "x" * (10000 + i)
    t = list(range(1000))
    if i % 10 == 0:
        big.append((s, t))
gc.collect()
print(len(big[0][0]), len(big[2][0]), sum(big[2][1]))
x = 10 ** 4000
gc.collect()
print(len(str(x)))
