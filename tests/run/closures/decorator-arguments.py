# Decorators with arguments and state: a call counter, a prefix adder, a
# decorator returning a non-function, and decorator expressions evaluated
# before the function is defined.
order = []


def log(name):
    order.append("evaluated " + name)

    def decorate(func):
        order.append("applied " + name)
        return func

    return decorate


@log("outer")
@log("inner")
def target():
    return "target ran"


print(order, target())


def counted(func):
    def wrapper(x):
        wrapper.calls += 1
        return func(x)

    wrapper.calls = 0
    return wrapper


@counted
def halve(x):
    return x / 2


halve(4)
halve(8)
print(halve.calls, halve(2), halve.calls)


def prefix(text):
    return lambda func: lambda name: text + func(name)


@prefix("Dr. ")
def title(name):
    return name.title()


print(title("ada lovelace"))


def as_list(func):
    return [func(i) for i in range(3)]


@as_list
def table(i):
    return i * i


print(table)
