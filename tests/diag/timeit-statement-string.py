# timeit takes callables: a statement or setup written as a string cannot
# be compiled by a compiled program and is rejected; 'pass' (the default)
# and callables are accepted.
import timeit
import timeit as t
from timeit import Timer, repeat as rep

timeit.timeit(lambda: None, number=1)
timeit.timeit("pass", number=1)
timeit.Timer(stmt=lambda: None, setup="pass")
timeit.timeit("x * 2", number=1)  # error: [unsupported-feature]
t.repeat(lambda: None, "x = 3")  # error: [unsupported-feature]
Timer(stmt="sum(range(10))")  # error: [unsupported-feature]
rep(setup="import math", stmt=lambda: None)  # error: [unsupported-feature]
timeit.timeit(f"{1} + 1")  # error: [unsupported-feature]
