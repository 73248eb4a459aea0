# Single and multiple inheritance, method resolution order, super() chains, issubclass.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog, an " + super().kind()


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + f" (age {self.age})"


d = Dog("rex")
print(d.speak(), d.kind())
p = Puppy("bit", 1)
print(p.speak(), p.kind())
print(isinstance(p, Animal), isinstance(p, (int, Dog)), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(issubclass(Dog, (str, Animal)), issubclass(bool, int))
names = []
for c in Puppy.__mro__:
    names.append(c.__name__)
print(names)
print(Puppy.__bases__ == (Dog,), Dog.__base__ is Animal)


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who())
names = []
for k in D.__mro__:
    names.append(k.__name__)
print(names)
print(isinstance(D(), C), issubclass(D, (B, C)))


class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass


try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print(e)


class Base:
    def __init__(self):
        self.log = ["Base"]


class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")


class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")


class Both(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Both")


print(Both().log)
