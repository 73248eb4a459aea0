# A TCP server on 127.0.0.1 port 0 and a client in the same program: bind,
# listen, connect (the backlog completes it), accept, send/recv both ways,
# sendall, recv_into, shutdown and EOF, getsockname/getpeername agreeing,
# the context manager, and the repr of a closed socket.
import socket

with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    print(server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
    server.bind(("127.0.0.1", 0))
    server.listen()
    host, port = server.getsockname()
    print(host, 0 < port < 65536)
    print(server.family, server.type, server.proto, repr(server.family), repr(server.type))
    client = socket.socket()
    client.connect(("127.0.0.1", port))
    conn, addr = server.accept()
    print(addr == client.getsockname(), conn.getpeername() == client.getsockname())
    print(client.getpeername() == (host, port), conn.getsockname() == (host, port))
    print(client.send(b"hello"))
    print(conn.recv(5))
    conn.sendall(b"x" * 100000)
    got = b""
    while len(got) < 100000:
        got += client.recv(65536)
    print(len(got), set(got))
    client.sendall(bytearray(b"into"))
    buf = bytearray(10)
    print(conn.recv_into(buf), buf)
    client.shutdown(socket.SHUT_WR)
    print(conn.recv(10), conn.recv(10))
    conn.close()
    print(client.recv(10))
    client.close()
    print(repr(client))
    print(client.fileno())
print(server.fileno(), repr(server))
try:
    client.recv(10)
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    socket.socket().recv(1)
except OSError as e:
    print(type(e).__name__, e.errno, e)
