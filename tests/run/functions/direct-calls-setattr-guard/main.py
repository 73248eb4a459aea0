# Direct calls of module functions stay correct when a program rebinds them
# through the module object with a computed name (setattr/delattr): calls
# from the function's own module and from another module, with positional,
# keyword and default arguments, before and after the replacement, and a
# name bound through setattr before its `def` ran.
import lib_mod
import own_mod

print(lib_mod.use_scale())
print(lib_mod.scale(1, c=3))
print(lib_mod.fib(15))

name = "sca" + "le"
original = getattr(lib_mod, name)


def fake(a, b=7, *, c=100):
    return ("fake", a, b, c)


setattr(lib_mod, name, fake)
print(lib_mod.use_scale())
print(lib_mod.scale(1, c=3))

delattr(lib_mod, name)
try:
    lib_mod.use_scale()
except NameError as exc:
    print("NameError:", exc)

setattr(lib_mod, name, original)
print(lib_mod.use_scale())

# A replacement that is not a function at all.
setattr(lib_mod, name, 42)
try:
    lib_mod.use_scale()
except TypeError as exc:
    print("TypeError:", exc)
setattr(lib_mod, name, original)

# Recursion through a replaced name: the inner calls reach the wrapper.
calls = []
fib_name = "fi" + "b"
plain_fib = getattr(lib_mod, fib_name)


def counting_fib(n):
    calls.append(n)
    return plain_fib(n)


setattr(lib_mod, fib_name, counting_fib)
print(lib_mod.fib(6), len(calls))
setattr(lib_mod, fib_name, plain_fib)
print(lib_mod.fib(6), len(calls))


# A module's own functions, replaced through the module itself.
print(own_mod.use_double())
own_mod.rebind("dou" + "ble", lambda x, y=-1: ("lambda", x, y))
print(own_mod.use_double())
own_mod.unbind("dou" + "ble")
try:
    own_mod.use_double()
except NameError as exc:
    print("NameError:", exc)
print(hasattr(lib_mod, "scale$def"), hasattr(own_mod, "double$def"))
