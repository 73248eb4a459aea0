# Checks that absurd widths and precisions in format specs raise CPython's
# exceptions instead of crashing the program.
for value, spec in [(1, "1000000000000"), (1.5, ".1000000000000f"), (2.5, ".2147483648e"), (7, "9223372036854775808")]:
    try:
        format(value, spec)
        print("formatted")
    except (MemoryError, ValueError) as e:
        print(type(e).__name__, e)
print(format(1.5, ".3f"), format("x", ">4"))
