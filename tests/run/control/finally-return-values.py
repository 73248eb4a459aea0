# Checks try/except/finally around early exits in every loop shape: return
# values computed before finally runs, finally mutating the returned object,
# a return in finally replacing an earlier return, and loops resuming.
def returned_before_finally():
    items = [1]
    try:
        return items
    finally:
        items.append("added in finally")


print(returned_before_finally())


def value_fixed_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2


print(value_fixed_before_finally())


def replaced():
    try:
        try:
            return "inner"
        finally:
            return "middle"
    finally:
        print("outer finally runs")


print(replaced())


def loop_with_all_exits(limit):
    out = []
    i = 0
    while True:
        i += 1
        try:
            if i % 2 == 0:
                continue
            if i > limit:
                break
            out.append(i)
        finally:
            out.append("f")
    return out


print(loop_with_all_exits(5))


def swallow_in_loop():
    results = []
    for i in range(4):
        try:
            try:
                if i % 2:
                    raise ValueError(i)
                results.append(("ok", i))
            finally:
                if i == 3:
                    continue
        except ValueError as err:
            results.append(("caught", err.args[0]))
    return results


print(swallow_in_loop())
