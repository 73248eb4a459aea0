# Checks that a module whose body raised is imported afresh by the next
# import (CPython forgets a failed import), while a module that succeeded
# runs only once.
import steady

try:
    import flaky
except ZeroDivisionError as e:
    print("first import failed:", e)
try:
    import flaky
    print("second import worked")
except ZeroDivisionError as e:
    print("second import failed:", e)
import steady
print(steady.runs)
