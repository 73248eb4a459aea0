# importlib.import_module calls are recognised by the names importing binds;
# a module that binds such a name some other way too is rejected, since a
# call through it might not be import_module.
import importlib
from importlib import import_module

importlib.import_module("math")
import_module("json")


def load(import_module):  # error: [unsupported-feature]
    return import_module("os")


for importlib in []:  # error: [unsupported-feature]
    pass
