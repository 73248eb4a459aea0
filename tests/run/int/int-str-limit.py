# CPython 3.11's int/str conversion digit limit: str() of a 5000-digit int and int() of a long string raise ValueError; sys setting
import sys
big = 10 ** 4299
print(len(str(big)), sys.get_int_max_str_digits())
try:
    str(10 ** 4300)
except ValueError as e:
    print(e)
try:
    int('9' * 4301)
except ValueError as e:
    print(e)
print(len(hex(10 ** 5000)), int('1' * 4300) % 97)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 6000)))
sys.set_int_max_str_digits(5000)
try:
    repr(10 ** 5000)
except ValueError as e:
    print(e)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
