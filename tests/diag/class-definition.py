# Checks that a class definition is rejected (planned with the language
# issue), pointing at the class statement.
class Point:  # error: [unsupported-feature]
    pass
