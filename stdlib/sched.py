"""A general-purpose event scheduler: `scheduler`, with `Event` entries,
as CPython 3.11's `sched` gives it.

Events wait in a heap ordered by (time, priority, sequence); `run` sleeps
with `delayfunc` until the earliest is due, then calls its action. The
queue is guarded by a lock so several threads may share a scheduler.
"""

import heapq
import threading
import time
from collections import namedtuple

__all__ = ["scheduler"]

Event = namedtuple("Event", "time, priority, sequence, action, argument, kwargs")

_sentinel = object()


class scheduler:
    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        """A scheduler reading the time with `timefunc` and waiting with
        `delayfunc(seconds)`."""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._next_sequence = 0

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedule `action(*argument, **kwargs)` at the absolute `time`;
        returns the event, for `cancel`."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, self._next_sequence, action, argument, kwargs)
            self._next_sequence += 1
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedule `action` `delay` time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove `event` from the queue (`ValueError` when not there)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """Whether the queue is empty."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run the events as they fall due. With `blocking` false, run the
        events already due and return the delay until the next one (None
        when the queue is empty)."""
        lock = self._lock
        queue = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        while True:
            with lock:
                if not queue:
                    break
                event = queue[0]
                now = timefunc()
                if event.time > now:
                    wait = True
                else:
                    wait = False
                    heapq.heappop(queue)
            if wait:
                if not blocking:
                    return event.time - now
                delayfunc(event.time - now)
            else:
                event.action(*event.argument, **event.kwargs)
                delayfunc(0)

    @property
    def queue(self):
        """The events in the order they will run (a new list)."""
        with self._lock:
            events = self._queue[:]
        return list(map(heapq.heappop, [events] * len(events)))
