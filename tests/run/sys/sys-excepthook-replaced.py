# A replaced sys.excepthook is called with (type, value, traceback) for an uncaught exception (exit status 1); sys.__excepthook__ keeps the default, which prints the traceback (and a message for a non-exception value).
import sys

print(sys.excepthook is sys.__excepthook__, sys.excepthook.__name__)
sys.__excepthook__(ValueError, "not an exception", None)
try:
    1 / 0
except ZeroDivisionError as e:
    sys.__excepthook__(type(e), e, e.__traceback__)
try:
    sys.excepthook(1)
except TypeError as e:
    print("TypeError:", e)

seen = []
def hook(kind, value, tb):
    print("hook:", kind.__name__, value, tb is value.__traceback__, tb.tb_lineno)
    print("args:", value.args, type(value).__mro__[1].__name__)
    seen.append(value)

class AppError(Exception):
    pass

def run():
    raise AppError("bad config", 3)

sys.excepthook = hook
print("before")
run()
