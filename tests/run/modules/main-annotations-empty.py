# The main module has __annotations__ (an empty dict) even without annotations: dir() lists it, getattr and hasattr agree.
import __main__

print("__annotations__" in dir(__main__))
print(hasattr(__main__, "__annotations__"), getattr(__main__, "__annotations__"))
print(sorted(n for n in dir() if n.startswith("__")))
print(__main__.__annotations__ is getattr(__main__, "__annotations__"))
