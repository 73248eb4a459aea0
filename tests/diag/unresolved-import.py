# Checks that importing a module found neither beside the program nor among
# typhon's native modules is an error naming the places searched.
import sys
import no_such_module  # error: [unresolved-import]
print(sys.argv)
