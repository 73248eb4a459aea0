# graphlib: TopologicalSorter from a graph and add(), static_order,
# the get_ready/done protocol and is_active/bool, CycleError with the cycle
# CPython reports, and the misuse errors.
from graphlib import CycleError, TopologicalSorter

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
print(list(TopologicalSorter({"D": ["B", "C"], "C": ["A"], "B": ["A"]}).static_order()))
order = list(TopologicalSorter(graph).static_order())
print(order[0], order[-1], sorted(order[1:3]))

ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(2, 0)
ts.add(5)
ts.add(4, 3, 5)
print(list(ts.static_order()))

ts = TopologicalSorter({"pkg": ["lib", "tool"], "lib": ["core"], "tool": ["core"], "app": ["pkg"]})
ts.prepare()
print(bool(ts), ts.is_active())
rounds = 0
while ts.is_active():
    ready = ts.get_ready()
    print("ready", ready)
    if rounds == 0:
        print("nothing new yet", ts.get_ready())
    for node in ready:
        ts.done(node)
    rounds += 1
print(bool(ts), ts.get_ready())

for cyclic in [{"a": ["b"], "b": ["a"]}, {1: [2], 2: [3], 3: [1], 0: [1]},
               {"x": ["x"]}, {"a": ["b"], "b": ["c"], "c": ["d"], "d": ["b"], "e": ["a"]}]:
    try:
        TopologicalSorter(cyclic).prepare()
    except CycleError as exc:
        print("CycleError", exc.args[0], exc.args[1], isinstance(exc, ValueError))

ts = TopologicalSorter({"b": ["a"]})
for action in ["get_ready", "is_active", "done"]:
    try:
        getattr(ts, action)()
    except ValueError as exc:
        print(action, "ValueError", exc)
ts.prepare()
try:
    ts.prepare()
except ValueError as exc:
    print("ValueError", exc)
try:
    ts.add("c")
except ValueError as exc:
    print("ValueError", exc)
for node in ["zzz", "b"]:
    try:
        ts.done(node)
    except ValueError as exc:
        print("ValueError", exc)
print(ts.get_ready())
ts.done("a")
try:
    ts.done("a")
except ValueError as exc:
    print("ValueError", exc)
print(ts.get_ready(), ts.is_active())
ts.done("b")
print(ts.is_active())
print(list(TopologicalSorter().static_order()))
