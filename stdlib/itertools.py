"""Iterator building blocks, with the results of CPython's `itertools`.

Each function checks its arguments and takes its iterators when called, as
CPython's do, and returns a generator that produces the items.
"""

_MAXSIZE = 9223372036854775807


def count(start=0, step=1):
    """start, start + step, start + 2 * step, ..."""
    for value in (start, step):
        if not (isinstance(value, (int, float)) or hasattr(value, "__index__")
                or hasattr(value, "__float__")):
            raise TypeError("a number is required")
    return _count(start, step)


def _count(n, step):
    while True:
        yield n
        n += step


def cycle(iterable):
    """The items of `iterable`, then the same items again, forever."""
    return _cycle(iter(iterable))


def _cycle(iterator):
    saved = []
    for item in iterator:
        yield item
        saved.append(item)
    while saved:
        for item in saved:
            yield item


def repeat(object, times=None):
    """`object` again and again, `times` times or forever."""
    if times is None:
        return _repeat_forever(object)
    return _repeat(object, times)


def _repeat_forever(object):
    while True:
        yield object


def _repeat(object, times):
    for _ in range(times):
        yield object


def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running results of `func`)."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(iterator, func, initial):
    total = initial
    if initial is None:
        for total in iterator:
            break
        else:
            return
    yield total
    if func is None:
        for item in iterator:
            total = total + item
            yield total
    else:
        for item in iterator:
            total = func(total, item)
            yield total


def chain(*iterables):
    """The items of each iterable in turn."""
    return _chain(iterables)


def _chain(iterables):
    for iterable in iterables:
        yield from iterable


def _from_iterable(iterables):
    """`chain` over the iterables an iterable gives."""
    return _chain_lazy(iter(iterables))


def _chain_lazy(iterables):
    for iterable in iterables:
        yield from iterable


chain.from_iterable = _from_iterable


def compress(data, selectors):
    """The items of `data` whose selector is true."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for item, selector in zip(data, selectors):
        if selector:
            yield item


def dropwhile(predicate, iterable):
    """The items from the first one `predicate` rejects on."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, iterator):
    for item in iterator:
        if not predicate(item):
            yield item
            break
    yield from iterator


