# ipaddress: ip_network/IPv4Network/IPv6Network (prefix, netmask and hostmask forms, strict), their attributes, hosts(), subnets(), supernet(), in, overlaps, subnet_of, address_exclude, indexing, collapse_addresses, summarize_address_range, interfaces and the errors
import itertools
import ipaddress
from ipaddress import ip_network, ip_interface, ip_address, IPv4Network, IPv6Network

NETS = ['10.0.0.0/8', '192.168.1.0/24', '192.168.1.0/255.255.255.0', '192.168.1.0/0.0.0.255', '1.2.3.4/32', '1.2.3.4/31',
        '0.0.0.0/0', '172.16.0.0/12', '100.64.0.0/10', '224.0.0.0/4', '10.0.0.0/30', '2001:db8::/32', '::1/128', '::/127',
        'fe80::/64', '::/0', '2001:db8::/126', 'ff00::/8']
for text in NETS:
    n = ip_network(text)
    print(repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen, n.num_addresses)
    print('   ', n.with_prefixlen, n.with_netmask, n.with_hostmask, n.exploded, n.is_private, n.is_global, n.is_multicast,
          n.is_reserved, n.is_loopback, n.is_link_local, n.is_unspecified, n[0], n[-1])
    hosts = n.hosts()
    print('   ', list(itertools.islice(hosts, 3)), list(itertools.islice(n.subnets(), 3)),
          list(itertools.islice(n.subnets(new_prefix=min(n.prefixlen + 2, n.max_prefixlen)), 2)), n.supernet(), n.supernet(new_prefix=0))
    print('   ', [ip_address(a) in n for a in ['10.1.2.3', '192.168.1.77', '1.2.3.5', '::1', 'fe80::99']],
          ip_network('10.0.0.0/24') in n)
for a, b in [('10.0.0.0/8', '10.1.0.0/16'), ('10.1.0.0/16', '10.0.0.0/8'), ('10.0.0.0/24', '10.0.1.0/24'), ('::/0', '::1/128'),
             ('192.168.1.0/24', '192.168.1.0/255.255.255.0'), ('192.168.0.0/16', '192.168.1.0/24')]:
    x, y = ip_network(a), ip_network(b)
    print(a, b, x.overlaps(y), x == y, x < y, x.subnet_of(y), x.supernet_of(y), x.compare_networks(y), hash(x) == hash(y))
print(list(ip_network('10.0.0.0/24').address_exclude(ip_network('10.0.0.64/26'))))
print(list(ip_network('2001:db8::/120').address_exclude(ip_network('2001:db8::10/124'))))
print(list(ip_network('1.2.3.0/30')), list(ip_network('::/126').hosts()), list(ip_network('1.2.3.4/32').hosts()))
print(sorted([ip_network('10.0.0.0/16'), ip_network('10.0.0.0/8'), ip_network('9.0.0.0/8')]))
print(ip_network('1.2.3.4/24', strict=False), ip_network(('10.0.0.0', 8)), ip_network(('10.1.2.3', '255.0.0.0'), strict=False), ip_network(3232235520), ip_network('10.0.0.0/024'))
print(list(ipaddress.collapse_addresses([ip_network('192.0.2.0/25'), ip_network('192.0.2.128/25'), ip_address('192.0.3.1'), ip_address('192.0.3.0')])))
print(list(ipaddress.summarize_address_range(ip_address('192.0.2.0'), ip_address('192.0.2.130'))))
print(list(ipaddress.summarize_address_range(ip_address('::1'), ip_address('::ff'))))
for text in ['192.168.1.5/24', '10.1.2.3/255.0.0.0', '2001:db8::5/64', '1.2.3.4', '::1/128']:
    i = ip_interface(text)
    print(repr(i), i, i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask, i.with_hostmask, i.exploded,
          i.is_private, i.version, i.ip in i.network, i == ip_interface(text), i == i.ip, int(i), i.reverse_pointer)
for bad in ['1.2.3.0/33', '1.2.3.4/24', '1.2.3.0/x', '1.2.3.0/255.255.0.255', '::/129', '::1/64', '1.2.3.0/24/5', '1.2.3.0/',
            '1.2.3.0/ 24', '10.0.0.0/-1', '10.0.0.0/1.2.3.4', '::/64']:
    for f in (IPv4Network, IPv6Network, ip_network, ip_interface):
        try:
            f(bad)
        except ValueError as e:
            print(f.__name__, type(e).__name__, e)
n = ip_network('10.0.0.0/24')
for f in [lambda: list(n.subnets(new_prefix=23)), lambda: list(n.subnets(prefixlen_diff=9)), lambda: list(n.subnets(prefixlen_diff=2, new_prefix=30)),
          lambda: n.supernet(prefixlen_diff=25), lambda: n.supernet(new_prefix=25), lambda: n[256], lambda: n[-257],
          lambda: n < ip_network('::/64'), lambda: n.subnet_of(ip_network('::/64')), lambda: list(n.address_exclude(ip_network('11.0.0.0/24'))),
          lambda: list(ipaddress.collapse_addresses([n, ip_network('::/64')])),
          lambda: list(ipaddress.summarize_address_range(ip_address('1.2.3.5'), ip_address('1.2.3.4'))), lambda: ip_address('1.2.3.4') < n]:
    try:
        print(f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
