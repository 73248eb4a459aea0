# Module-level helpers: inet_aton/inet_ntoa/inet_pton/inet_ntop, htons/ntohs/
# htonl/ntohl with their range errors, getaddrinfo for numeric hosts and
# localhost, gethostname's type, create_server/create_connection, and
# a few constants.
import socket

print(socket.inet_aton("127.0.0.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.inet_ntoa(bytes([192, 168, 1, 254])))
print(socket.inet_pton(socket.AF_INET6, "::1"))
print(socket.inet_ntop(socket.AF_INET6, bytes(15) + b"\x01"))
print(socket.inet_ntop(socket.AF_INET, b"\x0a\x00\x00\x01"))
for bad in ("300.1.1.1", "abc"):
    try:
        socket.inet_aton(bad)
    except OSError as e:
        print(type(e).__name__, e)
try:
    socket.inet_ntoa(b"abc")
except OSError as e:
    print(type(e).__name__, e)
try:
    socket.inet_pton(socket.AF_INET6, "1::2::3")
except OSError as e:
    print(type(e).__name__, e)
print(socket.htons(1), socket.ntohs(256), socket.htons(0x1234) == 0x3412)
print(socket.htonl(1), socket.ntohl(0x01020304) == 0x04030201)
for bad in (-1, 65536):
    try:
        socket.htons(bad)
    except OverflowError as e:
        print(type(e).__name__, e)

print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("::1", "443", socket.AF_INET6, socket.SOCK_DGRAM))
print(socket.getaddrinfo("localhost", 8080, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname("localhost"))
print(type(socket.gethostname()).__name__, len(socket.gethostname()) > 0)
print(socket.SOMAXCONN, socket.SHUT_RDWR, socket.AF_UNIX, socket.SOCK_DGRAM)

server = socket.create_server(("127.0.0.1", 0))
port = server.getsockname()[1]
print(server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
client = socket.create_connection(("127.0.0.1", port), timeout=5)
print(client.gettimeout())
conn, _ = server.accept()
print(conn.gettimeout())
client.sendall(b"over create_connection")
print(conn.recv(100))
for s in (client, conn, server):
    s.close()
try:
    socket.create_connection(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