def takewhile(predicate, iterable):
    """The items up to the first one `predicate` rejects."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, iterator):
    for item in iterator:
        if not predicate(item):
            return
        yield item


def filterfalse(predicate, iterable):
    """The items `predicate` rejects (false items when it is None)."""
    return _filterfalse(predicate, iter(iterable))


def _filterfalse(predicate, iterator):
    if predicate is None:
        for item in iterator:
            if not item:
                yield item
    else:
        for item in iterator:
            if not predicate(item):
                yield item


def starmap(function, iterable):
    """`function(*args)` for each tuple of arguments."""
    return _starmap(function, iter(iterable))


def _starmap(function, iterator):
    for args in iterator:
        yield function(*args)


def _slice_index(value, message):
    if value is None:
        return None
    if isinstance(value, int):
        index = value
    else:
        try:
            index = value.__index__()
        except AttributeError:
            raise ValueError(message) from None
    if not 0 <= index <= _MAXSIZE:
        raise ValueError(message)
    return index


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""
    if len(args) == 1:
        start, stop, step = None, args[0], None
    elif 2 <= len(args) <= 3:
        start, stop = args[0], args[1]
        step = args[2] if len(args) == 3 else None
    elif not args:
        raise TypeError("islice expected at least 2 arguments, got 1")
    else:
        raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
    stop_message = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
    stop = _slice_index(stop, stop_message)
    start = _slice_index(start, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if step is not None and not isinstance(step, int):
        try:
            step = step.__index__()
        except AttributeError:
            step = -1
    if step is not None:
        if step <= 0:
            raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start or 0, -1 if stop is None else stop, step or 1)


def _islice(iterator, next_index, stop, step):
    # CPython's order of consumption: skip to the next index, stop at
    # `stop` without reading further.
    count = 0
    while True:
        while count < next_index:
            for _ in iterator:
                break
            else:
                return
            count += 1
        if stop != -1 and count >= stop:
            return
        for item in iterator:
            break
        else:
            return
        count += 1
        old_next = next_index
        next_index += step
        if next_index < old_next or (stop != -1 and next_index > stop):
            next_index = stop
        yield item


def tee(iterable, n=2):
    """`n` independent iterators over the items of `iterable`."""
    if n < 0:
        raise ValueError("n must be >= 0")
    iterator = iter(iterable)
    queues = [[] for _ in range(n)]
    return tuple([_tee(iterator, queue, queues) for queue in queues])


def _tee(iterator, queue, queues):
    while True:
        if not queue:
            for item in iterator:
                break
            else:
                return
            for other in queues:
                other.append(item)
        yield queue.pop(0)


def zip_longest(*iterables, fillvalue=None):
    """Tuples of the items at each position, padded with `fillvalue`."""
    return _zip_longest([iter(iterable) for iterable in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    if not iterators:
        return
    active = len(iterators)
    done = [False] * len(iterators)
    while True:
        values = []
        for idx, iterator in enumerate(iterators):
            if done[idx]:
                values.append(fillvalue)
                continue
            for value in iterator:
                values.append(value)
                break
            else:
                done[idx] = True
                active -= 1
                if not active:
                    return
                values.append(fillvalue)
        yield tuple(values)


def product(*iterables, repeat=1):
    """The Cartesian product of the iterables, as tuples."""
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    indices = [0] * len(pools)
    while True:
        yield tuple([pool[idx] for pool, idx in zip(pools, indices)])
        # Advance the rightmost index that can move, like an odometer.
        position = len(pools) - 1
        while position >= 0:
            indices[position] += 1
            if indices[position] < len(pools[position]):
                break
            indices[position] = 0
            position -= 1
        if position < 0:
            return


def _check_r(r, n):
    if r is None:
        return n
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


def permutations(iterable, r=None):
    """The `r`-length orderings of the items, in lexicographic order of positions."""
    pool = tuple(iterable)
    r = _check_r(r, len(pool))
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    used = [False] * n
    chosen = []
    # Depth-first over positions; each level tries the unused positions in order.
    candidates = [0]
    while candidates:
        depth = len(candidates) - 1
        start = candidates[depth]
        if depth == r:
            yield tuple([pool[idx] for idx in chosen])
            candidates.pop()
            if chosen:
                used[chosen.pop()] = False
            continue
        idx = start
        while idx < n and used[idx]:
            idx += 1
        if idx >= n:
            candidates.pop()
            if chosen:
                used[chosen.pop()] = False
            continue
        candidates[depth] = idx + 1
        used[idx] = True
        chosen.append(idx)
        candidates.append(0)


def combinations(iterable, r):
    """The `r`-length subsequences of the items, in order."""
    pool = tuple(iterable)
    r = _check_r(r, len(pool))
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[idx] for idx in indices])
    while True:
        position = r - 1
        while position >= 0 and indices[position] == position + n - r:
            position -= 1
        if position < 0:
            return
        indices[position] += 1
        for later in range(position + 1, r):
            indices[later] = indices[later - 1] + 1
        yield tuple([pool[idx] for idx in indices])


def combinations_with_replacement(iterable, r):
    """The `r`-length subsequences allowing repeated items, in order."""
    pool = tuple(iterable)
    r = _check_r(r, len(pool))
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[idx] for idx in indices])
    while True:
        position = r - 1
        while position >= 0 and indices[position] == n - 1:
            position -= 1
        if position < 0:
            return
        value = indices[position] + 1
        for later in range(position, r):
            indices[later] = value
        yield tuple([pool[idx] for idx in indices])


def pairwise(iterable):
    """Overlapping pairs of consecutive items."""
    return _pairwise(iter(iterable))


def _pairwise(iterator):
    for previous in iterator:
        break
    else:
        return
    for item in iterator:
        yield previous, item
        previous = item


class groupby:
    """(key, group) for each run of items with equal keys."""

    def __init__(self, iterable, key=None):
        self._iterator = iter(iterable)
        self._keyfunc = key
        # [started, exhausted, current key, current value, group token]
        self._state = [False, False, None, None, None]

    def __iter__(self):
        return self

    def __next__(self):
        state = self._state
        if not state[0]:
            if not self._advance():
                raise StopIteration
            state[0] = True
        elif state[4] is not None:
            # Skip what is left of the current group.
            target = state[4][1]
            while not state[1] and state[2] == target:
                self._advance()
        if state[1]:
            raise StopIteration
        token = [True, state[2]]
        state[4] = token
        return state[2], _grouper(self, token)

    def _advance(self):
        state = self._state
        for value in self._iterator:
            state[3] = value
            state[2] = value if self._keyfunc is None else self._keyfunc(value)
            return True
        state[1] = True
        return False


def _grouper(owner, token):
    state = owner._state
    # The first item of the group is the one already read.
    while state[4] is token and not state[1] and state[2] == token[1]:
        yield state[3]
        owner._advance()
