# __index__ on user classes: indexing lists, tuples, strs and ranges, slices, list methods; __reversed__ used by reversed()
class Idx:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i

data = [10, 20, 30, 40]
print(data[Idx(1)], data[Idx(-1)], (1, 2, 3)[Idx(2)], "abc"[Idx(0)], range(5, 10)[Idx(3)])
print(data[Idx(1):Idx(3)], "hello"[Idx(1):])
data[Idx(0)] = 99
del data[Idx(1)]
print(data, data.pop(Idx(0)), data)
data.insert(Idx(1), 7)
print(data)
try:
    data[Idx(10)]
except IndexError as e:
    print("IndexError:", e)

class Bad:
    def __index__(self):
        return "3"
try:
    [1, 2][Bad()]
except TypeError as e:
    print("TypeError:", e)

class Seq:
    def __init__(self, items):
        self.items = list(items)
    def __reversed__(self):
        return iter(self.items[::-1] + ["<rev>"])
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]

print(list(reversed(Seq("abc"))), [x for x in reversed(Seq([1, 2]))])

class Plain:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * i
print(list(reversed(Plain())))
