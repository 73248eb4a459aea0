# The gc module: collect/enable/disable/isenabled, and argument errors.
import gc
from gc import collect

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__, type(collect(0)).__name__, type(gc.collect(generation=1)).__name__)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
try:
    gc.enable(1)
except TypeError as e:
    print("TypeError", e)
print(gc.collect.__name__, gc.__name__)
