# Checks that a relative import in the main file (which is in no package)
# is rejected, as CPython raises ImportError for it, even when a module of
# that name sits beside the main file.
from . import helpers  # error: [unresolved-import]
print(helpers)
