# A module that rebinds the names int and float: calls go to the new
# binding, whose results inference must not take for exact ints.


def int(x):
    return str(x) + "?"


float = lambda x: [x]


def twice(v):
    return v + v


print(twice(int(3)), twice(float(2)))
