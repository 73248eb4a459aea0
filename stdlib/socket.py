"""Sockets: the `socket` class, `socketpair`, `create_connection`,
`create_server`, `getaddrinfo`, the address helpers and the constants, as
CPython's `socket` module gives them on Linux.

The system calls are native (`runtime/src/modules/socket/`, the `_socket`
module, which takes int file descriptors and numeric addresses); this file
checks arguments with CPython's messages, resolves host names and keeps a
socket's timeout. `makefile()` gives a small buffered stream of this file
(`SocketIO`), not `io.BufferedReader`/`TextIOWrapper`; its repr is theirs.
"""

import _socket
from enum import IntEnum


class AddressFamily(IntEnum):
    AF_UNSPEC = 0
    AF_UNIX = 1
    AF_INET = 2
    AF_INET6 = 10


class SocketKind(IntEnum):
    SOCK_STREAM = 1
    SOCK_DGRAM = 2
    SOCK_RAW = 3
    SOCK_RDM = 4
    SOCK_SEQPACKET = 5
    SOCK_NONBLOCK = 2048
    SOCK_CLOEXEC = 524288


AF_UNSPEC = AddressFamily.AF_UNSPEC
AF_UNIX = AddressFamily.AF_UNIX
AF_INET = AddressFamily.AF_INET
AF_INET6 = AddressFamily.AF_INET6
SOCK_STREAM = SocketKind.SOCK_STREAM
SOCK_DGRAM = SocketKind.SOCK_DGRAM
SOCK_RAW = SocketKind.SOCK_RAW
SOCK_RDM = SocketKind.SOCK_RDM
SOCK_SEQPACKET = SocketKind.SOCK_SEQPACKET
SOCK_NONBLOCK = SocketKind.SOCK_NONBLOCK
SOCK_CLOEXEC = SocketKind.SOCK_CLOEXEC

SOL_SOCKET = 1
SO_DEBUG = 1
SO_REUSEADDR = 2
SO_TYPE = 3
SO_ERROR = 4
SO_DONTROUTE = 5
SO_BROADCAST = 6
SO_SNDBUF = 7
SO_RCVBUF = 8
SO_KEEPALIVE = 9
SO_OOBINLINE = 10
SO_LINGER = 13
SO_REUSEPORT = 15
SO_RCVLOWAT = 18
SO_SNDLOWAT = 19
SO_RCVTIMEO = 20
SO_SNDTIMEO = 21
SO_ACCEPTCONN = 30
SO_PROTOCOL = 38
SO_DOMAIN = 39
SOMAXCONN = 4096
IPPROTO_IP = 0
IPPROTO_ICMP = 1
IPPROTO_TCP = 6
IPPROTO_UDP = 17
IPPROTO_IPV6 = 41
IPPROTO_RAW = 255
IP_TOS = 1
IP_TTL = 2
IPV6_V6ONLY = 26
TCP_NODELAY = 1
TCP_MAXSEG = 2
TCP_KEEPIDLE = 4
TCP_KEEPINTVL = 5
TCP_KEEPCNT = 6
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
MSG_OOB = 1
MSG_PEEK = 2
MSG_DONTROUTE = 4
MSG_DONTWAIT = 64
MSG_EOR = 128
MSG_TRUNC = 32
MSG_CTRUNC = 8
MSG_WAITALL = 256
MSG_NOSIGNAL = 16384
AI_PASSIVE = 1
AI_CANONNAME = 2
AI_NUMERICHOST = 4
AI_V4MAPPED = 8
AI_ALL = 16
AI_ADDRCONFIG = 32
AI_NUMERICSERV = 1024
EAI_BADFLAGS = -1
EAI_NONAME = -2
EAI_AGAIN = -3
EAI_FAIL = -4
EAI_FAMILY = -6
EAI_SOCKTYPE = -7
EAI_SERVICE = -8
EAI_MEMORY = -10
EAI_SYSTEM = -11
INADDR_ANY = 0
INADDR_BROADCAST = 0xFFFFFFFF
INADDR_LOOPBACK = 0x7F000001
INADDR_NONE = 0xFFFFFFFF
has_ipv6 = True

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


