# socketpair (AF_UNIX stream), UDP datagrams with sendto/recvfrom on
# 127.0.0.1, MSG_PEEK, recvfrom_into, a socket made from a descriptor,
# detach, and sockets built with SOCK_NONBLOCK.
import socket

a, b = socket.socketpair()
print(a.family, b.type, repr(a.family), a.getsockname(), b.getpeername())
a.sendall(b"ping")
print(b.recv(2, socket.MSG_PEEK), b.recv(10))
b.send(b"pong")
print(a.recvfrom(10))
with a, b:
    pass
print(a.fileno(), b.fileno())

u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(repr(u1.type), u1.proto)
u1.bind(("127.0.0.1", 0))
u2.bind(("127.0.0.1", 0))
print(u2.sendto(b"datagram", u1.getsockname()))
data, sender = u1.recvfrom(100)
print(data, sender == u2.getsockname())
u1.sendto(b"reply", 0, sender)
buf = bytearray(3)
n, frm = u2.recvfrom_into(buf)
print(n, buf, frm == u1.getsockname())
u1.close()
u2.close()

x, y = socket.socketpair()
fd = x.detach()
print(x.fileno(), fd >= 0)
z = socket.socket(fileno=fd)
print(z.family, z.type, z.proto)
z.send(b"fd")
print(y.recv(5))
z.close()
y.close()

n = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(n.type, n.gettimeout(), n.getblocking())
n.close()
