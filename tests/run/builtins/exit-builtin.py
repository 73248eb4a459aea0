# The site builtins exit() and quit() raise SystemExit with the given code,
# which a handler can catch; an uncaught one ends the program with it.
for f in (exit, quit):
    for args in ((), (None,), (0,), (3,), ("bye",)):
        try:
            f(*args)
        except SystemExit as e:
            print(repr(e.code), e.args)
try:
    exit(code=5)
except SystemExit as e:
    print("keyword", e.code)
print("leaving")
exit(4)
print("not reached")
