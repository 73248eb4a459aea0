# Checks del of every target kind inside functions and loops: locals deleted
# then rebound, del in except clauses, del of list items while iterating
# indices backwards, del of nested subscripts, del of a global from a function.
registry = {"a": [1, 2, 3], "b": {"x": 1, "y": 2}}


def prune():
    global registry
    del registry["a"][0], registry["b"]["x"]
    print(registry)
    del registry
    try:
        registry
    except NameError as err:
        print(err)


prune()
registry = "rebound"
print(registry)


def compact(items):
    for i in range(len(items) - 1, -1, -1):
        if items[i] is None:
            del items[i]
    return items


print(compact([1, None, 2, None, None, 3]))


def swap_and_del():
    value = 1
    for round_ in range(3):
        if round_ == 1:
            del value
            continue
        try:
            print("value", value)
        except UnboundLocalError as err:
            print("unbound:", err)
        value = round_ * 10


swap_and_del()


def del_in_handler():
    try:
        raise KeyError("k")
    except KeyError as err:
        saved = err
        del err
    return repr(saved)


print(del_in_handler())
grid = [[1, 2, 3], [4, 5, 6]]
del grid[0][1:], grid[1][::2]
print(grid)
numbers = list(range(10))
del numbers[2:8:3]
print(numbers)
try:
    del numbers[1:5:2], numbers["x"]
except TypeError as err:
    print(err, numbers)
