# Checks an uncaught NameError for a global that was never assigned because
# its branch did not run.
import sys
if len(sys.argv) > 5:
    maybe = "set"
print("before")
print(maybe)
