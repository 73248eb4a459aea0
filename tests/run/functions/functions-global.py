# Checks module globals seen from functions: reading without a declaration,
# rebinding with `global`, and a local of the same name shadowing a global.
counter = 0
name = "module"
def increment(step=1):
    global counter
    counter += step
    return counter
def read_name():
    return name
def shadow():
    name = "local"
    return name
def create():
    global created
    created = "made inside a function"
increment()
increment(5)
print(counter, read_name(), shadow(), name)
create()
print(created)
items = []
def add(item):
    items.append(item)
add(1)
add("two")
print(items)
def reset():
    global counter, items
    counter = 0
    items = []
reset()
print(counter, items)
