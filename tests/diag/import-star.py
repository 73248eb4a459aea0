# Checks that `from module import *` is rejected: typhon binds every name
# statically.
from sys import *  # error: [unsupported-feature]
