# Checks that lambda is rejected, pointing at the lambda itself.
values = [3, 1, 2]
print(sorted(values, key=lambda v: -v))  # error: [unsupported-feature]
