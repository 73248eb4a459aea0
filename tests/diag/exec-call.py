# Checks that exec() is rejected like eval().
exec("x = 1")  # error: [unsupported-feature]
