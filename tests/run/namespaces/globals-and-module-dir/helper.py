"""A helper module."""
a = 1
_private = 2
def names():
    return [k for k in globals() if not k.startswith('__')]
class K:
    pass
