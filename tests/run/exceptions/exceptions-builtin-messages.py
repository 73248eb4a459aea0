# Checks the messages of common built-in exceptions raised by operators:
# division by zero in its forms, bad operand types, and bad conversions.
def show(e):
    print(repr(e))
try:
    1 // 0
except ZeroDivisionError as e:
    show(e)
try:
    1 % 0
except ZeroDivisionError as e:
    show(e)
try:
    1 / 0
except ZeroDivisionError as e:
    show(e)
try:
    1.5 / 0
except ZeroDivisionError as e:
    show(e)
try:
    2.0 % 0.0
except ZeroDivisionError as e:
    show(e)
try:
    "a" + 1
except TypeError as e:
    show(e)
try:
    1 + "a"
except TypeError as e:
    show(e)
try:
    [1] < "a"
except TypeError as e:
    show(e)
try:
    -"x"
except TypeError as e:
    show(e)
try:
    "abc"[5]
except IndexError as e:
    show(e)
try:
    None + 1
except TypeError as e:
    show(e)
try:
    "x" * "y"
except TypeError as e:
    show(e)
try:
    len(None)
except TypeError as e:
    show(e)
not_callable = 5
try:
    not_callable()
except TypeError as e:
    show(e)
