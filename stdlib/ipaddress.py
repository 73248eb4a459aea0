"""IPv4 and IPv6 addresses, networks and interfaces (`ipaddress`), with
CPython 3.11's parsing rules, string forms, properties and error messages.

An address is its integer value (`_ip`, plus `_scope_id` for IPv6); a
network is its (masked) network address and prefix length; every
derived value (broadcast address, netmask, host list) is computed from
those ints."""

__version__ = '1.0'

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value error about an address."""


class NetmaskValueError(ValueError):
    """A value error about a netmask."""


def ip_address(address):
    """An IPv4Address or IPv6Address for a string, int or bytes."""
    for cls in (IPv4Address, IPv6Address):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError('%r does not appear to be an IPv4 or IPv6 address' % (address,))


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network."""
    for cls in (IPv4Network, IPv6Network):
        try:
            return cls(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError('%r does not appear to be an IPv4 or IPv6 network' % (address,))


def ip_interface(address):
    """An IPv4Interface or IPv6Interface."""
    for cls in (IPv4Interface, IPv6Interface):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError('%r does not appear to be an IPv4 or IPv6 interface' % (address,))


def v4_int_to_packed(address):
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv4')


def v6_int_to_packed(address):
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv6')


def _same_version(a, b):
    if a.version != b.version:
        raise TypeError('%s and %s are not of the same version' % (a, b))


def _trailing_zeros(n, bits):
    """How many low bits of n are zero (all `bits` for zero)."""
    if n == 0:
        return bits
    return (n & -n).bit_length() - 1


def summarize_address_range(first, last):
    """The fewest networks exactly covering the addresses first..last."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    _same_version(first, last)
    if first > last:
        raise ValueError('last IP address must be greater than first')
    net_cls = IPv4Network if first.version == 4 else IPv6Network
    bits = first.max_prefixlen
    lo = first._ip
    hi = last._ip
    while lo <= hi:
        size = min(_trailing_zeros(lo, bits), (hi - lo + 1).bit_length() - 1)
        yield net_cls((lo, bits - size))
        lo += 1 << size


def collapse_addresses(addresses):
    """The networks and addresses given, merged into the fewest networks,
    in order."""
    ranges = []
    first = None
    for item in addresses:
        if first is None:
            first = item
        else:
            _same_version(item, first)
        if isinstance(item, _BaseNetwork):
            ranges.append((item.network_address._ip, item.broadcast_address._ip))
        elif isinstance(item, _BaseAddress):
            if isinstance(item, (IPv4Interface, IPv6Interface)):
                net = item.network
                ranges.append((net.network_address._ip, net.broadcast_address._ip))
            else:
                ranges.append((item._ip, item._ip))
        else:
            raise TypeError('%r is not an IP address or network' % (item,))
    if first is None:
        return iter([])
    addr_cls = IPv4Address if first.version == 4 else IPv6Address
    ranges.sort()
    merged = []
    for lo, hi in ranges:
        if merged and lo <= merged[-1][1] + 1:
            if hi > merged[-1][1]:
                merged[-1][1] = hi
        else:
            merged.append([lo, hi])
    out = []
    for lo, hi in merged:
        out.extend(summarize_address_range(addr_cls(lo), addr_cls(hi)))
    return iter(out)


def get_mixed_type_key(obj):
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


# ------------------------------------------------------------- parsing

def _parse_v4(text):
    """The int an IPv4 dotted quad spells, else AddressValueError."""
    if not text:
        raise AddressValueError('Address cannot be empty')
    octets = text.split('.')
    if len(octets) != 4:
        raise AddressValueError('Expected 4 octets in %r' % text)
    value = 0
    for octet in octets:
        problem = None
        if not octet:
            problem = 'Empty octet not permitted'
        elif not (octet.isascii() and octet.isdigit()):
            problem = 'Only decimal digits permitted in %r' % octet
        elif len(octet) > 3:
            problem = 'At most 3 characters permitted in %r' % octet
        elif len(octet) > 1 and octet[0] == '0':
            problem = 'Leading zeros are not permitted in %r' % octet
        elif int(octet) > 255:
            problem = 'Octet %d (> 255) not permitted' % int(octet)
        if problem is not None:
            raise AddressValueError('%s in %r' % (problem, text))
        value = (value << 8) | int(octet)
    return value


_HEX = '0123456789abcdefABCDEF'


def _parse_v6(text):
    """The int an IPv6 address (without scope) spells, else
    AddressValueError with CPython's message."""
    if not text:
        raise AddressValueError('Address cannot be empty')
    parts = text.split(':')
    if len(parts) < 3:
        raise AddressValueError('At least 3 parts expected in %r' % text)
    if '.' in parts[-1]:
        try:
            v4 = _parse_v4(parts[-1])
        except AddressValueError as exc:
            raise AddressValueError('%s in %r' % (exc, text))
        parts[-1:] = ['%x' % (v4 >> 16), '%x' % (v4 & 0xFFFF)]
    if len(parts) > 9:
        raise AddressValueError('At most 8 colons permitted in %r' % text)
    gap = None
    for i in range(1, len(parts) - 1):
        if not parts[i]:
            if gap is not None:
                raise AddressValueError("At most one '::' permitted in %r" % text)
            gap = i
    if gap is not None:
        head = parts[:gap]
        tail = parts[gap + 1:]
        if head == ['']:
            head = []
        elif head and not head[0]:
            raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % text)
        if tail == ['']:
            tail = []
        elif tail and not tail[-1]:
            raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % text)
        if len(head) + len(tail) > 7:
            raise AddressValueError("Expected at most 7 other parts with '::' in %r" % text)
        hextets = head + ['0'] * (8 - len(head) - len(tail)) + tail
    else:
        if len(parts) != 8:
            raise AddressValueError("Exactly 8 parts expected without '::' in %r" % text)
        if not parts[0]:
            raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % text)
        if not parts[-1]:
            raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % text)
        hextets = parts
    value = 0
    for h in hextets:
        for ch in h:
            if ch not in _HEX:
                raise AddressValueError('Only hex digits permitted in %r in %r' % (h, text))
        if len(h) > 4:
            raise AddressValueError('At most 4 characters permitted in %r in %r' % (h, text))
        value = (value << 16) | int(h, 16)
    return value


