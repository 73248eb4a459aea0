# Decorators on functions: plain, with arguments, stacked (applied bottom
# up), a memoize decorator with a dict cache, and a callback registry.

calls = []


def trace(func):
    def wrapper(x):
        calls.append(func.__name__)
        return func(x)

    return wrapper


def memoize(func):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]

    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80))


def repeat(times):
    def decorate(func):
        def wrapper(x):
            return [func(x) for _ in range(times)]

        return wrapper

    return decorate


@repeat(3)
def double(x):
    return x * 2


print(double(4))

registry = {}


def register(name):
    def decorate(func):
        registry[name] = func
        return func

    return decorate


@register("add")
def add(a, b):
    return a + b


@register("mul")
def mul(a, b):
    return a * b


for name in sorted(registry):
    print(name, registry[name](6, 7))


def shout(func):
    return lambda x: func(x).upper()


def exclaim(func):
    return lambda x: func(x) + "!"


@shout
@exclaim
def greet(name):
    return "hello " + name


print(greet("bob"))


@trace
def square(x):
    return x * x


print(square(5), square(6), calls)


def replace_with_value(func):
    return 42


@replace_with_value
def gone():
    pass


print(gone)
