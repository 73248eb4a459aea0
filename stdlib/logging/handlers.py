"""Additional logging handlers: `RotatingFileHandler` (rotation by size),
`BaseRotatingHandler`, `WatchedFileHandler` without the reopening, and the
`BufferingHandler`/`MemoryHandler` pair, as CPython's `logging.handlers`
gives them."""

import os
import logging

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514


class BaseRotatingHandler(logging.FileHandler):
    """A file handler that may move its file aside before a record
    (`shouldRollover`, `doRollover`), through `namer` and `rotator`."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        """The name of a rotated file: `namer(default_name)` when set."""
        if not callable(self.namer):
            return default_name
        return self.namer(default_name)

    def rotate(self, source, dest):
        """Move `source` to `dest` (or call `rotator`)."""
        if not callable(self.rotator):
            if os.path.exists(source):
                os.rename(source, dest)
        else:
            self.rotator(source, dest)

    def _open(self):
        return open(self.baseFilename, self.mode)


class RotatingFileHandler(BaseRotatingHandler):
    """Writes to a file that is renamed `name.1`, `name.2`, ... (at most
    `backupCount` of them) when it would grow past `maxBytes`."""

    def __init__(self, filename, mode="a", maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = "a"
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        """Close the file, shift the backups up by one and start afresh."""
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            for i in range(self.backupCount - 1, 0, -1):
                sfn = self.rotation_filename("%s.%d" % (self.baseFilename, i))
                dfn = self.rotation_filename("%s.%d" % (self.baseFilename, i + 1))
                if os.path.exists(sfn):
                    if os.path.exists(dfn):
                        os.remove(dfn)
                    os.rename(sfn, dfn)
            dfn = self.rotation_filename(self.baseFilename + ".1")
            if os.path.exists(dfn):
                os.remove(dfn)
            self.rotate(self.baseFilename, dfn)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        """Whether writing `record` would take the file past `maxBytes`."""
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
                return False
            msg = "%s\n" % self.format(record)
            self.stream.flush()
            if os.path.getsize(self.baseFilename) + len(msg) >= self.maxBytes:
                return True
        return False


class WatchedFileHandler(logging.FileHandler):
    """A file handler (typhon does not reopen a file moved away under it)."""

    def reopenIfNeeded(self):
        pass


class BufferingHandler(logging.Handler):
    """Keeps records in `self.buffer` until `shouldFlush` says to flush."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to `target` when the buffer is full
    or a record reaches `flushLevel`."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        self.target = target

    def flush(self):
        if self.target:
            for record in self.buffer:
                self.target.handle(record)
            self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.target = None
            BufferingHandler.close(self)
