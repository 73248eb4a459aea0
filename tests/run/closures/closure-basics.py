# Closures: nested functions reading and rebinding (nonlocal) variables of
# their enclosing function, late binding, counters, recursion through a closure.

def make_counter(start):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


c = make_counter(10)
print(c(), c(), c(5))
other = make_counter(0)
print(other(), c())


def adder(n):
    return lambda x: x + n


add3 = adder(3)
print(add3(4), adder(10)(1))

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
bound = [lambda i=i: i for i in range(3)]
print([f() for f in bound])


def outer():
    x = 1

    def middle():
        def inner():
            return x * 100

        return inner

    x = 2
    return middle()()


print(outer())


def fib_maker():
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    return fib


print(fib_maker()(20))


def shared():
    value = []

    def push(item):
        value.append(item)

    def get():
        return value

    return push, get


push, get = shared()
push(1)
push(2)
print(get())


def param_cell(a, b):
    def show():
        return a + b

    a = a * 10
    return show()


print(param_cell(1, 2))
print(make_counter.__qualname__, c.__qualname__, c.__name__)
print(adder(1).__qualname__, (lambda: 0).__name__)
print(c.__closure__ is not None, make_counter.__closure__)
