# Checks list.pop() and list.pop(i) on every storage kind and on edges:
# empty lists, indexes out of range, negative and bool indexes, big ints,
# index objects with __index__, keywords, list subclasses (overriding pop
# and not), float lists boxing the popped item, and the unbound method.


class Idx:
    def __index__(self):
        return 1


class Stack(list):
    pass


class Loud(list):
    def pop(self, *args):
        print("Loud.pop", args)
        return super().pop(*args)


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def main():
    ints = [1, 2, 3, 4, 5]
    print(ints.pop(), ints.pop(0), ints.pop(-1), ints.pop(True), ints)
    floats = [0.5, 1.5, -0.0, 2.5]
    print(floats.pop(), floats.pop(0), floats.pop(Idx()), floats)
    objs = ["a", None, (1, 2), [3]]
    print(objs.pop(), objs.pop(1), objs.pop(-2), objs)
    empty = []
    attempt(lambda: empty.pop())
    attempt(lambda: empty.pop(0))
    attempt(lambda: [1].pop(1))
    attempt(lambda: [1].pop(-2))
    attempt(lambda: [1].pop(2**70))
    attempt(lambda: [1].pop("0"))
    attempt(lambda: [1].pop(0, 1))
    attempt(lambda: [1].pop(index=0))
    attempt(lambda: list.pop(()))
    attempt(lambda: list.pop([7, 8]))
    attempt(lambda: list.pop([7, 8], 0))
    s = Stack([1, 2, 3])
    print(s.pop(), s.pop(0), s, type(s).__name__)
    loud = Loud([1, 2, 3])
    print(loud.pop(), loud.pop(0), loud)
    work = list(range(10))
    order = []
    while work:
        item = work.pop()
        order.append(item)
        if item % 3 == 0 and item < 20:
            work.append(item + 11)
    print(order)
    queue = [1.25 * k for k in range(6)]
    total = 0.0
    while queue:
        total += queue.pop(0)
    print(total)


main()
