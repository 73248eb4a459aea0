# Checks that a mutable default argument is created once and shared across
# calls, and the usual None-sentinel pattern that avoids it.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))
def counter(state={"calls": 0}):
    state["calls"] += 1
    return state["calls"]
counter()
counter()
print(counter())
