# calendar: isleap/leapdays/weekday/monthrange/monthcalendar, names,
# TextCalendar.formatmonth with widths and first weekdays, timegm, errors.
import calendar

print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2025))
print(calendar.weekday(2024, 7, 4), calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(2024, 12))
print(calendar.monthcalendar(2024, 2))
print(calendar.month_name[3], calendar.month_abbr[12], calendar.day_name[0], calendar.day_abbr[6], list(calendar.month_name)[:3])
print(calendar.month(2024, 2), end="")
calendar.prmonth(2023, 10)
print(calendar.month(2025, 1, 4, 2), end="")
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 9), end="")
print(repr(calendar.weekheader(3)), repr(tc.formatweekheader(9)))
print(list(tc.iterweekdays()), list(calendar.Calendar().itermonthdays2(2024, 3))[:8])
print(calendar.Calendar(6).monthdatescalendar(2024, 6)[0])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1970, 1, 2, 3, 4, 5, 0, 0, 0)))
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 2)[0])
for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(9)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
