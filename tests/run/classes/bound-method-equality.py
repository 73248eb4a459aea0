# Bound methods compare equal when they bind the same object to the same function
# (each attribute read makes a new method object), and hash alike; native bound
# methods too.
class A:
    def f(self):
        return 1

    def g(self):
        return 2

    @classmethod
    def c(cls):
        return cls


a, b = A(), A()
print(a.f == a.f, a.f != a.f, a.f is a.f, a.f == b.f, a.f == a.g, hash(a.f) == hash(a.f))
print(A.c == A.c, a.f in [a.g, a.f], len({a.f, a.f, a.g}), {a.f: 1}[a.f])
items = [1]
other = [1]
print(items.append == items.append, items.append == other.append, items.append == items.extend)
print(len == len, len != abs, hash(items.append) == hash(items.append), A.f == A.f)
print(a.f == 1, (a.f == None), a.f != b.f)
