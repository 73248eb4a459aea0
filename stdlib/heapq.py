"""Heap queues on plain lists, moving items exactly as CPython's `heapq` does.

The sift steps are CPython's: `_sift_up` walks the hole at `pos` down to a
leaf along the smaller children, then `_sift_down` moves the new item back
up, so lists end in the same order as in CPython.
"""


def _check_list(heap, message):
    if not isinstance(heap, list):
        raise TypeError(message % type(heap).__name__)


def heappush(heap, item):
    """Push `item` onto `heap`, keeping the heap invariant."""
    _check_list(heap, "heappush() argument 1 must be list, not %s")
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off `heap`."""
    _check_list(heap, "heappop() argument must be list, not %s")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        result = heap[0]
        heap[0] = last
        _sift_up(heap, 0)
        return result
    return last


def heapreplace(heap, item):
    """Pop the smallest item, then push `item` (the heap stays the same size)."""
    _check_list(heap, "heapreplace() argument 1 must be list, not %s")
    if not heap:
        raise IndexError("index out of range")
    result = heap[0]
    heap[0] = item
    _sift_up(heap, 0)
    return result


def heappushpop(heap, item):
    """Push `item`, then pop the smallest item, in one step."""
    _check_list(heap, "heappushpop() argument 1 must be list, not %s")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_up(heap, 0)
    return item


def heapify(x):
    """Turn the list `x` into a heap, in place, in linear time."""
    _check_list(x, "heapify() argument must be list, not %s")
    n = len(x)
    for i in range(n // 2 - 1, -1, -1):
        _sift_up(x, i)


def _sift_down(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _sift_up(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _sift_down(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted iterator (stable: ties keep
    the order of the iterables). A generator, as CPython's: nothing is
    read before the first item is asked for."""
    iterators = [iter(it) for it in iterables]
    entries = []
    for order, iterator in enumerate(iterators):
        for value in iterator:
            entries.append([value if key is None else key(value), order, value, iterator])
            break
    while entries:
        best = 0
        for idx in range(1, len(entries)):
            candidate = entries[idx]
            current = entries[best]
            if reverse:
                better = current[0] < candidate[0]
            else:
                better = candidate[0] < current[0]
            if better:
                best = idx
        entry = entries[best]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            break
        else:
            del entries[best]


def nsmallest(n, iterable, key=None):
    """The `n` smallest items, as sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The `n` largest items, as sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]

# CPython's `__all__` (the names this module provides), which
# `from heapq import *` binds.
__all__ = [
    'heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest',
    'nsmallest', 'heappushpop'
]