def _compress_v6(value):
    """The shortest text form: hex hextets, the longest run (of two or
    more, the first such) of zero hextets as '::'."""
    hextets = ['%x' % ((value >> (16 * (7 - i))) & 0xFFFF) for i in range(8)]
    best_start = -1
    best_len = 0
    start = -1
    for i in range(9):
        if i < 8 and hextets[i] == '0':
            if start < 0:
                start = i
        elif start >= 0:
            if i - start > best_len:
                best_start = start
                best_len = i - start
            start = -1
    if best_len > 1:
        left = ':'.join(hextets[:best_start])
        right = ':'.join(hextets[best_start + best_len:])
        return left + '::' + right
    return ':'.join(hextets)


# ------------------------------------------------------------ addresses

class _IPAddressBase:
    __slots__ = ()

    @property
    def exploded(self):
        return self._explode_shorthand_ip_string()

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return self._reverse_pointer()

    def _check_int_address(self, address):
        if address < 0:
            raise AddressValueError('%d (< 0) is not permitted as an IPv%d address'
                                    % (address, self.version))
        if address > self._ALL_ONES:
            raise AddressValueError('%d (>= 2**%d) is not permitted as an IPv%d address'
                                    % (address, self.max_prefixlen, self.version))

    def _check_packed_address(self, address, expected):
        if len(address) != expected:
            raise AddressValueError('%r (len %d != %d) is not permitted as an IPv%d address'
                                    % (address, len(address), expected, self.version))

    @classmethod
    def _make_netmask(cls, arg):
        """(netmask address, prefix length) of a prefix length (int or
        digits) or, for IPv4, a dotted netmask or hostmask."""
        if isinstance(arg, int):
            prefixlen = arg
            if not 0 <= prefixlen <= cls._max_prefixlen:
                cls._report_invalid_netmask(str(arg))
        else:
            arg = str(arg)
            if arg.isascii() and arg.isdigit():
                prefixlen = int(arg)
                if not 0 <= prefixlen <= cls._max_prefixlen:
                    cls._report_invalid_netmask(arg)
            elif cls._version == 4:
                prefixlen = cls._prefix_from_ip_string(arg)
            else:
                cls._report_invalid_netmask(arg)
        bits = cls._max_prefixlen
        mask = ((1 << prefixlen) - 1) << (bits - prefixlen)
        return cls._address_class(mask), prefixlen

    @staticmethod
    def _report_invalid_netmask(text):
        raise NetmaskValueError('%r is not a valid netmask' % text)

    @classmethod
    def _prefix_from_ip_string(cls, text):
        try:
            value = _parse_v4(text)
        except AddressValueError:
            cls._report_invalid_netmask(text)
        bits = cls._max_prefixlen
        for candidate in (value, value ^ cls._ALL_ONES):
            zeros = _trailing_zeros(candidate, bits)
            if candidate >> zeros == (1 << (bits - zeros)) - 1:
                return bits - zeros
        cls._report_invalid_netmask(text)

    @classmethod
    def _split_addr_prefix(cls, address):
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        if not isinstance(address, tuple):
            pieces = str(address).split('/')
            if len(pieces) > 2:
                raise AddressValueError("Only one '/' permitted in %r" % address)
            address = pieces
        if len(address) > 1:
            return address[0], address[1]
        return address[0], cls._max_prefixlen


