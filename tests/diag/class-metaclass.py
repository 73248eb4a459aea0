# Checks that `**` in a class's keywords is rejected (typhon passes class
# keywords such as `metaclass=` by name only), pointing at the keyword.
options = {"metaclass": type}
class Point(**options):  # error: [unsupported-feature]
    pass
