# Checks the traceback of an uncaught AttributeError from `del obj.attr`
# inside a function, with the attribute on a later line than the object.


class Point:
    def __init__(self):
        self.x = 1


def drop(p):
    del p.x
    del (
        p
        .x
    )


drop(Point())