class _BaseAddress(_IPAddressBase):
    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version \
                and self._scope() == other._scope()
        except AttributeError:
            return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        _same_version(self, other)
        if self._ip != other._ip:
            return self._ip < other._ip
        return False

    def __gt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        return other.__lt__(self)

    def __le__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        return not other.__lt__(self)

    def __ge__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        return not self.__lt__(other)

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return "%s('%s')" % (self.__class__.__name__, str(self))

    def __str__(self):
        return self._string()

    def __hash__(self):
        return hash((self._ip, self._scope()))

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def _scope(self):
        return None

    def _get_address_key(self):
        return (self._version, self)

    def __format__(self, fmt):
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        alternate = fmt.startswith('#')
        rest = fmt[1:] if alternate else fmt
        grouping = rest.startswith('_')
        if grouping:
            rest = rest[1:]
        if rest not in ('b', 'x', 'X', 'n'):
            raise TypeError('unsupported format string passed to %s.__format__'
                            % self.__class__.__name__)
        base = rest
        if base == 'n':
            base = 'b' if self._version == 4 else 'x'
        width = self.max_prefixlen if base == 'b' else self.max_prefixlen // 4
        if grouping:
            width += width // 4 - 1
        if alternate:
            width += 2
        return format(self._ip, '%s0%d%s%s' % ('#' if alternate else '', width,
                                               '_' if grouping else '', base))


class IPv4Address(_BaseAddress):
    """An IPv4 address."""

    __slots__ = ('_ip', '__weakref__')
    _version = 4
    _max_prefixlen = IPV4LENGTH
    _ALL_ONES = (1 << IPV4LENGTH) - 1

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 4)
            self._ip = int.from_bytes(address, 'big')
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError("Unexpected '/' in %r" % address)
        self._ip = _parse_v4(text)

    @property
    def version(self):
        return 4

    @property
    def max_prefixlen(self):
        return IPV4LENGTH

    @property
    def packed(self):
        return self._ip.to_bytes(4, 'big')

    def _string(self):
        ip = self._ip
        return '%d.%d.%d.%d' % (ip >> 24, (ip >> 16) & 255, (ip >> 8) & 255, ip & 255)

    def _explode_shorthand_ip_string(self):
        return str(self)

    def _reverse_pointer(self):
        # From the text form, as CPython does (an interface's keeps its prefix).
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'

    def _in(self, nets):
        for net in nets:
            if self in net:
                return True
        return False

    @property
    def is_reserved(self):
        return self in _V4_RESERVED

    @property
    def is_private(self):
        return self._in(_v4_private())

    @property
    def is_global(self):
        return self not in _V4_SHARED and not self.is_private

    @property
    def is_multicast(self):
        return self in _V4_MULTICAST

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self in _V4_LOOPBACK

    @property
    def is_link_local(self):
        return self in _V4_LINK_LOCAL


