# Checks the traceback of an error inside a list comprehension: it has a
# frame of its own, named <listcomp>, below the function that runs it.
def invert_all(values):
    return [1 / v for v in values]


print(invert_all([1, 2]))
invert_all([1, 0])
