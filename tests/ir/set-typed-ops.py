# `in`, add and discard on a set inference proved exact become
# set_contains / set_add / set_discard instead of the generic dispatch.
def toggle(n):
    seen = set()
    for i in range(n):
        if i % 3 in seen:
            seen.discard(i % 3)
        else:
            seen.add(i % 3)
    return len(seen)


print(toggle(10))