class IPv6Address(_BaseAddress):
    """An IPv6 address, with an optional scope id (`fe80::1%eth0`)."""

    __slots__ = ('_ip', '_scope_id', '__weakref__')
    _version = 6
    _max_prefixlen = IPV6LENGTH
    _ALL_ONES = (1 << IPV6LENGTH) - 1

    def __init__(self, address):
        self._scope_id = None
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 16)
            self._ip = int.from_bytes(address, 'big')
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError("Unexpected '/' in %r" % address)
        text, sep, scope = text.partition('%')
        if sep:
            if not scope or '%' in scope:
                raise AddressValueError('Invalid IPv6 address: "%r"' % str(address))
            self._scope_id = scope
        self._ip = _parse_v6(text)

    def _scope(self):
        return self._scope_id

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def version(self):
        return 6

    @property
    def max_prefixlen(self):
        return IPV6LENGTH

    @property
    def packed(self):
        return self._ip.to_bytes(16, 'big')

    def _string(self):
        text = _compress_v6(self._ip)
        if self._scope_id is not None:
            text += '%' + self._scope_id
        return text

    def _explode_shorthand_ip_string(self):
        if self._scope_id is not None:
            # CPython parses the text form again, scope included, and fails.
            _parse_v6(str(self))
        digits = '%032x' % self._ip
        return ':'.join(digits[i:i + 4] for i in range(0, 32, 4))

    def _reverse_pointer(self):
        # From the exploded form, as CPython does (an interface's keeps
        # its prefix).
        return '.'.join(reversed(self.exploded.replace(':', ''))) + '.ip6.arpa'

    def _in(self, nets):
        for net in nets:
            if self in net:
                return True
        return False

    @property
    def is_multicast(self):
        return self in _V6_MULTICAST

    @property
    def is_reserved(self):
        return self._in(_v6_reserved())

    @property
    def is_link_local(self):
        return self in _V6_LINK_LOCAL

    @property
    def is_site_local(self):
        return self in _V6_SITE_LOCAL

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return self._in(_v6_private())

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        if (self._ip >> 32) != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        if (self._ip >> 96) != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        if (self._ip >> 112) != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


# ------------------------------------------------------------- networks

