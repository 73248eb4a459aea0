# Checks that importing a C extension module is rejected with a note saying
# why typhon cannot load it.
import numpy  # error: [unavailable-module]
print(numpy)
