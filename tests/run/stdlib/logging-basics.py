# logging: basicConfig formats and levels, logger hierarchy and propagation,
# handlers to stdout/stderr with their own levels and formatters, filters,
# %/{/$ styles, extra fields, LoggerAdapter, the last-resort handler, errors.
import io
import logging
import sys

logging.warning("before config goes to stderr via basicConfig")
root = logging.getLogger()
print(root, root.handlers[0].formatter._fmt, logging.getLevelName(20), logging.getLevelName("ERROR"), logging.getLevelName(25))
root.handlers[0].setStream(sys.stdout)
logging.info("not shown")
logging.warning("shown %s %d", "with", 2)
logging.error("dict args %(a)s %(b)s", {"a": 1, "b": 2})

logging.basicConfig(format="%(levelname)-8s %(name)s | %(message)s", level=logging.DEBUG, stream=sys.stdout, force=True)
log = logging.getLogger("app")
db = logging.getLogger("app.db")
print(log, db, db.parent is log, log.parent is root, db.getEffectiveLevel(), db.isEnabledFor(logging.DEBUG))
log.debug("debug message")
db.info("connected to %s", "sqlite")
db.warning("slow query took %.2f s", 1.2345)
log.critical("critical!")
log.log(25, "custom level")
logging.addLevelName(25, "NOTICE")
log.log(25, "custom level named")
db.setLevel("WARNING")
db.info("hidden")
db.error("error shown")
print(db, db.level, logging.getLogger("app.db") is db)

out = io.StringIO()
handler = logging.StreamHandler(out)
handler.setLevel(logging.ERROR)
handler.setFormatter(logging.Formatter("[{levelname}] {name}: {message}", style="{"))
svc = logging.getLogger("svc")
svc.addHandler(handler)
svc.propagate = False
svc.warning("only to nowhere")
svc.error("to the string handler")
svc.critical("%d items failed", 3)
print(repr(out.getvalue()))

tmpl = logging.StreamHandler(sys.stdout)
tmpl.setFormatter(logging.Formatter("$levelname/${name}: $message", style="$"))
tl = logging.getLogger("tmpl")
tl.addHandler(tmpl)
tl.propagate = False
tl.warning("template style")


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


flt = logging.getLogger("filtered")
flt.addFilter(OnlyOdd())
for i in range(4):
    flt.warning("number %d", i)

extra_h = logging.StreamHandler(sys.stdout)
extra_h.setFormatter(logging.Formatter("%(levelname)s %(user)s %(message)s"))
ex = logging.getLogger("extra")
ex.addHandler(extra_h)
ex.propagate = False
ex.warning("login", extra={"user": "alice"})
adapter = logging.LoggerAdapter(ex, {"user": "bob"})
adapter.error("adapter message %s", "here")
print(adapter)

child = logging.getLogger("a.b.c")
parent = logging.getLogger("a")
print(child.parent is parent, logging.getLogger("a.b").parent is parent, child.parent.name)
print(log.getChild("sub").name, logging.getLogger("app.sub").parent is log)

lone = logging.getLogger("lone")
lone.propagate = False
lone.info("no handler, below last resort level")
print(lone.hasHandlers(), log.hasHandlers())

rec = logging.LogRecord("n", logging.INFO, "/x/y.py", 3, "a %s", ("b",), None)
print(rec.getMessage(), rec.levelname, rec.filename, rec.module, rec.lineno)
print(logging.Formatter("%(name)s:%(lineno)d:%(message)s").format(rec))
print(logging.Formatter().format(rec), logging.Formatter("%(message)s").usesTime(), logging.Formatter("%(asctime)s").usesTime())
for bad in [lambda: log.setLevel("LOUD"), lambda: logging.Formatter("x", style="#"), lambda: logging.basicConfig(force=True, colour=True),
            lambda: logging.basicConfig(force=True, stream=sys.stdout, filename="x.log")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
logging.disable(logging.WARNING)
log.warning("disabled")
log.error("error after disable")
logging.disable(logging.NOTSET)

import string
t = string.Template("$who likes ${what}; $$5 for $who")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="tim"), t.get_identifiers(), t.is_valid())
print(string.Template("$x and $").safe_substitute(x=1), string.Template("a $ b").is_valid())
for bad in [lambda: string.Template("$who").substitute(), lambda: string.Template("ok\nthen $ bad").substitute(x=1)]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
logging.getLogger("final").warning("last resort to stderr")
