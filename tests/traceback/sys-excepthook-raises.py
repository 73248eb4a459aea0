# A sys.excepthook that raises: CPython prints "Error in sys.excepthook:", the hook's traceback, then "Original exception was:" and the original traceback; the exit status stays 1.
import sys

def hook(kind, value, tb):
    print("hook called for", kind.__name__)
    raise RuntimeError("hook failed")

sys.excepthook = hook

def main():
    raise KeyError("missing")

main()
