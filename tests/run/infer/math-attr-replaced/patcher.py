import math

SCALE = 2.5


def scaled(x):
    return SCALE * x


def patch():
    math.floor = lambda x: "patched " + str(x)
