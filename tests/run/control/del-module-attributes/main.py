# Checks deleting module attributes: a deleted global is unbound for the
# module's own code (NameError there, AttributeError through the module),
# functions removed by `del` and `delattr` are not called any more, and
# attributes added from outside can be deleted again.
import helper_mod

print(helper_mod.show())
del helper_mod.value
try:
    helper_mod.show()
except NameError as e:
    print("NameError:", e)
try:
    print(helper_mod.value)
except AttributeError as e:
    print("AttributeError:", e)
print(helper_mod.call_greet())
delattr(helper_mod, "greet")
try:
    helper_mod.call_greet()
except NameError as e:
    print("NameError:", e)
try:
    helper_mod.greet()
except AttributeError as e:
    print("AttributeError:", e)
del helper_mod.farewell
try:
    helper_mod.farewell()
except AttributeError as e:
    print("AttributeError:", e)
helper_mod.added = 5
print(helper_mod.added)
del helper_mod.added
try:
    del helper_mod.added
except AttributeError as e:
    print("AttributeError:", e)
helper_mod.value = "back"
print(helper_mod.show())
