# Parameter kinds: *args, **kwargs, keyword-only (with and without
# defaults), positional-only, and how they combine with defaults.


def collect(*args, **kwargs):
    return args, sorted(kwargs.items())


print(collect(), collect(1, 2), collect(a=1), collect(1, b=2, a=3))


def head_tail(first, *rest):
    return first, rest


print(head_tail(1), head_tail(1, 2, 3))


def options(name, *, verbose=False, level):
    return name, verbose, level


print(options("x", level=3), options("y", verbose=True, level=1))


def posonly(a, b=2, /, c=3, *, d=4):
    return a, b, c, d


print(posonly(1), posonly(1, 5, 6, d=7), posonly(1, c=9))


def everything(a, /, b, *args, c, d=10, **kwargs):
    return a, b, args, c, d, sorted(kwargs)


print(everything(1, 2, 3, 4, c=5, e=6, f=7))
print(everything(1, b=2, c=3))


def kw_posonly_name(a, /, **kwargs):
    return a, kwargs


print(kw_posonly_name(1, a=2))
print(options.__kwdefaults__, posonly.__defaults__, posonly.__kwdefaults__)
print((lambda *a, **k: (a, k))(1, x=2))
print((lambda x, *, y=5: x + y)(1), (lambda x, /: x)(3))


def forward(*args, **kwargs):
    return collect(*args, **kwargs)


print(forward(1, 2, z=3))
