# Imported while alpha's body is still running (alpha imports beta first).
import alpha

try:
    print(alpha.X)
except AttributeError as e:
    print("AttributeError:", e)
try:
    from alpha import X
except ImportError as e:
    print("ImportError:", str(e).rsplit(" (", 1)[0], e.name, e.path.endswith("alpha.py"))
print(hasattr(alpha, "f"), hasattr(alpha, "beta"))
Y = 2
