"""Write runtime/src/types/dir_names.rs: CPython 3.11's dir() of built-in types.

Run with CPython 3.11 after adding a type; `dir()` of a built-in object and the
special methods reachable as attributes (`(5).__add__`) follow these lists.
"""

import builtins
import sys
import types

if sys.version_info[:2] != (3, 11):
    sys.exit("needs CPython 3.11")


def gen():
    def f():
        yield

    chosen = {}
    for name in dir(builtins):
        value = getattr(builtins, name)
        if isinstance(value, type):
            chosen[value.__name__] = value
    for value in (
        type(None),
        type(NotImplemented),
        type(...),
        types.FunctionType,
        types.BuiltinFunctionType,
        types.MethodType,
        types.GeneratorType,
        types.ModuleType,
        types.MethodDescriptorType,
        types.TracebackType,
        types.CellType,
        type({}.keys()),
        type({}.values()),
        type({}.items()),
        type(iter([])),
        type(iter(())),
        type(iter("")),
        type(iter(range(0))),
        type(iter({})),
        type(iter(set())),
    ):
        chosen[value.__name__] = value
    lines = [
        "//! CPython 3.11's `dir()` of each built-in type, by type name; written by",
        "//! `scripts/gen_dir_names.py` (do not edit). `dir()` of built-in objects",
        "//! and the special methods reachable as attributes follow these lists.",
        "",
        "/// (type name, its sorted `dir()` separated by spaces).",
        "pub static DIR_NAMES: &[(&str, &str)] = &[",
    ]
    for name in sorted(chosen):
        lines.append(f'    ("{name}", "{" ".join(sorted(dir(chosen[name])))}"),')
    lines.append("];")
    return "\n".join(lines) + "\n"


with open("runtime/src/types/dir_names.rs", "w") as out:
    out.write(gen())