class _BaseNetwork(_IPAddressBase):

    def __init__(self, address, strict=True):
        addr, mask = self._split_addr_prefix(address)
        self.network_address = self._address_class(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        value = int(self.network_address)
        masked = value & int(self.netmask)
        if masked != value:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = self._address_class(masked)

    def __repr__(self):
        return "%s('%s')" % (self.__class__.__name__, str(self))

    def __str__(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    @property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @property
    def hostmask(self):
        return self._address_class(int(self.netmask) ^ self._ALL_ONES)

    @property
    def prefixlen(self):
        return self._prefixlen

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.network_address, self.hostmask)

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    def _explode_shorthand_ip_string(self):
        return '%s/%d' % (self.network_address.exploded, self._prefixlen)

    def _reverse_pointer(self):
        return self.network_address.reverse_pointer

    def __iter__(self):
        cls = self._address_class
        for value in range(int(self.network_address), int(self.broadcast_address) + 1):
            yield cls(value)

    def hosts(self):
        cls = self._address_class
        first = int(self.network_address)
        last = int(self.broadcast_address)
        if self._prefixlen == self._max_prefixlen:
            return [cls(first)]
        if self._prefixlen == self._max_prefixlen - 1:
            return self.__iter__()
        # IPv4 leaves out the network and broadcast addresses; IPv6 only
        # the Subnet-Router anycast address (the network's own).
        return self._host_range(first + 1, last if self._version == 6 else last - 1)

    def _host_range(self, first, last):
        cls = self._address_class
        for value in range(first, last + 1):
            yield cls(value)

    def __getitem__(self, n):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        if n >= 0:
            if network + n > broadcast:
                raise IndexError('address out of range')
            return self._address_class(network + n)
        n += 1
        if broadcast + n < network:
            raise IndexError('address out of range')
        return self._address_class(broadcast + n)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        _same_version(self, other)
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __gt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        return other.__lt__(self)

    def __le__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        return not other.__lt__(self)

    def __ge__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        return not self.__lt__(other)

    def __eq__(self, other):
        try:
            return (self._version == other._version
                    and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if isinstance(other, _BaseNetwork):
            return False
        if not isinstance(other, _BaseAddress) or self._version != other._version:
            return False
        return other._ip & int(self.netmask) == int(self.network_address)

    def overlaps(self, other):
        return (self.network_address in other or (self.broadcast_address in other or (
            other.network_address in self or other.broadcast_address in self)))

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new_len = self._prefixlen + prefixlen_diff
        if new_len > self._max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s'
                             % (new_len, self))
        start = int(self.network_address)
        end = int(self.broadcast_address) + 1
        step = 1 << (self._max_prefixlen - new_len)
        for value in range(start, end, step):
            yield self.__class__((value, new_len))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        new_len = self._prefixlen - prefixlen_diff
        if new_len < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self._prefixlen, prefixlen_diff))
        return self.__class__((int(self.network_address), new_len), strict=False)

    @staticmethod
    def _is_subnet_of(a, b):
        try:
            if a._version != b._version:
                raise TypeError('%s and %s are not of the same version' % (a, b))
            return (b.network_address <= a.network_address
                    and b.broadcast_address >= a.broadcast_address)
        except AttributeError:
            raise TypeError('Unable to test subnet containment between %s and %s' % (a, b))

    def subnet_of(self, other):
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        return self._is_subnet_of(other, self)

    def address_exclude(self, other):
        if not self._version == other._version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        if not isinstance(other, _BaseNetwork):
            raise TypeError('%s is not a network object' % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        if other == self:
            return
        # Halve the network again and again: the half without `other` is
        # in the result, the half with it is split further.
        current = self
        while current != other:
            low, high = current.subnets()
            if other.subnet_of(low):
                yield high
                current = low
            else:
                yield low
                current = high

    def compare_networks(self, other):
        _same_version(self, other)
        if self.network_address != other.network_address:
            return -1 if self.network_address < other.network_address else 1
        if self.netmask != other.netmask:
            return -1 if self.netmask < other.netmask else 1
        return 0

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    def _both(self, name):
        return getattr(self.network_address, name) and getattr(self.broadcast_address, name)

    @property
    def is_multicast(self):
        return self._both('is_multicast')

    @property
    def is_reserved(self):
        return self._both('is_reserved')

    @property
    def is_link_local(self):
        return self._both('is_link_local')

    @property
    def is_private(self):
        # Both ends inside one of the private blocks.
        first = self.network_address
        last = self.broadcast_address
        for net in (_v4_private() if self._version == 4 else _v6_private()):
            if first in net and last in net:
                return True
        return False

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._both('is_unspecified')

    @property
    def is_loopback(self):
        return self._both('is_loopback')


class IPv4Network(_BaseNetwork):
    """An IPv4 network: `IPv4Network('192.168.0.0/24')`."""

    _version = 4
    _max_prefixlen = IPV4LENGTH
    _ALL_ONES = (1 << IPV4LENGTH) - 1
    _address_class = IPv4Address

    @property
    def is_global(self):
        return (not (self.network_address in _V4_SHARED and self.broadcast_address in _V4_SHARED)
                and not self.is_private)


class IPv6Network(_BaseNetwork):
    """An IPv6 network: `IPv6Network('2001:db8::/32')`."""

    _version = 6
    _max_prefixlen = IPV6LENGTH
    _ALL_ONES = (1 << IPV6LENGTH) - 1
    _address_class = IPv6Address

    @property
    def is_site_local(self):
        return self._both('is_site_local')


# IPv4Address._make_netmask and friends are class methods of the address
# classes too (an interface builds its network from them).
IPv4Address._address_class = IPv4Address
IPv6Address._address_class = IPv6Address


# ----------------------------------------------------------- interfaces

class IPv4Interface(IPv4Address):
    """An IPv4 address with its network: `IPv4Interface('10.0.0.5/8')`."""

    __slots__ = ('network', 'netmask', '_prefixlen')

    def __init__(self, address):
        addr, mask = self._split_addr_prefix(address)
        IPv4Address.__init__(self, addr)
        self.network = IPv4Network((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    @property
    def ip(self):
        return IPv4Address(self._ip)

    def __str__(self):
        return '%s/%d' % (self._string(), self._prefixlen)

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._string(), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._string(), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._string(), self.hostmask)

    def __eq__(self, other):
        same = IPv4Address.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        less = IPv4Address.__lt__(self, other)
        if less is NotImplemented:
            return NotImplemented
        try:
            return self.network < other.network or (self.network == other.network and less)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))


