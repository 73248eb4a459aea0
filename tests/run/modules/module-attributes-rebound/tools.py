"""A module whose attributes other modules replace and delete."""

LIMIT = 10
RATE = 0.5


def double(x):
    return 2 * x


def scale(x, factor=3):
    return x * factor


class Box:
    def __init__(self, v):
        self.v = v
