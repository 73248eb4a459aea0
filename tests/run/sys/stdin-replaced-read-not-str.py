# A program that rebinds sys.stdin: sys.stdin.read() is whatever the new
# object's read returns (here not a str), so it must not be taken for a str.
import sys


class Feed:
    def __init__(self, items):
        self.items = items

    def read(self):
        return self.items

    def readline(self):
        return len(self.items)


print(type(sys.stdin.read()).__name__)
sys.stdin = Feed([3, 1, 2])
data = sys.stdin.read()
print(data, data + [4], sorted(data))
print(sys.stdin.readline() + 10)
sys.stdin = Feed({"a": 1})
print(sys.stdin.read()["a"])
