# Checks expressions inside f-strings: arithmetic, calls, indexing with
# the other quote kind, conditionals, doubled braces and `=` debugging.
a = 6
b = 7
name = "world"
d = {"k": "value"}
items = [10, 20, 30]
def double(v):
    return v * 2
print(f"{a} * {b} = {a * b}")
print(f"hello {name.upper()}! {len(name)} letters, {double(a)}")
print(f"{d['k']} {items[-1]} {items[1:]} {'yes' if a > b else 'no'}")
print(f"{{braces}} {{{a}}} {'{'}")
print(f"{a=} {name=!r} {a + b = }")
print(f"nested {f'{a:>3}'}|" + f"{name:{'>'}{10}}|")
width = 8
prec = 2
print(f"[{3.14159:{width}.{prec}f}] [{name:>{width}}]")
msg = f"{a}" + f"{b}"
print(msg, len(f""), repr(f"{'x'}"))
