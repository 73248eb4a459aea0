# Star forms the way applications use them: forwarding collected arguments,
# merging option dicts, splitting records with starred targets in loops.


def connect(host, port=80, timeout=10, retries=0):
    return f"{host}:{port} t={timeout} r={retries}"


defaults = {"port": 8080, "timeout": 5}
overrides = {"timeout": 30}
options = {**defaults, **overrides}
print(options)
print(connect("example", **options))
print(connect(*["db", 5432]))
print(connect("x", *[1], **{"retries": 3}))

records = ["alice,30,admin,ops", "bob,25", "carol,41,dev"]
for line in records:
    name, age, *roles = line.split(",")
    print(name, int(age), roles)

pairs = [(1, "a"), (2, "b")]
numbers, letters = zip(*pairs)
print(numbers, letters)
print(max(*[3, 9, 4]), min(*"hello"))
matrix = [[1, 2], [3, 4], [5, 6]]
print([list(col) for col in zip(*matrix)])
head, *_ = sorted([5, 3, 8])
print(head)
print(*[1, 2, 3], sep="-")
print(dict(**{"a": 1}, b=2))
merged = [*range(2), *[9], *(7, 8)]
print(merged, (*"ab",), {*()} == set())
