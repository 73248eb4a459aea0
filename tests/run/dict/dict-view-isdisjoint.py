# dict_keys/dict_items .isdisjoint with sets, views, iterables and its errors.
d = {1: 2, 3: 4}
print(d.keys().isdisjoint([5]), d.items().isdisjoint([(1, 2)]), d.keys().isdisjoint(d.keys()), {}.keys().isdisjoint({}.keys()))
print(d.keys().isdisjoint({3: 0}), d.items().isdisjoint({(1, 3)}), d.keys().isdisjoint(range(10)), d.items().isdisjoint([[1]]))
for arg in [5, [[1]]]:
    try:
        d.keys().isdisjoint(arg)
    except TypeError as e:
        print(e)
try:
    d.keys().isdisjoint()
except TypeError as e:
    print(e)
try:
    d.values().isdisjoint([])
except AttributeError as e:
    print(e)
