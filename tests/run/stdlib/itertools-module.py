# Checks the `itertools` module (issue #4): every function over ordinary
# and edge inputs (empty iterables, r larger than the pool, steps, keys),
# how much of the source each one consumes, and the argument errors.
import itertools
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress,
                       count, cycle, dropwhile, filterfalse, groupby, islice, pairwise, permutations,
                       product, repeat, starmap, takewhile, tee, zip_longest)
import operator

print(list(islice(count(), 5)), list(islice(count(10, -2.5), 4)), list(islice(count(start=3, step=3), 3)))
print(list(islice(cycle("abc"), 8)), list(cycle([])), list(repeat("x", 3)), list(repeat(1, -2)), list(islice(repeat(7), 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([], initial=9)))
print(list(accumulate([1, 2], operator.mul, initial=10)), list(accumulate("abc")), list(accumulate([])))
print(list(chain("ab", [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(["xy", "z", []])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(compress("abc", [True])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
data = range(20)
for args in [(5,), (2, 8), (2, 15, 3), (None,), (3, None), (0, 20, 7), (30,), (5, 2), (1, None, 4)]:
    print(args, list(islice(data, *args)))
source = iter(range(10))
print(list(islice(source, 2, 5)), next(source), list(islice(source, 0, 3, 2)), next(source, "end"))
first, second = tee([1, 2, 3])
print(next(first), list(second), list(first), [list(t) for t in tee("ab", 3)], tee([], 0))
print(list(zip_longest("abc", [1])), list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()))
print(list(product("ab", range(2))), list(product([1, 2], repeat=2)), list(product()), list(product("ab", [])))
print(list(permutations("abc")), list(permutations(range(4), 2)), list(permutations("ab", 3)), list(permutations([], 0)))
print(list(combinations("abcd", 2)), list(combinations(range(5), 3)), list(combinations("ab", 0)), list(combinations("a", 2)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 1)))
print(len(list(permutations(range(6)))), len(list(combinations(range(12), 5))), len(list(product(range(3), repeat=5))))
print(list(pairwise("abcd")), list(pairwise("a")), list(pairwise([])))
print([(k, list(g)) for k, g in groupby("aaabbcaa")], [(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = groupby("xxyyyz")
key1, group1 = next(groups)
key2, group2 = next(groups)
print(key1, list(group1), key2, list(group2), [k for k, g in groups])
print(list(groupby([])), [k for k, g in groupby([1, 1, 2, 2, 2, 1])])


def attempt(func, *args, **kwargs):
    try:
        return repr(list(func(*args, **kwargs)))
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)


print(attempt(islice, [], -1), attempt(islice, [], 1, -1), attempt(islice, [], 0, 1, 0), attempt(islice, [], "a"))
print(attempt(islice, 1, 2), attempt(combinations, "abc", -1), attempt(permutations, "abc", -1))
print(attempt(product, "ab", repeat=-1), attempt(tee, [], -1), attempt(chain, 1), attempt(zip_longest, 1))
print(attempt(pairwise, 1), attempt(groupby, 1), attempt(cycle, 1), attempt(combinations_with_replacement, "ab", -1))
print(attempt(permutations, "abc", "a"), attempt(count, "a"), list(itertools.chain([1], [2])))
