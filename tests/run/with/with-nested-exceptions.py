# Nested with blocks: inner suppression hides the error from the outer manager; exception context while __exit__ runs; exception raised in __enter__.
class M:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, None if exc_type is None else exc_type.__name__)
        return self.suppress


class FailEnter:
    def __enter__(self):
        raise RuntimeError("cannot enter")

    def __exit__(self, *args):
        print("never called")


with M("outer"):
    with M("inner", suppress=True):
        raise ValueError("hidden")
    print("after inner")

try:
    with M("a"), FailEnter(), M("never"):
        print("body not run")
except RuntimeError as e:
    print("caught", e)


class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        try:
            raise TypeError("during exit")
        except TypeError as inner:
            print("inner context:", repr(inner.__context__))
        return True


with Inspect():
    raise KeyError("original")
print("done")
