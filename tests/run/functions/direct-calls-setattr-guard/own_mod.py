import own_mod as _self


def double(x, y=0):
    return x * 2 + y


def use_double():
    return [double(5, 1), double(5), double(y=2, x=3)]


def rebind(name, value):
    setattr(_self, name, value)


def unbind(name):
    delattr(_self, name)
