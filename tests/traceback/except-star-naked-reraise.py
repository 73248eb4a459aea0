# Checks an exception that is not a group caught by except* and re-raised
# with a bare raise: it leaves the statement wrapped in ExceptionGroup(''),
# which has no traceback of its own at module level.
def f():
    raise ValueError(1)


try:
    f()
except* ValueError:
    raise
