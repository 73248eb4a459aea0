# Checks an uncaught ZeroDivisionError: output before it is kept, the
# program exits with status 1 and stderr ends with the message.
print("computing")
values = [4, 2, 0]
for v in values:
    print(100 // v)
