# time.struct_time, gmtime, localtime, mktime, strftime, asctime and ctime:
# fields, reprs, conversions and CPython's argument errors.
import time

t = time.gmtime(0)
print(t)
print(type(t).__name__, len(t), t[0], t[-1], t[:3], t.tm_zone, t.tm_gmtoff)
print(time.gmtime(1.9).tm_sec, time.gmtime(-1.5))
print(time.gmtime(1700000000))
print(time.gmtime(951782400).tm_yday, time.gmtime(951782400).tm_wday)
print(tuple(time.gmtime(2000000000)))
print(time.strftime("%Z|%z", time.gmtime(0)), time.strftime("%z", tuple(time.gmtime(0))))

s = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(s, s.tm_zone, s.tm_gmtoff, s == (2020, 1, 2, 3, 4, 5, 3, 2, 0))
s = time.struct_time([2020, 1, 2, 3, 4, 5, 3, 2, 0, "XYZ", 3600])
print(s.tm_zone, s.tm_gmtoff, len(s), time.strftime("%Z %z", s))
for bad in [(1, 2), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    s.tm_year = 3
except AttributeError as e:
    print("AttributeError")

fmt = "%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %% %e %G %V %u %D %T %F|"
print(time.strftime(fmt, (2021, 3, 4, 15, 6, 7, 3, 63, 0)))
print(time.strftime(fmt, time.gmtime(1234567890)))
print(repr(time.strftime("", (2021, 3, 4, 15, 6, 7, 3, 63, 0))))
print(time.strftime("%Y-%m-%d", (2021, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%H:%M", (2021, 1, 1, 23, 59, 61, 6, 366, 5)))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0),
            (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0),
            (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -3, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0), (1, 2, 3), [2020, 1, 1, 0, 0, 0, 0, 1, 0], "x",
            (2020, 1, 1, 0, 0, 0, 0, 1.5, 0)]:
    for func in (lambda v: time.strftime("%Y", v), time.asctime, time.mktime):
        try:
            func(bad)
            print("ok")
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
try:
    time.strftime(3)
except TypeError as e:
    print(e)

print(time.asctime(time.gmtime(0)), "|", time.asctime((2021, 3, 4, 5, 6, 7, 6, 63, 0)))
for bad in ["x", float("nan"), 1e30, 2 ** 70]:
    try:
        time.gmtime(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# Local time round trips through mktime whatever the zone.
for secs in [0, 86399, 1234567890, 1700000000]:
    local = time.localtime(secs)
    print(time.mktime(local) == secs, local.tm_gmtoff == -time.timezone or local.tm_isdst == 1)
print(type(time.mktime(time.localtime(0))).__name__)
print(time.ctime(0) == time.asctime(time.localtime(0)))
print(type(time.timezone).__name__, type(time.altzone).__name__, len(time.tzname), time.daylight in (0, 1))
print(isinstance(time.localtime(), time.struct_time), len(time.strftime("%Y")))
