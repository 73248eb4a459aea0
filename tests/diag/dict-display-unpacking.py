# Checks that `**` unpacking inside a dict display is rejected.
defaults = {"a": 1}
merged = {**defaults, "b": 2}  # error: [unsupported-feature]
