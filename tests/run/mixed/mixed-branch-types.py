# Checks variables that hold different types depending on the branch taken,
# and a function that returns an int, a str or None.
def parse(token):
    if token.startswith("#"):
        return int(token[1:])
    if token == "":
        return None
    return token
for token in ["#12", "word", "", "#0"]:
    value = parse(token)
    print(repr(value), isinstance(value, int), value is None)
x = 10
for step in range(4):
    if step % 2 == 0:
        x = x * 2
    else:
        x = str(x) + "!"
    print(step, repr(x))
    if isinstance(x, str):
        x = len(x)
result = 0
for i in range(3):
    result = result + 0.5 if i == 1 else result + 1
print(result)
value = "text"
value = [value, value]
value = len(value) > 1
print(value)
