# Checks bool and None values: printing, arithmetic on bools, comparisons,
# `is None`, and not.
print(True, False, None)
print(True + True, True * 10, False - 1, True / 2, -True, ~True)
print(True == 1, False == 0, True is True, None is None, None == None)
x = None
print(x is None, x is not None, not x, not None, not 0, not 5)
print(repr(True), str(False), repr(None), str(None))
print(True and False, True or False, not True)
print(True > False, True < 2, max(True, False), sum([True, True, False]))
print(int(True), float(False), str(True) + "!")
