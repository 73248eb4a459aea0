# logging.handlers: RotatingFileHandler rotating by size with backups and a
# namer, MemoryHandler buffering into a target, BufferingHandler.
import logging
import logging.handlers
import os

folder = "/tmp/typhon-logrot-%d" % os.getpid()
os.mkdir(folder)
path = os.path.join(folder, "app.log")
handler = logging.handlers.RotatingFileHandler(path, maxBytes=60, backupCount=2)
handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log = logging.getLogger("rot")
log.propagate = False
log.addHandler(handler)
log.setLevel(logging.INFO)
for i in range(12):
    log.info("message number %d", i)
handler.close()
for name in sorted(os.listdir(folder)):
    with open(os.path.join(folder, name)) as f:
        print(name, repr(f.read()))
print(handler.maxBytes, handler.backupCount, handler.mode, handler.baseFilename == path)

named = logging.handlers.RotatingFileHandler(os.path.join(folder, "n.log"), maxBytes=20,
                                             backupCount=3)
named.namer = lambda name: name + ".old"
log2 = logging.getLogger("named")
log2.propagate = False
log2.addHandler(named)
for i in range(4):
    log2.warning("entry %d!", i)
named.close()
print(sorted(name for name in os.listdir(folder) if name.startswith("n.")))

plain = logging.handlers.RotatingFileHandler(os.path.join(folder, "plain.log"))
log3 = logging.getLogger("plain")
log3.propagate = False
log3.addHandler(plain)
for i in range(3):
    log3.error("never rotates %d", i)
plain.close()
with open(os.path.join(folder, "plain.log")) as f:
    print(f.read(), end="")


class ListHandler(logging.Handler):
    def __init__(self):
        logging.Handler.__init__(self)
        self.seen = []

    def emit(self, record):
        self.seen.append(record.getMessage())


target = ListHandler()
memory = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log4 = logging.getLogger("memory")
log4.propagate = False
log4.addHandler(memory)
log4.warning("one")
log4.warning("two")
print(target.seen, len(memory.buffer))
log4.warning("three")
print(target.seen, len(memory.buffer))
log4.warning("four")
log4.error("boom")
print(target.seen)
log4.warning("left")
memory.close()
print(target.seen, memory.target)
buffering = logging.handlers.BufferingHandler(2)
buffering.emit(logging.makeLogRecord({"msg": "x"}))
print(len(buffering.buffer), buffering.shouldFlush(None))

for name in os.listdir(folder):
    os.remove(os.path.join(folder, name))
os.rmdir(folder)
