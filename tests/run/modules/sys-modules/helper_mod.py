import sys

seen_during_import = __name__ in sys.modules and sys.modules[__name__].__name__
VALUE = 7
