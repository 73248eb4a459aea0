# Checks sys.exit inside a match case with a finally clause: SystemExit caught
# with its code, cleanup printed, and the exit status of an uncaught exit.
import sys
def main(argv):
    match argv[1:]:
        case []:
            print("no args")
            return 0
        case ["--fail", code]:
            try:
                sys.exit(int(code))
            finally:
                print("cleanup before exit")
        case _:
            return 2
try:
    main(["prog"])
    main(["prog", "--fail", "x"])
except ValueError as e:
    print("bad code:", e)
try:
    main(["prog", "--fail", "3"])
except SystemExit as e:
    print("caught exit", e.code, repr(e))
sys.exit(main(["prog", "--fail", "4"]))
