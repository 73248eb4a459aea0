# co_cellvars and co_freevars of code objects: sorted names, parameters that are cells, lambdas, nonlocal, the implicit __class__ cell of methods using super() or __class__, nested closures passing names through.
def counter(a):
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n + a
    return inc
c = counter(1)
print(counter.__code__.co_varnames, c.__code__.co_varnames, counter.__code__.co_nlocals)
print(counter.__code__.co_cellvars, c.__code__.co_freevars, counter.__code__.co_freevars, c.__code__.co_cellvars)
def g(x):
    return lambda: x
print(g.__code__.co_cellvars, g(1).__code__.co_freevars, g.__code__.co_varnames)
class K:
    def m(self):
        return __class__
    def n(self):
        super().n
print(K.m.__code__.co_freevars, K.n.__code__.co_freevars)


def outer():
    a = b = 1

    def middle():
        def inner():
            return a + b
        return inner
    return middle


mid = outer()
print(outer.__code__.co_cellvars, mid.__code__.co_freevars, mid().__code__.co_freevars, mid.__code__.co_cellvars)
print((lambda q: (lambda: q))(1).__code__.co_freevars, (lambda q: (lambda: q)).__code__.co_cellvars, len.__class__.__name__)
