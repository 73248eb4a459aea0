# Checks an uncaught ValueError from int() on a string that is not a number.
for text in ["10", "-3", "4.5"]:
    print(int(text) * 2)
