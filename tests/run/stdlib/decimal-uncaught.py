# decimal: an uncaught DivisionByZero ends the program with CPython's last line and exit status
from decimal import Decimal

print(Decimal('10.00') / 4)
print(Decimal(1) / Decimal('0.00'))
