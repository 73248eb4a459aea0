# the built-in exception classes and their bases, as in CPython 3.11 (OSError family, warnings, SyntaxError, aliases)
names = [ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, BlockingIOError,
         ChildProcessError, InterruptedError, ProcessLookupError, TimeoutError, FileNotFoundError, ReferenceError, SyntaxError,
         IndentationError, TabError, UnicodeTranslateError, Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning,
         SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning]
for cls in names:
    print(cls.__name__, [base.__name__ for base in cls.__mro__])
print(EnvironmentError is OSError, IOError is OSError, issubclass(BrokenPipeError, ConnectionError))
try:
    raise ConnectionResetError('peer went away')
except OSError as e:
    print(type(e).__name__, e)
try:
    raise UserWarning('careful')
except Warning as w:
    print(repr(w))
class MyWarning(DeprecationWarning):
    pass
try:
    raise MyWarning('old')
except Warning as w:
    print(type(w).__name__, w, isinstance(w, DeprecationWarning))
raise TabError('inconsistent use of tabs')
