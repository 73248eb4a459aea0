"""Warnings: `warn`, `warn_explicit`, the filter list (`filterwarnings`,
`simplefilter`, `resetwarnings`) with CPython's actions and default
filters, `showwarning`/`formatwarning` and `catch_warnings`.

There are no interpreter frames, so `warn` reports its warnings as CPython
does for a caller beyond the stack: file `sys`, line 1, module `sys`
(whatever `stacklevel` says). So `DeprecationWarning`s, shown by default
only for code in `__main__`, are not shown by default, and the "default"
action prints a message once per category and text.
"""

import sys as _sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

filters = []
defaultaction = "default"
onceregistry = {}
_registry = {}
_filters_version = [1]
_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def _filters_mutated():
    _filters_version[0] += 1


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to `file` (default `sys.stderr`)."""
    if file is None:
        file = _sys.stderr
        if file is None:
            return
    text = formatwarning(message, category, filename, lineno, line)
    try:
        file.write(text)
    except OSError:
        pass


def formatwarning(message, category, filename, lineno, line=None):
    """`file:line: Category: message`, then the source line if known."""
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line:
        s += "  %s\n" % line.strip()
    return s


_showwarning_orig = showwarning


def _check_action(action):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Add a filter: `message` and `module` are regular expressions."""
    _check_action(action)
    # CPython checks these with assert statements.
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type):
        raise AssertionError("category must be a class")
    if not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    import re
    msg = re.compile(message, re.I) if message else None
    mod = re.compile(module) if module else None
    _add_filter(action, msg, category, mod, lineno, append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter matching every message and module."""
    _check_action(action)
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append)


def _add_filter(action, msg, category, mod, lineno, append):
    item = (action, msg, category, mod, lineno)
    if not append:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter."""
    del filters[:]
    _filters_mutated()


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning (see the module's note about its location)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    warn_explicit(message, category, "sys", 1, "sys", _registry, None, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning at an explicit location."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version[0]:
        registry.clear()
        registry["version"] = _filters_version[0]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action = defaultaction
    for item in filters:
        act, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text)) and issubclass(category, cat)
                and _module_matches(mod, module) and (ln == 0 or lineno == ln)):
            action = act
            break
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, item))
    _show(WarningMessage(message, category, filename, lineno, None, None, source))


def _module_matches(mod, module):
    # The default filters hold plain strings, compared whole.
    if mod is None:
        return True
    if isinstance(mod, str):
        return mod == module
    return mod.match(module) is not None


def _show(msg):
    handler = _current_showwarning[0]
    if handler is not None:
        handler(msg)
        return
    showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


_current_showwarning = [None]


class WarningMessage:
    """One recorded warning."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings:
    """Saves and restores the filters (and records warnings with record=True)."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._saved_filters = filters[:]
        self._saved_handler = _current_showwarning[0]
        _filters_mutated()
        if self._filter is not None:
            simplefilter(self._filter[0], self._filter[1], self._filter[2], self._filter[3])
        if self._record:
            log = []
            _current_showwarning[0] = log.append
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters[:] = self._saved_filters
        _filters_mutated()
        _current_showwarning[0] = self._saved_handler


filters[:] = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
