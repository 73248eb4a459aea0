# A bare `__annotations__` read: the main module always has it ({} without annotations); a module without module-level annotations raises NameError at run time (in a function, a class body, at module level) until `module.__annotations__` makes it; one with them sees its dict.
import plain
import annotated

print(__annotations__)
def read_main():
    return __annotations__
print(read_main())
print(plain.at_import)
print(plain.read())
print(plain.Holder.seen)
print(plain.__annotations__)
print(plain.read())
print(annotated.read(), annotated.__annotations__ is annotated.read())
class Local:
    x: int = 1
    print(__annotations__)
print(__annotations__, Local.__annotations__)
