# Checks that a collection whose mark stack grows past its capacity while
# the native stack is scanned stays sound (the collector's own buffers are
# never scanned as roots): 20000 small lists alive in one list, then a dict.
def big():
    acc = []
    for i in range(20000):
        acc.append([i] * 3)
    return len(acc)


def big_dict():
    d = {}
    for i in range(20000):
        d[i] = [i]
    return len(d), d[19999]


print(big())
print(big_dict())
