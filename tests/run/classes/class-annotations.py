# Annotated names in a class body are evaluated and recorded in the class's
# __annotations__, in order, with or without a value; other annotations are
# not recorded there.
class Plain:
    pass

class Point:
    x: int
    y: float = 2.5
    label: "str" = "p"
    if True:
        flag: bool = False
    def method(self):
        z: int = 3
        return z

print(Point.__annotations__)
print(Point.y, Point.label, Point.flag, Point().method())
print("__annotations__" in Plain.__dict__, "x" in Point.__dict__)

class Child(Point):
    extra: list

print(Child.__annotations__, Child.y)
