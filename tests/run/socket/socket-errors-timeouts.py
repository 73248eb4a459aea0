# Socket errors as CPython raises them: connect to a closed port gives
# ConnectionRefusedError (and connect_ex its errno), recv with a timeout
# gives socket.timeout (TimeoutError, 'timed out'), a non-blocking recv
# BlockingIOError, gettimeout/getblocking/setdefaulttimeout, bad addresses,
# socket.error and the exception classes' hierarchy.
import socket

print(socket.error is OSError, socket.timeout is TimeoutError)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
print(socket.gaierror.__module__, socket.gaierror.__name__)

# A port nobody listens on: bind one, then close it.
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()
s = socket.socket()
try:
    s.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno, e.strerror, isinstance(e, ConnectionError))
s.close()
s = socket.socket()
print(s.connect_ex(("127.0.0.1", port)))
s.close()

a, b = socket.socketpair()
print(a.gettimeout(), a.getblocking())
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except socket.timeout as e:
    print(type(e).__name__, repr(e), e.args, e.errno)
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno, e)
a.settimeout(None)
print(a.gettimeout(), a.getblocking())
b.send(b"late")
print(a.recv(10))
for bad in (-1, "x", float("nan")):
    try:
        a.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a.close()
b.close()

print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
c = socket.socket()
print(c.gettimeout(), c.getblocking())
c.close()
socket.setdefaulttimeout(None)
print(socket.getdefaulttimeout())

s = socket.socket()
for addr in ["127.0.0.1", ("127.0.0.1",), ("127.0.0.1", 70000), ("127.0.0.1", "80"), (1, 80)]:
    try:
        s.bind(addr)
    except (TypeError, OverflowError, OSError) as e:
        print(type(e).__name__, e)
s.close()

with socket.socket() as listener:
    listener.bind(("127.0.0.1", 0))
    try:
        with socket.socket() as other:
            other.bind(listener.getsockname())
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)

try:
    socket.getaddrinfo("no.such.host.invalid", 80)
except socket.gaierror as e:
    print(type(e).__name__, e.errno in (socket.EAI_NONAME, socket.EAI_AGAIN), isinstance(e, OSError))
