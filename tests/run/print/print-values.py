# Checks how print shows containers and nested values: strings inside
# containers use repr, one-element tuples keep their comma.
print([1, 2, 3], [], [[]], [[1, 2], [3]])
print((1,), (), (1, 2), ((1,),))
print({"a": 1, "b": [2, 3]}, {}, {1: {2: {3: None}}})
print({1, 2, 3}, set(), [None, True, 1.5, "s"])
print(["quote'", 'dq"', "both'\""], ("tab\t",))
print(range(5), range(1, 10, 2), "plain string")
