# A single-threaded echo server on selectors.DefaultSelector with
# non-blocking sockets: accepts and echoes two clients, then the selector
# API itself: SelectorKey, get_key/get_map, modify, unregister, the errors
# of register and a SelectSelector doing the same readiness checks.
import selectors
import socket

sel = selectors.DefaultSelector()
server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen()
server.setblocking(False)
sel.register(server, selectors.EVENT_READ, "server")
port = server.getsockname()[1]
clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(2)]
for i, c in enumerate(clients):
    c.sendall(b"hello %d" % i)
echoed = 0
accepted = 0
while echoed < 2:
    for key, events in sel.select(timeout=5):
        if key.data == "server":
            conn, _ = key.fileobj.accept()
            conn.setblocking(False)
            sel.register(conn, selectors.EVENT_READ, "conn")
            accepted += 1
        else:
            data = key.fileobj.recv(100)
            key.fileobj.sendall(data[::-1])
            sel.unregister(key.fileobj)
            key.fileobj.close()
            echoed += 1
print(accepted, echoed)
for c in clients:
    print(c.recv(100))
    c.close()

key = sel.get_key(server)
print(key.fd == server.fileno(), key.events, key.data, key.fileobj is server)
print(len(sel.get_map()), server in sel.get_map())
key = sel.modify(server, selectors.EVENT_READ, "renamed")
print(key.data)
for bad in (0, 4):
    try:
        sel.register(socket.socket(), bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sel.register(server, selectors.EVENT_READ)
except KeyError as e:
    print(type(e).__name__, "already registered" in str(e))
sel.unregister(server)
try:
    sel.unregister(server)
except KeyError as e:
    print(type(e).__name__, "is not registered" in str(e))
try:
    sel.register("nope", selectors.EVENT_READ)
except ValueError as e:
    print(type(e).__name__, e)
sel.close()
server.close()
print(selectors.SelectorKey._fields)

a, b = socket.socketpair()
with selectors.SelectSelector() as s2:
    s2.register(a, selectors.EVENT_READ | selectors.EVENT_WRITE, 1)
    print([(k.data, ev) for k, ev in s2.select(0)])
    b.send(b"!")
    print([(k.data, ev) for k, ev in s2.select(0)])
    s2.modify(a, selectors.EVENT_READ, 2)
    print([(k.data, ev) for k, ev in s2.select()])
a.close()
b.close()
