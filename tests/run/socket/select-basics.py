# select.select and select.poll over socket pairs: readiness after a send,
# an empty result with timeout 0, objects with fileno() returned as given,
# EOF counting as readable, poll register/modify/unregister and their
# errors, and the argument errors of both.
import select
import socket

a, b = socket.socketpair()
print(select.select([a, b], [], [], 0) == ([], [], []))
r, w, x = select.select([a, b], [a], [], 0)
print(r, w == [a], x)
b.send(b"data")
r, w, x = select.select([a, b.fileno()], [], [], 1.5)
print(r == [a], w, x)
print(a.recv(10))
print(select.select([a], [], [], 0.01))
b.close()
r, _, _ = select.select([a], [], [])
print(r == [a], a.recv(10))

for bad in ("x", -1):
    try:
        select.select([], [], [], bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in (-1, object()):
    try:
        select.select([bad], [], [], 0)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(select.error is OSError)

c, d = socket.socketpair()
p = select.poll()
p.register(c, select.POLLIN)
p.register(d.fileno(), select.POLLOUT)
print(p.poll(0) == [(d.fileno(), select.POLLOUT)])
d.send(b"x")
print(sorted(p.poll(100)) == sorted([(c.fileno(), select.POLLIN), (d.fileno(), select.POLLOUT)]))
p.modify(d, select.POLLIN)
print(p.poll() == [(c.fileno(), select.POLLIN)])
p.unregister(c)
print(p.poll(10))
try:
    p.unregister(c)
except KeyError as e:
    print(type(e).__name__, e.args == (c.fileno(),))
try:
    p.modify(99, select.POLLIN)
except FileNotFoundError as e:
    print(type(e).__name__, e)
c.close()
d.close()
print(select.POLLIN, select.POLLOUT, select.POLLHUP, select.POLLNVAL)
