# Checks __name__ in the main module and an imported module, del of names,
# globals, tuples of targets, slices and items with CPython's errors, and
# assert with and without messages.
import helper
print(helper.f(), __name__)
if __name__ == "__main__":
    print("running as main")
g = 1
def drop_global():
    global g
    del g
drop_global()
try:
    print(g)
except NameError as e:
    print("NameError:", e)
def local_del():
    x = 1
    del x
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    try:
        del x
    except UnboundLocalError as e:
        print("again:", e)
local_del()
try:
    del undefined_name
except NameError as e:
    print(e)
a, b, c = 1, 2, 3
del a, (b, c)
for n in ["a", "b", "c"]:
    pass
try:
    a
except NameError as e:
    print(e)
lst = list(range(10))
del lst[::2]
print(lst)
del lst[-1], lst[0]
print(lst)
try:
    del lst[10]
except IndexError as e:
    print(e)
d = {"x": 1}
try:
    del d["y"]
except KeyError as e:
    print(repr(e))
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(e)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print(repr(e))
def check(v):
    assert v > 0, f"bad {v}"
    return v
try:
    check(-1)
except AssertionError as e:
    print(e)
x = 5
del x
x = 6
print(x)
