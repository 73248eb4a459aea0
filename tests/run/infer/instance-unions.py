# Receivers of a few known classes (unions): type-switched method calls with float results, shared-slot attribute loads and stores, overrides, a member missing an attribute, None members, explicit Base.method(self) calls, and a union growing past the bound
import math


class Shape:
    def __init__(self, name):
        self.name = name
        self.hits = 0

    def describe(self):
        return self.name + " with area " + str(round(self.area(), 3))

    def area(self):
        return 0.0


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r

    def area(self):
        return math.pi * self.r * self.r


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side


class Tri(Shape):
    def __init__(self, b, h):
        Shape.__init__(self, "tri")
        self.b = b
        self.h = h

    def area(self):
        return 0.5 * self.b * self.h


def shapes_demo():
    shapes = [Circle(1.0), Square(2.0), Tri(3.0, 4.0), Circle(0.5)]
    total = 0.0
    for s in shapes:
        total += s.area()
        s.hits += 1
        s.hits = s.hits * 2
    print(round(total, 6))
    for s in shapes:
        print(s.describe(), s.name, s.hits)
    # A member without the attribute raises AttributeError on that member only.
    for s in shapes:
        try:
            print(s.name, s.r)
        except AttributeError as e:
            print("AttributeError:", e)
    return shapes


shapes = shapes_demo()


# Optional receivers: a linked list and a search that may find nothing.
class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt

    def total(self):
        n = self
        acc = 0
        while n is not None:
            acc += n.value
            n = n.next
        return acc


def nodes():
    head = None
    for i in range(5):
        head = Node(i * 1.5, head)
    print(head.total(), head.next.next.value)


nodes()


def find(shapes, name):
    best = None
    for s in shapes:
        if s.name == name:
            best = s
    return best


def finds():
    shapes = [Circle(2.0), Square(3.0), Tri(1.0, 1.0)]
    print(find(shapes, "tri").area())
    missing = find(shapes, "hexagon")
    try:
        missing.area()
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print(missing.name)
    except AttributeError as e:
        print("AttributeError:", e)
    print(missing.__repr__(), repr(find(shapes, "square").name))


finds()


# Subclass overrides and inherited methods in one union.
class Animal:
    def __init__(self, legs):
        self.legs = legs

    def speak(self):
        return "..."

    def walk(self):
        return self.speak() + " on " + str(self.legs) + " legs"


class Dog(Animal):
    def speak(self):
        return "woof"


class Bird(Animal):
    def __init__(self):
        super().__init__(2)
        self.wings = 2


def animals():
    for a in [Animal(4), Dog(4), Bird()]:
        print(a.walk(), a.legs)
        a.legs = a.legs + 1
        print(a.speak(), a.legs)


animals()


# A union growing past the bound: five classes in one list.
class A1:
    def v(self):
        return 1


class A2:
    def v(self):
        return 2


class A3:
    def v(self):
        return 3


class A4:
    def v(self):
        return 4


class A5:
    def v(self):
        return 5.5


def many():
    print(sum(x.v() for x in [A1(), A2(), A3(), A4(), A5()]))
    acc = 0
    for x in [A1(), A2(), A3(), A4(), A5(), A1()]:
        acc = acc + x.v()
    print(acc)
    few = 0
    for x in [A1(), A2(), A3(), A4()]:
        few = few + x.v()
    print(few)


many()


# super() in a method whose self is a union of subclasses.
class Root:
    def __init__(self, tag):
        self.tag = tag

    def label(self):
        return "root:" + self.tag


class Mid(Root):
    def __init__(self, tag, extra):
        super().__init__(tag)
        self.extra = extra

    def label(self):
        return "mid(" + super().label() + ")"


class Leaf1(Mid):
    def __init__(self, tag):
        super().__init__(tag, 1)


class Leaf2(Mid):
    def label(self):
        return "leaf2[" + super().label() + "]"


def labels():
    things = [Leaf1("a"), Leaf2("b", 2), Mid("c", 3)]
    for t in things:
        print(t.label(), t.tag, t.extra)
    getter = [t.label for t in things]
    print([g() for g in getter])


labels()
