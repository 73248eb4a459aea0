# divmod() calls a user class's __divmod__ / __rdivmod__ (subclass reflected first, NotImplemented falls through)
class A:
    def __divmod__(self, o):
        return ("A.dm", o)

    def __rdivmod__(self, o):
        return ("A.rdm", o)

class B(A):
    def __rdivmod__(self, o):
        return ("B.rdm", type(o).__name__)

class N:
    def __divmod__(self, o):
        return NotImplemented

class I(int):
    def __divmod__(self, o):
        return "I.dm"

print(divmod(A(), 2), divmod(3, A()), divmod(A(), B()), divmod(B(), A())[0], divmod(A(), A())[0])
print(divmod(I(7), 2), divmod(7, I(2)), divmod(I(7), I(2)))
for bad in [lambda: divmod(N(), 1), lambda: divmod(1, N()), lambda: divmod(N(), N())]:
    try:
        bad()
    except TypeError as e:
        print(e)
