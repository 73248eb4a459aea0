# With sys.excepthook deleted, an uncaught exception prints "sys.excepthook is missing" and the traceback; exit status 1.
import sys
del sys.excepthook
print(hasattr(sys, "excepthook"), hasattr(sys, "__excepthook__"))
raise ValueError("no hook")
