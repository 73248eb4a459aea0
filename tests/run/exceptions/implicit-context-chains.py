# Checks implicit exception context through nested handlers and functions:
# __context__ set on raise inside except and finally, a re-raised handled
# exception keeping its own context, and context cycles cut like CPython.
def fail(kind, message):
    raise kind(message)


def chain():
    try:
        fail(ValueError, "first")
    except ValueError:
        try:
            fail(KeyError, "second")
        except KeyError as second:
            third = TypeError("third")
            try:
                raise third
            except TypeError as caught:
                return caught


e = chain()
while e is not None:
    print(type(e).__name__, e.args, e.__suppress_context__)
    e = e.__context__


def cycle():
    a = ValueError("a")
    b = KeyError("b")
    try:
        try:
            raise a
        except ValueError:
            raise b
    except KeyError:
        try:
            raise a
        except ValueError as again:
            return again


again = cycle()
print(repr(again), repr(again.__context__), repr(again.__context__.__context__))


def in_finally():
    try:
        try:
            raise ValueError("body")
        finally:
            raise KeyError("finally")
    except KeyError as err:
        return err


err = in_finally()
print(repr(err), repr(err.__context__))


def handled_then_new():
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    try:
        raise KeyError("fresh")
    except KeyError as fresh:
        return fresh.__context__


print(handled_then_new())
