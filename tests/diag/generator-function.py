# Checks that a function containing yield is rejected.
def count_up(limit):
    n = 0
    while n < limit:
        yield n  # error: [unsupported-feature]
        n += 1