class IPv6Interface(IPv6Address):
    """An IPv6 address with its network: `IPv6Interface('2001:db8::1/64')`."""

    __slots__ = ('network', 'netmask', '_prefixlen')

    def __init__(self, address):
        addr, mask = self._split_addr_prefix(address)
        IPv6Address.__init__(self, addr)
        self.network = IPv6Network((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    @property
    def ip(self):
        return IPv6Address(self._ip)

    def __str__(self):
        return '%s/%d' % (self._string(), self._prefixlen)

    def _explode_shorthand_ip_string(self):
        return '%s/%d' % (IPv6Address._explode_shorthand_ip_string(self), self._prefixlen)

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._string(), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._string(), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._string(), self.hostmask)

    def __eq__(self, other):
        same = IPv6Address.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        less = IPv6Address.__lt__(self, other)
        if less is NotImplemented:
            return NotImplemented
        try:
            return self.network < other.network or (self.network == other.network and less)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback


# ------------------------------------------------ special-purpose blocks
# (IANA's registries as CPython 3.11 lists them; the lists are built on
# first use)

_V4_SHARED = IPv4Network('100.64.0.0/10')
_V4_MULTICAST = IPv4Network('224.0.0.0/4')
_V4_RESERVED = IPv4Network('240.0.0.0/4')
_V4_LOOPBACK = IPv4Network('127.0.0.0/8')
_V4_LINK_LOCAL = IPv4Network('169.254.0.0/16')
_V6_MULTICAST = IPv6Network('ff00::/8')
_V6_LINK_LOCAL = IPv6Network('fe80::/10')
_V6_SITE_LOCAL = IPv6Network('fec0::/10')
_lists = {}


def _v4_private():
    nets = _lists.get('v4')
    if nets is None:
        nets = [IPv4Network(n) for n in (
            '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
            '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16',
            '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4',
            '255.255.255.255/32')]
        _lists['v4'] = nets
    return nets


def _v6_private():
    nets = _lists.get('v6')
    if nets is None:
        nets = [IPv6Network(n) for n in (
            '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48',
            '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10')]
        _lists['v6'] = nets
    return nets


def _v6_reserved():
    nets = _lists.get('v6r')
    if nets is None:
        nets = [IPv6Network(n) for n in (
            '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3',
            '6000::/3', '8000::/3', 'a000::/3', 'c000::/3', 'e000::/4', 'f000::/5',
            'f800::/6', 'fe00::/9')]
        _lists['v6r'] = nets
    return nets
