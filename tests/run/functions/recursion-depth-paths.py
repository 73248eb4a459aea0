# Checks the recursion depth through every way a call can enter a function:
# direct calls, calls through values, callbacks from builtins (map, sorted
# keys, __eq__, __repr__), generators and methods. Many calls in a row
# through one path must not add up, recursion just under the limit works
# after a RecursionError, and unbounded recursion through each path raises.
import sys


def leaf(x):
    return x + 1


def through_value(f, n):
    if n == 0:
        return 0
    return 1 + f(f, n - 1)


class Node:
    def __init__(self, child):
        self.child = child

    def __repr__(self):
        return "N(" + repr(self.child) + ")"

    def __eq__(self, other):
        return leaf(1) == 2

    def depth(self):
        if self.child is None:
            return 1
        return 1 + self.child.depth()


def gen_down(n):
    if n > 0:
        yield from gen_down(n - 1)
    yield n


def forever(n):
    return forever(n + 1)


def forever_value(f, n):
    return f(f, n + 1)


def forever_key(x):
    return sorted([x, x + 1], key=forever_key)


# Many calls in a row through each path.
total = 0
for i in range(5000):
    total += leaf(i)
print(total)
print(sum(map(leaf, range(5000))))
print(sorted(range(3000), key=leaf)[:3])
print([Node(None)] * 3000 == [Node(None)] * 3000)
print(len([repr(Node(None)) for _ in range(3000)]))
print(sum(sum(gen_down(3)) for _ in range(3000)))
print(through_value(through_value, 900))

# Recursion just under the limit, before and after RecursionErrors.
chain = None
for _ in range(900):
    chain = Node(chain)
print(chain.depth())
for fn, args in ((forever, (0,)), (forever_value, (forever_value, 0)), (forever_key, (0,))):
    try:
        fn(*args)
    except RecursionError as e:
        print(fn.__name__, "RecursionError:", e)
    print(through_value(through_value, 900), chain.depth())
deep = None
for _ in range(5000):
    deep = Node(deep)
try:
    repr(deep)
except RecursionError as e:
    print("repr RecursionError")
try:
    deep.depth()
except RecursionError as e:
    print("method RecursionError:", e)
print(sum(gen_down(300)), chain.depth())

# The limit follows sys.setrecursionlimit for every path.
sys.setrecursionlimit(200)
try:
    through_value(through_value, 400)
except RecursionError:
    print("value calls fail at limit 200")
try:
    chain.depth()
except RecursionError:
    print("method calls fail at limit 200")
print(through_value(through_value, 150))
sys.setrecursionlimit(5000)
print(through_value(through_value, 4000))
