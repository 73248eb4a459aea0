# Checks a retry loop with exceptions: attempts counted in finally, continue
# in except, else on success, break out of nested loops via an exception.
attempts_by_name = {}
def flaky(name, fail_times):
    count = attempts_by_name.get(name, 0) + 1
    attempts_by_name[name] = count
    if count <= fail_times:
        raise OSError(f"{name} attempt {count} failed")
    return f"{name} ok after {count}"


def retry(name, fail_times, limit):
    attempts = 0
    while True:
        try:
            attempts += 1
            result = flaky(name, fail_times)
        except OSError as err:
            print("  retrying:", err)
            if attempts >= limit:
                raise RuntimeError(f"{name}: gave up after {attempts} attempts") from err
            continue
        else:
            print("  success:", result)
            return result
        finally:
            print("  attempt", attempts, "done")


for name, fails in [("db", 0), ("cache", 2), ("queue", 5)]:
    print(name)
    try:
        retry(name, fails, 3)
    except RuntimeError as err:
        print("  failed:", err, "| cause:", err.__cause__)




def find(grid, target):
    try:
        for r, row in enumerate(grid):
            for c, value in enumerate(row):
                if value == target:
                    raise StopIteration((r, c))
    except StopIteration as hit:
        return hit.value
    return None


print(find([[1, 2], [3, 4]], 4), find([[1]], 9))
