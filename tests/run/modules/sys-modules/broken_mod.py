import sys

print("running broken_mod, in sys.modules:", __name__ in sys.modules)
raise ValueError("broken on purpose")
