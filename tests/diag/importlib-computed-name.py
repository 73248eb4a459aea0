# importlib.import_module compiles only with the module named by string
# literals; computed names, the function as a value and the parts of
# importlib typhon lacks are rejected.
import importlib
from importlib import import_module

name = "math"
importlib.import_module("math")
importlib.import_module(name)  # error: [unsupported-feature]
import_module("json", package=name)  # error: [unsupported-feature]
loader = importlib.import_module  # error: [unsupported-feature]
importlib.reload(importlib)  # error: [unsupported-feature]
importlib.import_module(".sibling")  # error: [unsupported-feature]
