# A circular import: reading a name of a module whose body is still
# running raises CPython's "partially initialized module" errors; once the
# bodies ran, the same reads work.
import alpha
import beta

print(alpha.f(), alpha.X, beta.Y)
try:
    alpha.missing
except AttributeError as e:
    print("AttributeError:", e)
from alpha import X as x1
print(x1)
