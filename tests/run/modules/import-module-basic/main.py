# Checks `import mymod` and `from mymod import ...`: calling functions,
# reading module constants, and a module-qualified name next to an imported one.
import mymod
from mymod import greet, VERSION
print(mymod.greet("main"))
print(greet("direct"), VERSION, mymod.VERSION)
print(mymod.add(2, 3), mymod.square_all([1, 2, 3]))
print(mymod.__name__, __name__)
