# Checks that sys.exit() and sys.exit(0) end the program with status 0 and
# that SystemExit can be caught like any exception, carrying its code.
import sys
try:
    sys.exit(4)
except SystemExit as e:
    print("caught SystemExit", e.args)
try:
    sys.exit("text")
except SystemExit as e:
    print("caught SystemExit", e.args)
def finish():
    try:
        sys.exit()
    finally:
        print("finally runs on exit")
print("before exit")
finish()
print("never printed")
