LOCAL = "local"
from . import sub
from . import LOCAL as again


def helper():
    return sub.VALUE * 2 + again
