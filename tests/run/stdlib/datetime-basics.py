# datetime: date/time/datetime/timedelta construction, repr/str, arithmetic,
# comparisons, strftime, isoformat/fromisoformat, strptime, timezone.utc, errors.
import datetime
from datetime import date, time, datetime as dt, timedelta, timezone

d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day)
print(d + timedelta(days=1), d + timedelta(days=2), d - timedelta(days=59))
print(date(2024, 3, 1) - date(2023, 3, 1), repr(date(2024, 3, 1) - date(2024, 1, 1)))
print(d.weekday(), d.isoweekday(), d.toordinal(), date.fromordinal(738944))
print(d.isocalendar(), d.isocalendar().week, date(2021, 1, 1).isocalendar())
print(d.strftime("%Y/%m/%d %a %A %b %B %j %U %W %w %y %%"), d.ctime())
print(d.replace(day=1), date.fromisoformat("2023-12-25"), date.fromisoformat("20231225"))
print(d < date(2024, 3, 1), d == date(2024, 2, 28), d != date(2024, 2, 28), max(d, date(2020, 1, 1)))
print(f"{d:%d.%m.%Y}", "{:%B}".format(d), format(d, ""))
print(date.min, date.max, repr(date.resolution))

for td in [timedelta(), timedelta(1), timedelta(-1), timedelta(seconds=-1), timedelta(hours=25, minutes=3),
           timedelta(microseconds=5), timedelta(weeks=2, days=-3, milliseconds=1500),
           timedelta(days=1.5), timedelta(seconds=0.1234567), timedelta(minutes=-0.5)]:
    print(str(td), repr(td), td.total_seconds(), bool(td))
a = timedelta(hours=3)
b = timedelta(minutes=45)
print(a + b, a - b, b - a, -a, abs(-a), a * 2, 3 * b, a * 0.5, a / b, a // b, a % b, divmod(a, b))
print(a / 4, a // 7, a / 2.5, a > b, a == timedelta(seconds=10800), sorted([a, b, -b]))
print(timedelta.max, timedelta.min, repr(timedelta.resolution))

t = time(9, 5)
print(t, repr(t), repr(time(9, 5, 7)), repr(time(9, 5, 7, 12)), time(23, 59, 59, 500000))
print(t.isoformat("hours"), t.isoformat("minutes"), time(1, 2, 3, 4567).isoformat("milliseconds"))
print(t.strftime("%I:%M %p"), time(13, 0).strftime("%I %p %H"), time.fromisoformat("10:11:12.5"[:8]))
print(time(12) < time(13), time(12, 30) == time(12, 30, 0))

x = dt(2024, 1, 31, 23, 59, 30, 250000)
print(x, repr(x), repr(dt(2024, 1, 1)), repr(dt(2024, 1, 1, 5)), repr(dt(2024, 1, 1, 5, 6, 7)))
print(x + timedelta(seconds=45), x - timedelta(days=31), x - dt(2024, 1, 1), dt(2024, 1, 1) - x)
print(x.date(), x.time(), repr(x.time()), x.isoformat(), x.isoformat(" ", "seconds"))
print(x.strftime("%Y-%m-%d %H:%M:%S.%f"), x.strftime("%c"), x.ctime())
print(dt.combine(date(2020, 5, 17), time(8, 30)), x.replace(hour=0, microsecond=0))
print(dt.fromisoformat("2024-03-10T14:30:00"), dt.fromisoformat("2024-03-10 14:30"), dt.fromisoformat("2024-03-10"))
print(repr(dt.fromisoformat("2024-03-10T14:30:00.123+02:00")), dt.fromisoformat("2024-03-10T14:30:00Z"))
print(dt.strptime("2023-07-04 18:05:09", "%Y-%m-%d %H:%M:%S"), dt.strptime("04/Jul/2023:06:05:09 PM", "%d/%b/%Y:%I:%M:%S %p"))
print(repr(dt.strptime("2023-07-04T18:05:09.5+0100", "%Y-%m-%dT%H:%M:%S.%f%z")))
print(x > dt(2024, 1, 1), x == x.replace(), x == d, sorted([x, dt(2000, 1, 1), dt(2030, 1, 1)])[0])
print(isinstance(x, date), issubclass(dt, date), type(x).__name__)

u = dt(2024, 6, 1, 12, tzinfo=timezone.utc)
print(u, repr(u), u.utcoffset(), u.tzname(), repr(timezone.utc), str(timezone.utc), datetime.UTC is timezone.utc)
cet = timezone(timedelta(hours=1), "CET")
print(u.astimezone(cet), repr(cet), repr(timezone(timedelta(hours=-5, minutes=-30))), timezone(timedelta(hours=-5, minutes=-30)))
print(u.timestamp(), dt.fromtimestamp(0, timezone.utc), dt.utcfromtimestamp(86400.5), u.strftime("%H:%M %z %Z"))
print(u == u.astimezone(cet), u - u.astimezone(cet), dt.fromtimestamp(1700000000, timezone.utc))
print(hash(u) == hash(u.astimezone(cet)), hash(d) == hash(date(2024, 2, 28)), len({d, date(2024, 2, 28)}))

now = dt.now()
print(type(now) is dt, now.year >= 2024, isinstance(date.today(), date), dt.now(timezone.utc).tzinfo)
print(abs(now.timestamp() - dt.now().timestamp()) < 5)

for bad in [lambda: date(2023, 2, 29), lambda: date(0, 1, 1), lambda: date(2023, 13, 1), lambda: time(24),
            lambda: dt(2023, 1, 1, 0, 60), lambda: date.fromisoformat("2023-1-1"), lambda: dt.strptime("2023", "%Y-%m"),
            lambda: dt.strptime("2023-01-01x", "%Y-%m-%d"), lambda: timedelta(days=10**9),
            lambda: date(2023, 1, 1) + timedelta(days=10**6 * 3), lambda: dt(2023, 1, 1) < u,
            lambda: dt(2023, 1, 1) - u, lambda: dt(2023, 1, 1) < date(2023, 1, 1), lambda: date(2023.0, 1, 1),
            lambda: timedelta(days="1"), lambda: time(1).isoformat("x")]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
