# Checks that `from module import name` of a name the module does not
# define is an error, while the names it does define resolve.
from helpers.geometry import area
from helpers.geometry import volume  # error: [unresolved-import]
print(area(2, 3))
