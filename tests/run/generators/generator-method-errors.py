# Generators: argument errors of send, throw and close, as CPython words them.
def gen():
    yield 1


g = gen()
try:
    g.send()
except TypeError as e:
    print(e)
try:
    g.send(1, 2)
except TypeError as e:
    print(e)
try:
    g.throw()
except TypeError as e:
    print(e)
try:
    g.close(1)
except TypeError as e:
    print(e)
try:
    g.throw("not an exception")
except TypeError as e:
    print(e)
try:
    g.throw(KeyError("instance"), "value")
except TypeError as e:
    print(e)
print(g.close())
