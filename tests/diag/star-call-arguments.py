# Checks that calls unpacking a sequence or a mapping are rejected.
args = [1, 2]
kwargs = {"sep": "-"}
print(*args)  # error: [unsupported-feature]
print(1, **kwargs)  # error: [unsupported-feature]
