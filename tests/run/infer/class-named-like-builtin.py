# A class named like a builtin: code reading the name before the class
# statement ran gets the builtin.
def make(n):
    return range(n)


print(list(make(3)))


class range:
    def __init__(self, n):
        self.n = n

    def size(self):
        return self.n


print(make(4).size())
print(type(make(2)).__name__)
