# Checks that `**` in a class statement's keywords is rejected (typhon
# passes class keywords by name), pointing at it; named keywords and
# `metaclass=` compile.
class Meta(type):
    pass


class Point(metaclass=Meta):
    pass


options = {"flag": True}


class Flagged(**options):  # error: [unsupported-feature]
    pass
