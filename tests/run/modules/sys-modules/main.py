# sys.modules: the modules whose import has started, by name, as CPython keeps them:
# __main__ and sys are there, a module appears once its import starts (even while
# its body runs), a failed import is forgotten, the dict is the same object each time.
import sys

print("__main__" in sys.modules, "sys" in sys.modules, sys.modules["sys"] is sys)
print(sys.modules[__name__].__name__, sys.modules is sys.modules)
print("textwrap" in sys.modules, "helper_mod" in sys.modules)
import helper_mod

print("helper_mod" in sys.modules, sys.modules["helper_mod"] is helper_mod)
print(helper_mod.seen_during_import, helper_mod.VALUE)
import textwrap

print("textwrap" in sys.modules, sys.modules.get("textwrap") is textwrap)
print(sys.modules.get("no_such_module"), "no_such_module" in sys.modules)

# A module whose body raised is not in sys.modules; importing it again runs it again.
for attempt in range(2):
    try:
        import broken_mod
    except ValueError as exc:
        print("attempt", attempt, exc, "broken_mod" in sys.modules)

# Global lookups through the module object found in sys.modules.
this = sys.modules[__name__]
counter = 1
this.counter += 41
print(counter, getattr(this, "counter"))
print(type(sys.modules).__name__, isinstance(sys.modules, dict))
