# Lists of instances stay sound under aliasing: a non-instance appended
# through an alias, a function called as a value, an attribute or a global;
# two classes in one list; an element replaced by another class's instance.


class A:
    def __init__(self, v):
        self.v = v

    def show(self):
        return "A" + str(self.v)


class B:
    def __init__(self, v):
        self.v = v

    def show(self):
        return "B" + str(self.v)


def names(items):
    return [x.show() if isinstance(x, A) or isinstance(x, B) else repr(x) for x in items]


def add_str(items):
    items.append("str")


def through_alias():
    items = [A(1), A(2)]
    other = items
    other.append(3)
    return names(items)


def through_value():
    items = [A(1)]
    f = add_str
    f(items)
    return names(items)


class Holder:
    def __init__(self):
        self.items = None


def through_attribute():
    items = [A(5)]
    h = Holder()
    h.items = items
    h.items.append(None)
    return names(items)


glob = []


def through_global():
    items = [A(6)]
    global glob
    glob = items
    glob.append(6.5)
    return names(items)


def two_classes():
    items = [A(1), B(2)]
    items.append(A(3))
    return [x.show() for x in items]


def replaced():
    items = [A(1), A(2)]
    items[1] = B(7)
    return [x.show() for x in items]


def mixed_tuple():
    t = (A(1), B(2))
    return t[0].show() + t[1].show()


def sliced():
    items = [A(1), A(2), A(3)]
    items[1:2] = [B(9), "x"]
    return names(items)


print(through_alias())
print(through_value())
print(through_attribute())
print(through_global())
print(two_classes())
print(replaced())
print(mixed_tuple())
print(sliced())
