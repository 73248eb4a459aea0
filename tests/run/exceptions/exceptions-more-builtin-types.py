# Checks the less common built-in exception types: they exist, sit in
# CPython's hierarchy, and can be raised and caught by a base class.
for kind in [SystemError, FloatingPointError, BufferError, ImportError, ModuleNotFoundError,
             StopAsyncIteration, FileExistsError, FileNotFoundError, IsADirectoryError,
             NotADirectoryError, PermissionError, TimeoutError, BrokenPipeError]:
    try:
        raise kind("boom")
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ImportError))
try:
    raise ModuleNotFoundError("no module named 'x'")
except ImportError as e:
    print("caught as ImportError:", e)
print(isinstance(FileNotFoundError("f"), OSError), isinstance(UnicodeDecodeError("utf-8", b"x", 0, 1, "bad"), ValueError))
