# Checks that sys.set_int_max_str_digits changes the limit int-to-str conversions enforce.
import sys
sys.set_int_max_str_digits(700)
print(sys.get_int_max_str_digits())
try:
    print(str(10 ** 800))
except ValueError as e:
    print(e)
