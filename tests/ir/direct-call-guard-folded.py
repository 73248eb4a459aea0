# Checks that a program whose `setattr` with a computed name can only reach
# an instance (never a module object) keeps its direct calls unguarded:
# the `fib is fib$def` guard lowering emits cannot fail, so inference
# drops the generic branch and `fib`'s int return reaches its callers.
class Box:
    pass


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


box = Box()
setattr(box, "na" + "me", 1)
total = fib(10) + 1
print(total, box.name)
