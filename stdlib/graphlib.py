"""Topological sorting of a graph of hashable nodes: `TopologicalSorter`
and `CycleError`, as CPython 3.11's `graphlib` gives them.

Each node keeps the number of its predecessors not yet done and the list
of its successors, in the order edges were added; nodes are handed out in
groups whose predecessors are all done. A cycle is found at `prepare()`
by a depth-first walk in the order nodes were first seen, which reports
the same cycle CPython reports.
"""

__all__ = ["TopologicalSorter", "CycleError"]

# `_NodeInfo.waiting` once the node was handed out, then once it is done.
_PASSED_OUT = -1
_DONE = -2


class _NodeInfo:
    __slots__ = ("node", "waiting", "successors")

    def __init__(self, node):
        self.node = node
        self.waiting = 0
        self.successors = []


class CycleError(ValueError):
    """The graph has a cycle; `args[1]` lists its nodes, the first node
    repeated at the end."""


class TopologicalSorter:
    """Sort the nodes of `graph` (a mapping from a node to its
    predecessors), plus those given to `add`."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._passed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _NodeInfo(node)
        return info

    def add(self, node, *predecessors):
        """Add `node`, which comes after each of `predecessors`."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.waiting += len(predecessors)
        for predecessor in predecessors:
            self._info(predecessor).successors.append(node)

    def prepare(self):
        """Mark the graph finished and check it for cycles."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [info.node for info in self._nodes.values() if info.waiting == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done, each
        handed out once."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        ready = tuple(self._ready)
        for node in ready:
            self._nodes[node].waiting = _PASSED_OUT
        self._ready.clear()
        self._passed_out += len(ready)
        return ready

    def is_active(self):
        """Whether more nodes can be handed out or are still being worked on."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._passed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark `nodes`, handed out by `get_ready`, as processed."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.waiting != _PASSED_OUT:
                if info.waiting >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.waiting = _DONE
            for successor in info.successors:
                successor_info = self._nodes[successor]
                successor_info.waiting -= 1
                if successor_info.waiting == 0:
                    self._ready.append(successor)
            self._finished += 1

    def _find_cycle(self):
        """A list of the nodes of a cycle (the first repeated last), or None."""
        seen = set()
        for start in self._nodes:
            if start in seen:
                continue
            # The path from `start`, each node with an iterator over its
            # successors still to visit, and where each node sits on it.
            path = [start]
            position = {start: 0}
            pending = [iter(self._nodes[start].successors)]
            seen.add(start)
            while pending:
                successor = next(pending[-1], _DONE_MARK)
                if successor is _DONE_MARK:
                    pending.pop()
                    del position[path.pop()]
                    continue
                if successor in position:
                    return path[position[successor]:] + [successor]
                if successor in seen:
                    continue
                seen.add(successor)
                position[successor] = len(path)
                path.append(successor)
                pending.append(iter(self._nodes[successor].successors))
        return None

    def static_order(self):
        """The nodes in one topological order (a generator)."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)


_DONE_MARK = object()
