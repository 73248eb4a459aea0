# Classes defined in another module: subclassing, __module__, repr, and an uncaught exception named module.Class.
import shapes_lib
from shapes_lib import Base


class Child(Base):
    def double(self):
        return super().double() + 1


c = Child(5)
print(c.double(), Base(2).double(), Child.__module__, Base.__module__)
print(Base, Child, shapes_lib.LibError)
try:
    raise shapes_lib.LibError("caught")
except shapes_lib.LibError as e:
    print(type(e).__name__, e)
raise shapes_lib.LibError("uncaught")
