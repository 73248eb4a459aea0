# Checks an uncaught TypeError for operands of unsupported types.
count = 3
label = "items: "
print(label + str(count))
print(count + label)
