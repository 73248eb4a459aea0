# Checks the repr of dicts: string keys and values quoted, nested
# containers, and dicts inside lists.
print({"name": "Ann", "age": 31, "tags": ["a", "b"], "ok": True, "none": None})
print([{"x": 1}, {}], {"outer": {"inner": (1, 2)}})
print({1: 1.5, -2: "neg", "it's": 'q"'})
print(str({"k": "v"}), repr({"k": "v"}))
