"""The part of importlib that typhon compiles.

`import_module(name, package=None)` with the module named by string
literals: the compiler turns each such call into the import itself
(compiler/src/resolve/importlib.rs), resolved when compiling like every
import. Any other use of `import_module`, and the rest of importlib
(`reload`, `util`, `resources`, ...), is rejected when compiling.
"""

__all__ = ["import_module", "invalidate_caches"]


def import_module(name, package=None):
    # Never runs: every call is compiled as an import, and every other use
    # of this function is a compile-time error.
    raise ImportError("No module named " + repr(name))


def invalidate_caches():
    """Nothing to invalidate: the program's modules were found when it was
    compiled."""
