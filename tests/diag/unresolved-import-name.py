# Checks that `from module import name` of a name the module does not
# define is a warning (the program raises ImportError there, as CPython
# does), while the names it does define resolve.
from helpers.geometry import area
from helpers.geometry import volume  # warning: [unresolved-import]
print(area(2, 3))
