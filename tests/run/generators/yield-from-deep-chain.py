# `yield from` chains: return values passed up every level, a chain a few
# hundred deep works, one deeper than the recursion limit raises
# RecursionError (each level resumes the next one a level deeper), and a
# generator closed or raising in the middle of a chain.
def count_down(n):
    if n == 0:
        yield "bottom"
        return 0
    got = yield from count_down(n - 1)
    return got + 1


def driver(n):
    depth = yield from count_down(n)
    yield f"depth {depth}"


print(list(driver(3)))
print(list(driver(300))[-1])
try:
    print(len(list(driver(5000))))
except RecursionError as e:
    print("RecursionError", e)
print(list(driver(10))[-1])


def chain(n):
    if n == 0:
        try:
            yield 1
            yield 2
        finally:
            print("innermost finally")
        return
    try:
        yield from chain(n - 1)
    finally:
        if n == 3:
            print("level 3 finally")


g = chain(5)
print(next(g))
g.close()
print("closed")
for x in chain(4):
    print("item", x)
    break
print("after break")


def raising(n):
    if n == 0:
        yield "ok"
        raise ValueError("deep")
    yield from raising(n - 1)


try:
    for x in raising(50):
        print(x)
except ValueError as e:
    print("ValueError", e)
