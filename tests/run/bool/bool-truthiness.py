# Checks truthiness of every basic type with bool() and in `if`: zero,
# empty containers and None are false, everything else true.
values = [0, 1, -1, 0.0, 0.5, -0.0, "", "a", " ", [], [0], (), (None,), {}, {1: 2}, set(), {0}, None, True, False, range(0), range(3)]
for value in values:
    if value:
        verdict = "truthy"
    else:
        verdict = "falsy"
    print(repr(value), bool(value), verdict)
print(bool(), bool(2 ** 100), bool(float("nan")))
