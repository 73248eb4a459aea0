# date.timetuple, datetime.timetuple and utctimetuple give time.struct_time
# values that time.strftime and time.mktime accept.
import time
from datetime import date, datetime, timedelta, timezone

print(date(2024, 3, 1).timetuple())
print(date(2023, 12, 31).timetuple().tm_yday)
d = datetime(2024, 2, 29, 13, 14, 15, 999)
print(d.timetuple())
print(d.utctimetuple())
aware = datetime(2024, 1, 1, 1, 30, tzinfo=timezone(timedelta(hours=5)))
print(aware.timetuple())
print(aware.utctimetuple())
print(time.strftime("%Y-%m-%d %H:%M:%S %j %a", d.timetuple()))
print(type(d.timetuple()) is time.struct_time, d.timetuple()[:6])
print(time.mktime(datetime(2024, 5, 6, 7, 8, 9).timetuple()) == datetime(2024, 5, 6, 7, 8, 9).timestamp())
