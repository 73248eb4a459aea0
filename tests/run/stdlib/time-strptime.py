# time.strptime: the default format, numeric and named directives, %j and
# %p, defaults for missing fields, tm_wday/tm_yday, %z offsets in
# tm_gmtoff, and CPython's errors for bad input, bad days and non-str args.
import time

for s, fmt in [("2024-03-05 14:30:15", "%Y-%m-%d %H:%M:%S"), ("05/03/24", "%d/%m/%y"),
               ("2024 100", "%Y %j"), ("12 AM", "%I %p"), ("12 PM", "%I %p"), ("7:05 pm", "%I:%M %p"),
               ("March 1 1999", "%B %d %Y"), ("Sat, 01 Jan 2000", "%a, %d %b %Y"), ("1969", "%Y"),
               ("2000-02-29", "%Y-%m-%d"), ("10%", "%S%%"), ("", "")]:
    print(repr(s), time.strptime(s, fmt))
print(time.strptime("Tue Mar  5 14:30:15 2024"))
t = time.strptime("2024-01-01 +0130", "%Y-%m-%d %z")
print(t.tm_gmtoff, t.tm_zone, time.strptime("2024", "%Y").tm_gmtoff, tuple(t))
t = time.strptime("31 Dec 2023", "%d %b %Y")
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_isdst, time.mktime(t) == time.mktime(t))
for args in [("2024-02-30", "%Y-%m-%d"), ("2024-13-01", "%Y-%m-%d"), ("abc", "%Y"), ("2024x", "%Y"),
             ("10", "%Q"), (1,), ("x", 1), ("1:60", "%H:%M"), ("99", "%Y"), ("24:00", "%H:%M"),
             ("0", "%m"), ("2024 000", "%Y %j"), ("5", "%y")]:
    try:
        print(time.strptime(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
