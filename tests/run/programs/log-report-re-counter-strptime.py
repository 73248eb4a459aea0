# A web-server log report: lines parsed with a verbose re (named groups), datetime.strptime and timedelta arithmetic, Counter.most_common, defaultdict of lists, hourly buckets, str.format/f-string widths, alignment and thousands separators.
import re
from collections import Counter, defaultdict
from datetime import datetime, timedelta

LOG = """\
192.168.1.10 - - [12/Mar/2024:09:15:02 +0000] "GET /index.html HTTP/1.1" 200 5120 0.012
192.168.1.11 - - [12/Mar/2024:09:15:09 +0000] "GET /api/users?id=7 HTTP/1.1" 200 830 0.140
10.0.0.5 - alice [12/Mar/2024:09:47:33 +0000] "POST /api/login HTTP/1.1" 302 0 0.250
192.168.1.10 - - [12/Mar/2024:10:02:00 +0000] "GET /static/app.js HTTP/1.1" 304 0 0.002
10.0.0.5 - alice [12/Mar/2024:10:05:41 +0000] "GET /api/orders HTTP/1.1" 500 1211 1.730
bogus line without the expected shape
172.16.0.2 - - [12/Mar/2024:10:59:59 +0000] "DELETE /api/orders/19 HTTP/1.1" 403 96 0.031
192.168.1.11 - - [12/Mar/2024:11:00:00 +0000] "GET /index.html HTTP/1.1" 200 5120 0.010
10.0.0.5 - alice [12/Mar/2024:11:30:15 +0000] "GET /api/orders HTTP/1.1" 200 48213 0.420
192.168.1.12 - - [12/Mar/2024:11:31:15 +0000] "GET /missing HTTP/1.1" 404 153 0.004
192.168.1.10 - - [12/Mar/2024:12:45:00 +0000] "PUT /api/users/7 HTTP/2.0" 201 2048 0.333
"""

LINE = re.compile(
    r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \s+ - \s+ (?P<user>\S+) \s+
    \[(?P<when>[^\]]+)\] \s+
    "(?P<method>[A-Z]+) \s (?P<path>\S+) \s HTTP/(?P<version>[\d.]+)" \s+
    (?P<status>\d{3}) \s+ (?P<size>\d+) \s+ (?P<secs>\d+\.\d+)
    """,
    re.VERBOSE,
)


class Entry:
    __slots__ = ("ip", "user", "when", "method", "path", "status", "size", "secs")

    def __init__(self, m):
        self.ip = m["ip"]
        self.user = None if m["user"] == "-" else m["user"]
        self.when = datetime.strptime(m["when"], "%d/%b/%Y:%H:%M:%S %z")
        self.method = m.group("method")
        self.path = m.group("path").split("?", 1)[0]
        self.status = int(m["status"])
        self.size = int(m["size"])
        self.secs = float(m["secs"])

    def __repr__(self):
        return f"Entry({self.method} {self.path} -> {self.status})"


entries, rejected = [], []
for number, line in enumerate(LOG.splitlines(), 1):
    m = LINE.fullmatch(line)
    if m is None:
        rejected.append(number)
        continue
    entries.append(Entry(m))

print(f"parsed {len(entries)} entries, rejected lines {rejected}")
first, last = entries[0].when, entries[-1].when
span = last - first
print(f"from {first:%Y-%m-%d %H:%M} to {last:%H:%M %Z} ({span}, {span.total_seconds():,.0f} s)")
print("tz:", first.tzinfo, first.utcoffset(), first.isoformat())

statuses = Counter(e.status for e in entries)
classes = Counter(f"{e.status // 100}xx" for e in entries)
print("status codes:", sorted(statuses.items()))
print("classes:", ", ".join(f"{k}={v}" for k, v in sorted(classes.items())))

by_ip = defaultdict(list)
for e in entries:
    by_ip[e.ip].append(e)

print()
print(f"{'client':<15} {'hits':>4} {'bytes':>9} {'avg ms':>8}  users")
print(f"{'-' * 15} {'-' * 4} {'-' * 9} {'-' * 8}  {'-' * 5}")
for ip, items in sorted(by_ip.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    total = sum(e.size for e in items)
    avg = sum(e.secs for e in items) / len(items) * 1000
    users = sorted({e.user for e in items if e.user}) or ["-"]
    print(f"{ip:<15} {len(items):>4} {total:>9,} {avg:>8.1f}  {','.join(users)}")

print()
hours = Counter(e.when.replace(minute=0, second=0) for e in entries)
start = min(hours)
while start <= max(hours):
    n = hours.get(start, 0)
    print(f"{start:%H}:00 |{'#' * n:<5}| {n}")
    start += timedelta(hours=1)

print()
paths = Counter(e.path for e in entries)
for path, n in paths.most_common(3):
    print("{:<16}{:>3}x {:>6.1%}".format(path, n, n / len(entries)))

slow = [e for e in entries if e.secs > 0.3]
slow.sort(key=lambda e: e.secs, reverse=True)
print("slow:", slow)
errors = [e for e in entries if e.status >= 400]
print("errors:", ["%s %s %d" % (e.method, e.path, e.status) for e in errors])
api = re.compile(r"^/api/(\w+)(?:/(\d+))?$")
resources = Counter()
for e in entries:
    if (m := api.match(e.path)) is not None:
        resources[m.group(1)] += 1
        if m.group(2):
            print(f"  {e.method:>6} {m.group(1)} #{int(m.group(2)):03d}")
print("api resources:", dict(resources))
print(re.sub(r"(\d+)\.(\d+)\.(\d+)\.(\d+)", r"\1.\2.x.x", " ".join(sorted(by_ip))))
