# Checks that a syntax error is reported at the offending line.
x = 1
total = x +  # error: [syntax-error]
print(total)
