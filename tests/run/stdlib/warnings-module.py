# warnings: warn with categories, the default filters and actions (default,
# once, always, ignore, error, module), filterwarnings with message patterns,
# catch_warnings(record=True), formatwarning, showwarning replaced.
import contextlib
import io
import sys
import warnings

print(warnings.filters[:2], len(warnings.filters))
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 12)), repr(warnings.formatwarning("m", RuntimeWarning, "f.py", 3, "  x = 1  ")))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
    warnings.warn(DeprecationWarning("old api"))
    warnings.warn("first")
    for w in log:
        print(w.category.__name__, w.message, type(w.message).__name__, isinstance(w.message, Warning))
print(len(warnings.filters))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("repeated")
    warnings.filterwarnings("ignore", message="noisy")
    warnings.warn("noisy thing")
    warnings.warn("Noisy too")
    warnings.warn("quiet", UserWarning)
    warnings.filterwarnings("error", category=RuntimeWarning)
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)
    print([str(w.message) for w in log])

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("default action")
    warnings.warn("default action", FutureWarning)
    print(len(log), [w.category.__name__ for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.warn("pending hidden", PendingDeprecationWarning)
    warnings.warn("user shown", UserWarning)
    print([str(w.message) for w in log])


class AppWarning(UserWarning):
    pass


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("error", AppWarning)
    try:
        warnings.warn("app problem", AppWarning)
    except UserWarning as e:
        print("caught", type(e).__name__, e)
for bad in [lambda: warnings.warn("x", str), lambda: warnings.simplefilter("loud"), lambda: warnings.filterwarnings("ignore", category=int),
            lambda: warnings.filterwarnings("ignore", category=3), lambda: warnings.simplefilter("ignore", lineno=-1)]:
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)

err = io.StringIO()
with contextlib.redirect_stderr(err), warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("to stderr", stacklevel=2)
print("stderr has warning:", "UserWarning: to stderr" in err.getvalue())
print(str(warnings.WarningMessage("m", UserWarning, "f.py", 3)))