_GLOBAL_DEFAULT_TIMEOUT = object()
_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def _timeout_value(value):
    if value is None:
        return None
    if not isinstance(value, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    result = float(value)
    if result != result:
        raise ValueError("Invalid value NaN (not a number)")
    if result < 0:
        raise ValueError("Timeout value out of range")
    return result


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _timeout_value(timeout)


def _intenum_converter(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _host_text(host):
    if isinstance(host, str):
        return host
    if isinstance(host, (bytes, bytearray)):
        return bytes(host).decode("ascii")
    raise TypeError("str, bytes or bytearray expected, not %s" % type(host).__name__)


def _numeric_host(host, family):
    """The numeric form of `host` for `family` (CPython's `setipaddr`)."""
    host = _host_text(host)
    if host == "":
        return "0.0.0.0" if family == AF_INET else "::"
    if host == "<broadcast>" and family == AF_INET:
        return "255.255.255.255"
    if _socket.inet_pton(family, host) is not None:
        return host
    return getaddrinfo(host, None, family)[0][4][0]


def _port_value(port, caller):
    if not isinstance(port, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(port).__name__)
    if not 0 <= port <= 65535:
        raise OverflowError("%s(): port must be 0-65535." % caller)
    return port


def _address(family, address, caller):
    """`address` checked and made numeric for `_socket`."""
    if family == AF_UNIX:
        if isinstance(address, str):
            return address.encode()
        if isinstance(address, (bytes, bytearray)):
            return bytes(address)
        raise TypeError("a bytes-like object is required, not '%s'" % type(address).__name__)
    if family == AF_INET:
        if not isinstance(address, tuple):
            raise TypeError("%s(): AF_INET address must be tuple, not %s" % (caller, type(address).__name__))
        if len(address) != 2:
            raise TypeError("AF_INET address must be a pair (host, port)")
        return (_numeric_host(address[0], family), _port_value(address[1], caller))
    if family == AF_INET6:
        if not isinstance(address, tuple):
            raise TypeError("%s(): AF_INET6 address must be tuple, not %s" % (caller, type(address).__name__))
        if not 2 <= len(address) <= 4:
            raise TypeError("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
        rest = tuple(address[2:])
        return (_numeric_host(address[0], family), _port_value(address[1], caller)) + rest
    raise OSError("%s(): bad family" % caller)


class socket:
    """A socket object: its descriptor, family, type, protocol and timeout."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
            fd = _socket.socket(family, type, proto)
        else:
            fd = fileno
            if family == -1:
                family = _socket.getsockopt(fd, SOL_SOCKET, SO_DOMAIN, 0)
            if type == -1:
                type = _socket.getsockopt(fd, SOL_SOCKET, SO_TYPE, 0)
            if proto == -1:
                proto = _socket.getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, 0)
        self._fd = fd
        self._family = int(family)
        self._type = int(type) & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        self._proto = int(proto)
        self._io_refs = 0
        self._closed = False
        self._timeout = _default_timeout
        if int(type) & SOCK_NONBLOCK:
            self._timeout = 0.0
        if self._timeout is not None:
            _socket.set_nonblocking(fd, 1)

    @property
    def family(self):
        return _intenum_converter(self._family, AddressFamily)

    @property
    def type(self):
        return _intenum_converter(self._type, SocketKind)

    @property
    def proto(self):
        return self._proto

    @property
    def timeout(self):
        return self._timeout

    def __repr__(self):
        closed = self._closed
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__,
            " [closed]" if closed else "", self.fileno(), self.family, self.type,
            self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except OSError:
                pass
        return s + ">"

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __getstate__(self):
        raise TypeError("cannot pickle %r object" % self.__class__.__name__)

    def fileno(self):
        return self._fd

    def _real_close(self):
        fd = self._fd
        if fd != -1:
            self._fd = -1
            _socket.close(fd)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        self._closed = True
        fd = self._fd
        self._fd = -1
        return fd

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _wait(self):
        return -1.0 if self._timeout is None else self._timeout

    def dup(self):
        import os
        return socket(self._family, self._type, self._proto, os.dup(self._fd))

    def bind(self, address):
        _socket.bind(self._fd, self._family, _address(self._family, address, "bind"))

    def listen(self, backlog=None):
        if backlog is None:
            backlog = min(SOMAXCONN, 128)
        _socket.listen(self._fd, max(backlog, 0))

    def accept(self):
        fd, addr = _socket.accept(self._fd, self._wait())
        sock = socket(self._family, self._type, self._proto, fileno=fd)
        if _default_timeout is None and self._timeout:
            sock.setblocking(True)
        return sock, addr

    def _connect(self, address):
        return _socket.connect(self._fd, self._family,
                               _address(self._family, address, "connect"), self._wait())

    def connect(self, address):
        err = self._connect(address)
        if err == -1:
            raise TimeoutError("timed out")
        if err:
            raise OSError(err, _socket.strerror(err))

    def connect_ex(self, address):
        err = self._connect(address)
        return 11 if err == -1 else err

    def send(self, data, flags=0):
        return _socket.send(self._fd, data, flags, self._wait())

    def sendall(self, data, flags=0):
        view = bytes(data) if not isinstance(data, bytes) else data
        total = len(view)
        sent = 0
        while sent < total:
            sent += _socket.send(self._fd, view[sent:] if sent else view, flags, self._wait())

    def sendto(self, data, flags_or_addr, addr=None):
        if addr is None:
            flags, addr = 0, flags_or_addr
        else:
            flags = flags_or_addr
        return _socket.sendto(self._fd, data, flags, self._family,
                              _address(self._family, addr, "sendto"), self._wait())

    def recv(self, bufsize, flags=0):
        return _socket.recv(self._fd, bufsize, flags, self._wait())

    def recvfrom(self, bufsize, flags=0):
        return _socket.recvfrom(self._fd, bufsize, flags, self._wait())

    def recv_into(self, buffer, nbytes=0, flags=0):
        if nbytes < 0:
            raise ValueError("negative buffersize in recv_into")
        if nbytes == 0:
            nbytes = len(buffer)
        elif nbytes > len(buffer):
            raise ValueError("buffer too small for requested bytes")
        data = _socket.recv(self._fd, nbytes, flags, self._wait())
        buffer[:len(data)] = data
        return len(data)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        if nbytes == 0:
            nbytes = len(buffer)
        data, addr = _socket.recvfrom(self._fd, nbytes, flags, self._wait())
        buffer[:len(data)] = data
        return len(data), addr

    def shutdown(self, how):
        _socket.shutdown(self._fd, how)

    def setsockopt(self, level, optname, value, optlen=None):
        if value is None:
            value = bytes(optlen)
        _socket.setsockopt(self._fd, level, optname, value)

    def getsockopt(self, level, optname, buflen=0):
        return _socket.getsockopt(self._fd, level, optname, buflen)

    def setblocking(self, flag):
        self.settimeout(None if flag else 0.0)

    def getblocking(self):
        return self._timeout != 0.0

    def settimeout(self, value):
        self._timeout = _timeout_value(value)
        _socket.set_nonblocking(self._fd, 0 if self._timeout is None else 1)

    def gettimeout(self):
        return self._timeout

    def getsockname(self):
        return _socket.getsockname(self._fd)

    def getpeername(self):
        return _socket.getpeername(self._fd)

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        stream = SocketIO(self, mode, encoding, errors, newline)
        self._io_refs += 1
        return stream


SocketType = socket


class SocketIO:
    """What `socket.makefile()` returns: reads buffered from `recv`,
    writes buffered until `flush()` (as `BufferedWriter` does), text modes
    decoding and encoding with `encoding` (UTF-8 by default) and, for
    `newline=None`, `\\r\\n` read as `\\n`."""

    def __init__(self, sock, mode, encoding, errors, newline):
        self._sock = sock
        self.mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._binary = "b" in mode
        self.encoding = None if self._binary else (encoding or "utf-8")
        self.errors = None if self._binary else (errors or "strict")
        self._newline = newline
        self._in = b""
        self._out = []
        self._eof = False
        self.closed = False

    @property
    def name(self):
        return self._sock.fileno() if self._sock is not None else -1

    def __repr__(self):
        if self._binary:
            kind = "BufferedRWPair" if self._reading and self._writing else (
                "BufferedReader" if self._reading else "BufferedWriter")
            if kind == "BufferedRWPair":
                return "<_io.BufferedRWPair object>"
            return "<_io.%s name=%r>" % (kind, self.name)
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (
            self.name, self.mode, self.encoding)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check(self, reading):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if reading and not self._reading:
            raise OSError("File not open for reading") if self._binary else \
                _unsupported("not readable")
        if not reading and not self._writing:
            raise OSError("File not open for writing") if self._binary else \
                _unsupported("not writable")

    def readable(self):
        return self._reading

    def writable(self):
        return self._writing

    def seekable(self):
        return False

    def fileno(self):
        return self._sock.fileno()

    def _fill(self):
        if self._eof:
            return False
        data = self._sock.recv(8192)
        if not data:
            self._eof = True
            return False
        self._in += data
        return True

    def _text(self, data):
        if self._binary:
            return data
        text = data.decode(self.encoding, self.errors)
        if self._newline is None:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def read(self, size=-1):
        self._check(True)
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._in = self._in, b""
            return self._text(data)
        while len(self._in) < size and self._fill():
            pass
        data, self._in = self._in[:size], self._in[size:]
        return self._text(data)

    def read1(self, size=-1):
        self._check(True)
        if not self._in:
            self._fill()
        if size is None or size < 0:
            size = len(self._in)
        data, self._in = self._in[:size], self._in[size:]
        return data

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check(True)
        start = 0
        while True:
            end = self._in.find(b"\n", start)
            if end >= 0:
                end += 1
                break
            if size is not None and 0 <= size <= len(self._in):
                end = size
                break
            start = len(self._in)
            if not self._fill():
                end = len(self._in)
                break
        if size is not None and 0 <= size < end:
            end = size
        data, self._in = self._in[:end], self._in[end:]
        return self._text(data)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def write(self, data):
        self._check(False)
        if not self._binary:
            if not isinstance(data, str):
                raise TypeError("write() argument must be str, not %s" % type(data).__name__)
            text = data
            if self._newline not in (None, "", "\n"):
                text = text.replace("\n", self._newline)
            self._out.append(text.encode(self.encoding, self.errors))
            return len(data)
        data = bytes(data)
        self._out.append(data)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self.closed:
            raise ValueError("flush of closed file" if self._binary else
                             "I/O operation on closed file.")
        if self._out:
            data = b"".join(self._out)
            self._out = []
            self._sock.sendall(data)

    def close(self):
        if self.closed:
            return
        if self._writing and self._sock._fd != -1:
            self.flush()
        self.closed = True
        self._sock._decref_socketios()
        self._sock = None


def _unsupported(what):
    import io
    return io.UnsupportedOperation(what)


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    a, b = _socket.socketpair(family, type, proto)
    return socket(family, type, proto, a), socket(family, type, proto, b)


def fromfd(fd, family, type, proto=0):
    import os
    return socket(family, type, proto, os.dup(fd))


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    if host is not None:
        host = _host_text(host)
    if isinstance(port, int):
        port = str(port)
    elif isinstance(port, (bytes, bytearray)):
        port = bytes(port).decode()
    elif port is not None and not isinstance(port, str):
        raise OSError("Int or String expected")
    res = _socket.getaddrinfo(host, port, int(family), int(type), int(proto), int(flags))
    if isinstance(res, int):
        raise gaierror(res, _socket.gai_strerror(res))
    return [(_intenum_converter(af, AddressFamily), _intenum_converter(kind, SocketKind),
             pr, canon, sa) for af, kind, pr, canon, sa in res]


def gethostname():
    return _socket.gethostname()


def gethostbyname(hostname):
    return _numeric_host(hostname, AF_INET)


def getfqdn(name=""):
    name = name.strip()
    if not name or name == "0.0.0.0":
        name = gethostname()
    return name


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *,
                      all_errors=False):
    host, port = address
    exceptions = []
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):
        af, socktype, proto, canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock
        except OSError as exc:
            if not all_errors:
                exceptions.clear()
            exceptions.append(exc)
            if sock is not None:
                sock.close()
    if len(exceptions):
        try:
            if not all_errors:
                raise exceptions[0]
            raise ExceptionGroup("create_connection failed", exceptions)
        finally:
            exceptions.clear()
    raise OSError("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    return True


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    if dualstack_ipv6 and family != AF_INET6:
        raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except OSError as err:
            msg = "%s (while attempting to bind on address %r)" % (err.strerror, address)
            raise OSError(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except OSError:
        sock.close()
        raise


def _check_u16(x, name):
    if not isinstance(x, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    if x < 0:
        raise OverflowError("%s: can't convert negative Python int to C 16-bit unsigned integer"
                            % name)
    if x > 0xFFFF:
        raise OverflowError("%s: Python int too large to convert to C 16-bit unsigned integer"
                            % name)
    return ((x & 0xFF) << 8) | (x >> 8)


def _check_u32(x):
    if not isinstance(x, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    if x < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if x > 0xFFFFFFFF:
        raise OverflowError("int larger than 32 bits")
    return int.from_bytes(x.to_bytes(4, "big"), "little")


def htons(x):
    return _check_u16(x, "htons")


def ntohs(x):
    return _check_u16(x, "ntohs")


def htonl(x):
    return _check_u32(x)


def ntohl(x):
    return _check_u32(x)


def inet_pton(family, ip_string):
    if family not in (AF_INET, AF_INET6):
        raise OSError(97, "Address family not supported by protocol")
    raw = _socket.inet_pton(family, _host_text(ip_string))
    if raw is None:
        raise OSError("illegal IP address string passed to inet_pton")
    return raw


def inet_ntop(family, packed_ip):
    size = 4 if family == AF_INET else 16
    if family not in (AF_INET, AF_INET6):
        raise ValueError("unknown address family %d" % family)
    if len(packed_ip) != size:
        raise ValueError("invalid length of packed IP address string")
    return _socket.inet_ntop(family, bytes(packed_ip))


def inet_aton(ip_string):
    raw = _socket.inet_pton(AF_INET, _host_text(ip_string))
    if raw is None:
        raise OSError("illegal IP address string passed to inet_aton")
    return raw


def inet_ntoa(packed_ip):
    if len(packed_ip) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return _socket.inet_ntop(AF_INET, bytes(packed_ip))
