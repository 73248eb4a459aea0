# List element kinds stay sound under aliasing: a list reached through a
# variable that also holds other kinds, through another function (called
# directly or as a value), a global, an attribute, a closure, a generator,
# a dict, or an object whose kind is unknown, gets what those stores put in.

import random

glob = []


def add_str(items):
    items.append("str")


def set_first(items, value):
    items[0] = value


def via_obj(flag):
    a = [1.0, 2.0]
    b = a if flag else "not a list"
    if flag:
        b.append("added through obj")
    return a, type(a[-1]).__name__


def via_direct_call():
    a = [1.0, 2.0]
    add_str(a)
    b = [1, 2]
    set_first(b, 0.5)
    return a, b, a[-1] + "!", b[0] + 1


def via_function_value():
    a = [1.0, 2.0]
    f = add_str
    f(a)
    g = [add_str]
    c = [3.0]
    g[0](c)
    return a, c


def via_global():
    global glob
    a = [1.0]
    glob = a
    glob.append(None)
    return a, a[-1] is None


class Box:
    def __init__(self, items):
        self.items = items

    def push(self, v):
        self.items.append(v)


def via_attribute():
    a = [1, 2]
    box = Box(a)
    box.push("three")
    return a, type(a[2]).__name__


def via_closure():
    a = [1.0]

    def push():
        a.append("closure")

    push()
    b = [2.0]
    f = lambda: b.append(None)
    f()
    return a, b


def gen(items):
    items.append("gen")
    yield len(items)


def via_generator():
    a = [1.0]
    for n in gen(a):
        pass
    return a, n


def via_dict():
    a = [1.0]
    d = {"k": a}
    d["k"].append("dict")
    return a


def via_nested_list():
    a = [1.0]
    outer = [a, [2.0]]
    outer[0].append("nested")
    x = outer[1]
    x.append(3)
    return a, outer


def via_unknown_call():
    a = [1, 2, 3, 4, 5]
    random.seed(5)
    random.shuffle(a)
    b = [0.5, 1.5]
    random.Random(1).shuffle(b)
    return sorted(a), sorted(b)


def via_method_on_obj(objects):
    a = [1.0]
    objects.append(a)
    for o in objects:
        if isinstance(o, list):
            o.append("obj receiver")
    return a


def join_classes(flag):
    a = [1.0]
    b = ["s"]
    c = a if flag else b
    c.append(2)
    return a, b


def via_sort_key():
    rows = [[3.0], [1.0], [2.0]]

    def key(row):
        row.append("seen")
        return row[0]

    rows.sort(key=key)
    return rows, rows[0][-1]


print(via_obj(True), via_obj(False))
print(via_direct_call())
print(via_function_value())
print(via_global())
print(via_attribute())
print(via_closure())
print(via_generator())
print(via_dict())
print(via_nested_list())
print(via_unknown_call())
print(via_method_on_obj([1, "x"]))
print(join_classes(True), join_classes(False))
print(via_sort_key())
