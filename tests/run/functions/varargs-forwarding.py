# *args and **kwargs: packing, forwarding to another function, mixing with
# named parameters, counting and inspecting what was passed.


def describe(*args, **kwargs):
    parts = [repr(a) for a in args]
    parts += [f"{k}={v!r}" for k, v in kwargs.items()]
    return "describe(" + ", ".join(parts) + ")"


def wrapper(label, *args, **kwargs):
    return label + ": " + describe(*args, **kwargs)


print(wrapper("one", 1, "two", flag=True))
print(wrapper("none"))
print(wrapper(label="kw", extra=1))


def total(*numbers, start=0):
    result = start
    for n in numbers:
        result += n
    return result


print(total(), total(1, 2, 3), total(1, 2, start=10), total(*range(5)))


def kwargs_only(**options):
    return sorted(options.items()), type(options).__name__


print(kwargs_only(), kwargs_only(z=1, a=2))
args = (1, 2)
print(describe(*args, *args, **{"x": 1}, y=2))
