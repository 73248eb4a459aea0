# zoneinfo with the zero-offset zones: cached ZoneInfo objects, key/str/repr, offsets and names in datetimes, fromutc checks, key validation and missing keys
import pickle
import zoneinfo
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

utc = ZoneInfo("UTC")
print(repr(utc), str(utc), utc.key, utc is ZoneInfo("UTC"), ZoneInfo.no_cache("UTC") is utc)
for key in ("Etc/UTC", "GMT", "Zulu", "Etc/GMT-0", "UCT", "Greenwich", "Universal"):
    z = ZoneInfo(key)
    print(f"{key:<10} {z.tzname(None)} {z.utcoffset(None)} {z.dst(datetime(2024, 7, 1))}")
d = datetime(2024, 3, 10, 2, 30, tzinfo=utc)
print(repr(d), d.isoformat(), d.strftime("%Y-%m-%d %H:%M %Z %z"), d.tzname(), d.utcoffset())
print(datetime(2024, 5, 1, 12, tzinfo=timezone.utc).astimezone(utc), d + timedelta(days=1, hours=3))
aware = datetime(2024, 5, 1, 12, tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(aware.astimezone(utc), aware.astimezone(ZoneInfo("GMT")).tzname(), aware == aware.astimezone(utc))
print(utc.fromutc(datetime(2024, 1, 1, tzinfo=utc)), datetime.fromtimestamp(86400 * 365, tz=utc))
print(datetime.fromisoformat("2024-02-29T23:59:59+00:00").astimezone(utc).tzinfo.key)
for bad in (datetime(2024, 1, 1), 5):
    try:
        utc.fromutc(bad)
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
for key in ("Nope/Where", "../etc", "", "a/", "/usr/UTC"):
    try:
        ZoneInfo(key)
    except ZoneInfoNotFoundError as exc:
        print("ZoneInfoNotFoundError", exc, isinstance(exc, KeyError))
    except ValueError as exc:
        print("ValueError", exc)
print(type(utc).__name__, type(utc).__module__, ZoneInfoNotFoundError.__module__)
print(pickle.loads(pickle.dumps(utc)) is utc)
ZoneInfo.clear_cache()
fresh = ZoneInfo("UTC")
print(fresh is utc, fresh == utc, fresh.key == utc.key)
ZoneInfo.clear_cache(only_keys=["GMT"])
print(sorted(zoneinfo.__all__), zoneinfo.TZPATH[0])
zones = zoneinfo.available_timezones()
print("UTC" in zones, "Etc/GMT-0" in zones, "posixrules" in zones, "right/UTC" in zones)
