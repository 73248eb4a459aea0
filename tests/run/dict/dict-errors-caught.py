# Checks KeyError for missing keys of several types (the message is the
# key's repr), pop without a default, and unhashable keys.
d = {"a": 1}
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError:", e, e.args)
try:
    print(d[42])
except KeyError as e:
    print("KeyError:", e)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    d.pop("gone")
except KeyError as e:
    print("KeyError:", e)
try:
    d[[1, 2]] = 3
except TypeError as e:
    print("TypeError:", e)
try:
    print({}[(1, "x")])
except LookupError as e:
    print("LookupError:", e)
print(d)
