# Checks the `functools` module (issue #4): reduce, partial, lru_cache and
# cache (hits, misses, eviction order, typed keys), wraps/update_wrapper,
# cmp_to_key, total_ordering and cached_property.
import functools
from functools import cache, cmp_to_key, lru_cache, partial, reduce, total_ordering, wraps
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 8), 1), reduce(max, [3], 0))
print(reduce(operator.add, [], "empty"), reduce(lambda acc, x: acc + [x * 2], "ab", []))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
two_to = partial(power, 2)
print(square(5), cube_mod(7), two_to(10), two_to(exp=5), partial(two_to, 3)(), partial(square, mod=7)(4))
print(two_to.func is power, two_to.args, square.keywords, partial(two_to, 4).args)
try:
    partial(3)
except TypeError as e:
    print("TypeError", e)

calls = []


@lru_cache(maxsize=3)
def slow_square(n):
    calls.append(n)
    return n * n


for n in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3]:
    slow_square(n)
print(calls, slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info(), slow_square(2), slow_square.cache_info().misses)


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info(), fib.__name__, fib.__wrapped__(10))


@lru_cache
def plain(x, y=1):
    return (x, y)


@lru_cache(maxsize=None, typed=True)
def typed(x):
    return repr(x)


print(plain(1), plain(1, y=2), plain(1, 2), plain.cache_info(), typed(1), typed(1.0), typed(True), typed.cache_info())
print(lru_cache(maxsize=0)(lambda x: x * 3)(4), plain.cache_parameters())
try:
    plain([1])
except TypeError as e:
    print("TypeError", e)


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        return ("logged", func(*args, **kwargs))
    return wrapper


@logged
def greet(name):
    """Say hello."""
    return "hello " + name


print(greet("ann"), greet.__name__, greet.__doc__, greet.__qualname__, greet.__wrapped__("bob"))


def inner():
    pass


def outer():
    pass


functools.update_wrapper(outer, inner)
print(outer.__name__, outer.__wrapped__ is inner)


def compare_len(a, b):
    return len(a) - len(b)


words = ["ccc", "a", "bb", "dddd", "ee"]
print(sorted(words, key=cmp_to_key(compare_len)), max(words, key=cmp_to_key(compare_len)))
key = cmp_to_key(compare_len)
print(key("ab") < key("abc"), key("ab") == key("cd"), key("abc") >= key("a"), key("a") <= key("b"), key("b") > key("a"))


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


@total_ordering
class Grade:
    def __init__(self, score):
        self.score = score

    def __eq__(self, other):
        return self.score == other.score

    def __ge__(self, other):
        return self.score >= other.score


a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), sorted([b, a, Version(0, 9)]))
g, h = Grade(70), Grade(85)
print(g < h, g > h, g <= h, g >= h, g <= Grade(70), g < Grade(70))
try:
    @total_ordering
    class Plain:
        pass
except ValueError as e:
    print("ValueError", e)


class Circle:
    def __init__(self, radius):
        self.radius = radius
        self.computed = 0

    @functools.cached_property
    def area(self):
        self.computed += 1
        return 3 * self.radius * self.radius


c = Circle(2)
print(c.area, c.area, c.computed, Circle.area.attrname)
