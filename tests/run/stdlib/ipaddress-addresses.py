# ipaddress: IPv4Address/IPv6Address/ip_address from str, int and bytes; str/repr/exploded/compressed/packed/reverse_pointer, format(), the is_* properties, arithmetic, ordering, and CPython's parse errors
import ipaddress
from ipaddress import ip_address, IPv4Address, IPv6Address, AddressValueError

ADDRS = ['0.0.0.0', '1.2.3.4', '10.1.2.3', '127.0.0.1', '169.254.1.1', '172.16.5.4', '172.32.0.1', '192.168.1.1',
         '100.64.1.1', '224.0.0.1', '240.0.0.1', '255.255.255.255', '8.8.8.8', '192.0.2.5', '192.0.0.170',
         '::', '::1', '::ffff:1.2.3.4', '::ffff:10.0.0.1', '2001:db8::1', 'fe80::1', 'fe80::1%eth0', 'fec0::1',
         'ff02::1', 'fc00::5', '2001::1', '2002:c000:0204::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2',
         '1:0:0:2:0:0:0:3', '1:0:0:2:0:0:3:4', '2606:4700:4700::1111', '0:0:1::', 'ABCD:EF01:2345:6789:ABCD:EF01:2345:6789',
         '100::1', '::1.2.3.4']
FLAGS = ['is_private', 'is_global', 'is_multicast', 'is_reserved', 'is_loopback', 'is_link_local', 'is_unspecified']
for text in ADDRS:
    a = ip_address(text)
    print(repr(a), a, a.version, a.max_prefixlen, int(a), a.packed, a.compressed)
    print('   ', ''.join('1' if getattr(a, f) else '0' for f in FLAGS), a + 0, format(a, 'x'), format(a, '#_b' if a.version == 4 else '#_x'), format(a, 'n' if a.version == 4 else 'X'), format(a, '>18s'))
    if a.version == 6:
        print('   ', a.is_site_local, a.ipv4_mapped, a.teredo, a.sixtofour, a.scope_id)
        if a.scope_id is None:
            print('   ', a.exploded, a.reverse_pointer)
    else:
        print('   ', a.exploded, a.reverse_pointer)
print(IPv4Address('10.0.0.255') + 1, IPv6Address('::3') - 2 + 1, IPv4Address(3232235777), IPv4Address(b'\xc0\xa8\x01\x01'), IPv6Address(1), IPv6Address(b'\x20\x01' + bytes(13) + b'\x01'), ip_address(2 ** 32))
print(ipaddress.v4_int_to_packed(3232235777), ipaddress.v6_int_to_packed(1), IPv4Address('1.2.3.4') == IPv4Address(16909060))
print(sorted(ip_address(t) for t in ADDRS[:15]), max(ip_address('::2'), ip_address('::10')))
print(ip_address('1.2.3.4') < ip_address('1.2.3.5'), ip_address('1.2.3.4') >= ip_address('1.2.3.5'), ip_address('::1') != ip_address('::1'), ip_address('1.2.3.4') == '1.2.3.4')
print({ip_address('10.0.0.1'): 'a', ip_address('10.0.0.1'): 'b'}, ip_address('fe80::1%eth0') == ip_address('fe80::1'))
for bad in ['1.2.3', '1.2.3.04', '1.2.3.256', '1.2.3.a', '1.2.3.1234', '', '1.2.3.4/24', ':', '1::2::3', ':1:2', '1:2:3:4:5:6:7:8:9',
            '12345::', 'g::', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7::8', '::1.2.3', 'fe80::1%', '1:2:3:4:5:6:7:8:9:10', ':1::2', '1::2:',
            '1..2.3', '1:2:3:4:5:6::7:8', -1, 2 ** 32, 2 ** 128, b'123', 3.5, None]:
    for f in (IPv4Address, IPv6Address, ip_address):
        try:
            f(bad)
        except ValueError as e:
            print(f.__name__, type(e).__name__, e)
for f in [lambda: ip_address('1.2.3.4') < ip_address('::1'), lambda: ip_address('255.255.255.255') + 1,
          lambda: ip_address('0.0.0.0') - 1, lambda: format(ip_address('1.2.3.4'), 'd'), lambda: ip_address('fe80::1%eth0').exploded]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(AddressValueError, ValueError), issubclass(ipaddress.NetmaskValueError, ValueError))
