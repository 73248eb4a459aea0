# with inside loops and functions: break, continue and return run __exit__; exceptions from __exit__ propagate.
class Log:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        print("enter", self.tag)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.tag, exc_type is not None)
        return False


for i in range(4):
    with Log(i):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)


def find(items, wanted):
    for item in items:
        with Log(item):
            if item == wanted:
                return "found " + str(item)
    return "missing"


print(find([5, 6, 7], 6))
print(find([1], 9))


def nested():
    with Log("x"):
        try:
            with Log("y"):
                raise RuntimeError("inner")
        except RuntimeError as e:
            print("handled", e)
        return "done"


print(nested())


class Failing:
    def __enter__(self):
        return 1

    def __exit__(self, exc_type, exc, tb):
        raise OSError("exit failed")


try:
    with Failing():
        print("in failing")
except OSError as e:
    print("caught", e)

try:
    with Failing():
        raise ValueError("original")
except OSError as e:
    print("caught", e, "context:", repr(e.__context__))

count = 0
while True:
    with Log("w"):
        count += 1
        if count == 2:
            break
print("count", count)
