"""Dates, times and durations: `date`, `time`, `datetime`, `timedelta`,
`tzinfo` and `timezone`, with CPython's validation messages, reprs and
formats (the proleptic Gregorian calendar, microsecond resolution).

The local time zone (`now()`, `fromtimestamp()`, `timestamp()` of naive
datetimes, `astimezone()`) comes from the C library through `time`'s
private `_localzone`.
"""

import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTH_NAMES = [None, "January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December"]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_US_PER_DAY = 86400 * 1000000
_MAX_ORDINAL = 3652059


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    # Whole 400-, 100-, 4- and 1-year cycles, then the month from an
    # estimate that is at most one too large.
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - preceding + 1


def _index(value):
    if type(value) is int:
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if hasattr(type(value), "__index__"):
        return value.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _divide_and_round(a, b):
    # a / b rounded to the nearest integer, halves to even.
    q, r = divmod(a, b)
    r *= 2
    greater = r > b if b > 0 else r < b
    if greater or (r == b and q % 2 == 1):
        q += 1
    return q


def _cmp(x, y):
    return 0 if x == y else (1 if x > y else -1)


def _type_name(obj):
    t = type(obj)
    return t.__module__ + "." + t.__qualname__ if t.__module__ != "builtins" else t.__qualname__


def _repr_prefix(obj):
    return type(obj).__module__ + "." + type(obj).__qualname__


def _format_offset(off, sep=":"):
    if off is None:
        return ""
    if off.days < 0:
        sign = "-"
        off = -off
    else:
        sign = "+"
    hh, rest = divmod(off.days * 86400 + off.seconds, 3600)
    mm, ss = divmod(rest, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += "%s%02d" % (sep, ss)
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        # Sum exactly as a fraction num/den, then round once, halves to even.
        num = 0
        den = 1
        for value, unit in ((days, _US_PER_DAY), (seconds, 1000000), (microseconds, 1),
                            (milliseconds, 1000), (minutes, 60000000), (hours, 3600000000),
                            (weeks, 7 * _US_PER_DAY)):
            if isinstance(value, int):
                num += value * unit * den
            elif isinstance(value, float):
                a, b = value.as_integer_ratio()
                num = num * b + a * unit * den
                den *= b
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (_COMPONENT_NAMES[unit], type(value).__name__))
        total = _divide_and_round(num, den) if den != 1 else num
        return _td_from_us(cls, total)

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._to_us() / 10**6

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "%s(%s)" % (_repr_prefix(self), ", ".join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = "%d day%s, " % (self._days, plural) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return _td_from_us(timedelta, -self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(timedelta, self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_from_us(timedelta, _divide_and_round(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return _td_from_us(timedelta, self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return _td_from_us(timedelta, _divide_and_round(self._to_us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_from_us(timedelta, _divide_and_round(b * self._to_us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, _td_from_us(timedelta, r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0


_COMPONENT_NAMES = {_US_PER_DAY: "days", 1000000: "seconds", 1: "microseconds",
                    1000: "milliseconds", 60000000: "minutes", 3600000000: "hours",
                    7 * _US_PER_DAY: "weeks"}


def _td_from_us(cls, total):
    days, rest = divmod(total, _US_PER_DAY)
    seconds, us = divmod(rest, 1000000)
    if abs(days) > 999999999:
        raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
    self = object.__new__(cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = us
    self._hashcode = -1
    return self


timedelta.min = _td_from_us(timedelta, -999999999 * _US_PER_DAY)
timedelta.max = _td_from_us(timedelta, 1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _td_from_us(timedelta, 1)


class tzinfo:
    """Abstract base class for time-zone information."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
        if dst:
            return dt + dst
        return dt


def _check_utc_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24), not %r." % (offset,))
    return offset


class timezone(tzinfo):
    """A fixed offset from UTC."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % (offset,))
        if name is None and not offset and _UTC is not None:
            return _UTC
        return _make_timezone(cls, offset, name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_repr_prefix(self), self._offset)
        return "%s(%r, %r)" % (_repr_prefix(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def dst(self, dt):
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


def _make_timezone(cls, offset, name):
    self = object.__new__(cls)
    self._offset = offset
    self._name = name
    return self


_UTC = None
_UTC = _make_timezone(timezone, timedelta(0), None)
timezone.utc = _UTC
timezone.min = _make_timezone(timezone, -timedelta(hours=23, minutes=59), None)
timezone.max = _make_timezone(timezone, timedelta(hours=23, minutes=59), None)
UTC = _UTC


def _wrap_strftime(obj, fmt, fields, tzinfo_obj):
    # fields: year, month, day, hour, minute, second, microsecond, weekday, yday
    year, month, day, hh, mm, ss, us, wday, yday = fields
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%" or i >= n:
            out.append(ch)
            continue
        ch = fmt[i]
        i += 1
        if ch == "Y":
            out.append("%d" % year if year >= 1000 else "%d" % year)
        elif ch == "m":
            out.append("%02d" % month)
        elif ch == "d":
            out.append("%02d" % day)
        elif ch == "e":
            out.append("%2d" % day)
        elif ch == "H":
            out.append("%02d" % hh)
        elif ch == "I":
            out.append("%02d" % (hh % 12 or 12))
        elif ch == "M":
            out.append("%02d" % mm)
        elif ch == "S":
            out.append("%02d" % ss)
        elif ch == "f":
            out.append("%06d" % us)
        elif ch == "p":
            out.append("AM" if hh < 12 else "PM")
        elif ch == "y":
            out.append("%02d" % (year % 100))
        elif ch == "C":
            out.append("%02d" % (year // 100))
        elif ch == "b" or ch == "h":
            out.append(_MONTH_NAMES[month][:3])
        elif ch == "B":
            out.append(_MONTH_NAMES[month])
        elif ch == "a":
            out.append(_DAY_NAMES[wday][:3])
        elif ch == "A":
            out.append(_DAY_NAMES[wday])
        elif ch == "w":
            out.append("%d" % ((wday + 1) % 7))
        elif ch == "u":
            out.append("%d" % (wday + 1))
        elif ch == "j":
            out.append("%03d" % yday)
        elif ch == "U":
            out.append("%02d" % ((yday + 6 - (wday + 1) % 7) // 7))
        elif ch == "W":
            out.append("%02d" % ((yday + 6 - wday) // 7))
        elif ch == "D":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif ch == "F":
            out.append("%d-%02d-%02d" % (year, month, day))
        elif ch == "T":
            out.append("%02d:%02d:%02d" % (hh, mm, ss))
        elif ch == "R":
            out.append("%02d:%02d" % (hh, mm))
        elif ch == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (_DAY_NAMES[wday][:3],
                                                        _MONTH_NAMES[month][:3], day, hh, mm,
                                                        ss, year))
        elif ch == "x":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif ch == "X":
            out.append("%02d:%02d:%02d" % (hh, mm, ss))
        elif ch == "z":
            off = None
            if tzinfo_obj is not None:
                off = _check_utc_offset("utcoffset", tzinfo_obj.utcoffset(obj))
            out.append(_format_offset(off, "") if off is not None else "")
        elif ch == "Z":
            name = None
            if tzinfo_obj is not None:
                name = tzinfo_obj.tzname(obj)
            out.append(name if name is not None else "")
        elif ch == "%":
            out.append("%")
        else:
            out.append("%" + ch)
    return "".join(out)


class date:
    """A date of the proleptic Gregorian calendar."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us = _local_fields(t)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        fields = _parse_iso_date(date_string)
        if fields is None or len(date_string) not in (7, 8, 10):
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(fields[0], fields[1], fields[2])

    @classmethod
    def fromisocalendar(cls, year, week, day):
        y, m, d = _isocalendar_to_ymd(year, week, day)
        return cls(y, m, d)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_repr_prefix(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[self.weekday()][:3],
                                            _MONTH_NAMES[self._month][:3], self._day,
                                            self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self._strftime_fields(0, 0, 0, 0), None)

    def _strftime_fields(self, hh, mm, ss, us):
        yday = _days_before_month(self._year, self._month) + self._day
        return (self._year, self._month, self._day, hh, mm, ss, us, self.weekday(), yday)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day, -1))

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1 = _iso_week1_monday(year)
        today = self.toordinal()
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week1 = _iso_week1_monday(year)
            week, day = divmod(today - week1, 7)
        elif week >= 52:
            if today >= _iso_week1_monday(year + 1):
                year += 1
                week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() != other._date_key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() < other._date_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() <= other._date_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() > other._date_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() >= other._date_key()
        return NotImplemented

    def __hash__(self):
        return hash(self._date_key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAX_ORDINAL:
                y, m, d = _ord2ymd(o)
                return type(self)(y, m, d)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


class IsoCalendarDate(tuple):
    """The (year, week, weekday) triple of `date.isocalendar()`."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % (self[0], self[1],
                                                                            self[2])


def _iso_week1_monday(year):
    first = _days_before_year(year) + 1
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _isocalendar_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        ok = False
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                ok = True
        if not ok:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
    return _ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class time:
    """A time of day, optionally with a `tzinfo`."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_hashcode", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond = _check_time_fields(hour, minute, second,
                                                               microsecond)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string
        if s[:1] == "T":
            s = s[1:]
        fields = _parse_iso_time(s)
        if fields is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        return cls(fields[0], fields[1], fields[2], fields[3], fields[4])

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def __repr__(self):
        if self._microsecond != 0:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second != 0:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        s = "%s(%s)" % (_repr_prefix(self), s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    def strftime(self, fmt):
        fields = (1900, 1, 1, self._hour, self._minute, self._second, self._microsecond, 0, 1)
        return _wrap_strftime(self, fmt, fields, self._tzinfo)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def _cmp_key(self, other, allow_mixed):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second, other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond),
                    (othhmm, other._second, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp_key(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp_key(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp_key(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp_key(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp_key(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp_key(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        off = self.utcoffset()
        if not off:
            return hash((self._hour, self._minute, self._second, self._microsecond))
        return hash((self._hour * 3600 + self._minute * 60 + self._second
                     - off.days * 86400 - off.seconds, self._microsecond))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _parse_digits(s, start, count):
    if start + count > len(s):
        return None
    part = s[start:start + count]
    if not part.isdigit() or not part.isascii():
        return None
    return int(part)


def _parse_iso_date(s):
    # YYYY-MM-DD or YYYYMMDD (YYYY-Www-D and the others are left out).
    year = _parse_digits(s, 0, 4)
    if year is None:
        return None
    if s[4:5] == "-":
        month = _parse_digits(s, 5, 2)
        if s[7:8] != "-":
            return None
        day = _parse_digits(s, 8, 2)
        used = 10
    else:
        month = _parse_digits(s, 4, 2)
        day = _parse_digits(s, 6, 2)
        used = 8
    if month is None or day is None:
        return None
    return (year, month, day, used)


def _parse_iso_time(s):
    # HH[:MM[:SS[.fff[fff]]]][+HH:MM[:SS[.ffffff]]|Z]; colons may be left out.
    tzpos = -1
    for i in range(len(s)):
        if s[i] in "+-Z":
            tzpos = i
            break
    timepart = s if tzpos < 0 else s[:tzpos]
    fields = _parse_hms(timepart)
    if fields is None:
        return None
    tz = None
    if tzpos >= 0:
        tzs = s[tzpos:]
        if tzs == "Z":
            tz = _UTC
        else:
            off = _parse_hms(tzs[1:])
            if off is None:
                return None
            td = timedelta(hours=off[0], minutes=off[1], seconds=off[2],
                           microseconds=off[3])
            if tzs[0] == "-":
                td = -td
            tz = timezone(td)
    return (fields[0], fields[1], fields[2], fields[3], tz)


def _parse_hms(s):
    values = [0, 0, 0]
    pos = 0
    us = 0
    for k in range(3):
        v = _parse_digits(s, pos, 2)
        if v is None:
            return None
        values[k] = v
        pos += 2
        if pos >= len(s):
            break
        if s[pos] == ":":
            pos += 1
        elif s[pos] in ".,":
            if k != 2:
                return None
            break
        elif k == 2:
            return None
    if pos < len(s):
        if s[pos] not in ".," or pos + 1 >= len(s):
            return None
        digits = s[pos + 1:]
        if not digits.isdigit() or not digits.isascii():
            return None
        if len(digits) not in (3, 6):
            if len(digits) > 6:
                digits = digits[:6]
            else:
                return None
        us = int(digits) * (1000 if len(digits) == 3 else 1)
    elif s[-1:] == ":":
        return None
    return (values[0], values[1], values[2], us)


def _local_offset_seconds(t):
    return _time._localzone(t)[0]


def _utc_fields(t):
    # (y, m, d, hh, mm, ss, us) of a POSIX timestamp in UTC, rounded half to even.
    if isinstance(t, float):
        a, b = t.as_integer_ratio()
        total_us = _divide_and_round(a * 1000000, b)
    else:
        total_us = _index(t) * 1000000
    days, rest = divmod(total_us, _US_PER_DAY)
    secs, us = divmod(rest, 1000000)
    hh, rest = divmod(secs, 3600)
    mm, ss = divmod(rest, 60)
    ordinal = days + 719163
    if not 1 <= ordinal <= _MAX_ORDINAL:
        raise ValueError("year is out of range")
    y, m, d = _ord2ymd(ordinal)
    return y, m, d, hh, mm, ss, us


def _local_fields(t):
    if isinstance(t, float):
        whole = int(t // 1)
    else:
        whole = _index(t)
    off = _local_offset_seconds(whole)
    return _utc_fields(t + off)


class datetime(date):
    """A date with a time of day, optionally with a `tzinfo`."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond = _check_time_fields(hour, minute, second,
                                                               microsecond)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            y, m, d, hh, mm, ss, us = _local_fields(t)
            return cls(y, m, d, hh, mm, ss, us)
        y, m, d, hh, mm, ss, us = _utc_fields(t)
        return tz.fromutc(cls(y, m, d, hh, mm, ss, us, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us = _utc_fields(t)
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        fields = _parse_iso_date(s)
        if fields is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        used = fields[3]
        tfields = (0, 0, 0, 0, None)
        if len(s) > used:
            if len(s) == used + 1:
                raise ValueError("Invalid isoformat string: %r" % (date_string,))
            tfields = _parse_iso_time(s[used + 1:])
            if tfields is None:
                raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(fields[0], fields[1], fields[2], tfields[0], tfields[1], tfields[2],
                   tfields[3], tfields[4])

    @classmethod
    def strptime(cls, date_string, format):
        fields = _strptime(date_string, format)
        return cls(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5],
                   fields[6], fields[7])

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset("dst", self._tzinfo.dst(self))

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day, flag))

    def utctimetuple(self):
        value = self
        offset = self.utcoffset()
        if offset:
            value = self - offset
        return _time.struct_time((value.year, value.month, value.day, value.hour, value.minute,
                                  value.second, value.weekday(),
                                  _days_before_month(value.year, value.month) + value.day, 0))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def _to_us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
                 + self._second) * 1000000 + self._microsecond)

    def timestamp(self):
        if self._tzinfo is None:
            local = self._to_us() - 719163 * _US_PER_DAY
            secs = local // 1000000
            # The offset at the local time read as UTC, then at the time it gives.
            off = _local_offset_seconds(secs)
            off = _local_offset_seconds(secs - off)
            return (local - off * 1000000) / 10**6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        if tz is None:
            ts = self.timestamp()
            whole = int(ts // 1)
            gmtoff, zone = _time._localzone(whole)
            tz = timezone(timedelta(seconds=gmtoff), zone)
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is None:
            ts = self.timestamp()
            y, m, d, hh, mm, ss, us = _utc_fields(ts)
            utc = datetime(y, m, d, hh, mm, ss, us, tz)
            return tz.fromutc(utc)
        if tz is mytz:
            return self
        offset = self.utcoffset()
        if offset is None:
            return self.replace(tzinfo=None).astimezone(tz)
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_NAMES[self.weekday()][:3],
                                                  _MONTH_NAMES[self._month][:3], self._day,
                                                  self._hour, self._minute, self._second,
                                                  self._year)

    def isoformat(self, sep="T", timespec="auto"):
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                 self._microsecond]
        if parts[-1] == 0:
            del parts[-1]
        if parts[-1] == 0:
            del parts[-1]
        s = "%s(%s)" % (_repr_prefix(self), ", ".join([str(p) for p in parts]))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def strftime(self, fmt):
        fields = self._strftime_fields(self._hour, self._minute, self._second,
                                       self._microsecond)
        return _wrap_strftime(self, fmt, fields, self._tzinfo)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    def _cmp(self, other, allow_mixed):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp(self._to_us(), other._to_us())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) < 0
        if isinstance(other, date):
            _cant_compare(self, other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) <= 0
        if isinstance(other, date):
            _cant_compare(self, other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) > 0
        if isinstance(other, date):
            _cant_compare(self, other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) >= 0
        if isinstance(other, date):
            _cant_compare(self, other)
        return NotImplemented

    def __hash__(self):
        off = self.utcoffset()
        if off is None:
            return hash(self._to_us())
        return hash(self._to_us() - off._to_us())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._to_us() + other._to_us()
        days, rest = divmod(total, _US_PER_DAY)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        secs, us = divmod(rest, 1000000)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        y, m, d = _ord2ymd(days)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._to_us() - other._to_us()
        if self._tzinfo is not other._tzinfo:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if myoff != otoff:
                if myoff is None or otoff is None:
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                diff = diff - myoff._to_us() + otoff._to_us()
        return _td_from_us(timedelta, diff)


def _cant_compare(a, b):
    raise TypeError("can't compare %s to %s" % (_type_name(a), _type_name(b)))


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)


_STRPTIME_RANGES = {"m": (1, 12), "d": (1, 31), "H": (0, 23), "I": (1, 12), "M": (0, 59),
                    "S": (0, 61), "j": (1, 366)}


def _strptime(data, fmt):
    # The common directives; returns (y, m, d, hh, mm, ss, us, tzinfo).
    year = 1900
    month = 1
    day = 1
    hour = 0
    minute = 0
    second = 0
    us = 0
    tz = None
    pm = -1
    i = 0
    j = 0
    n = len(fmt)
    failed = False
    while i < n and not failed:
        ch = fmt[i]
        i += 1
        if ch == "%" and i < n:
            d = fmt[i]
            i += 1
            if d in "YmdHIMSjyf":
                if d == "Y":
                    width = 4
                elif d == "j":
                    width = 3
                elif d == "f":
                    width = 6
                else:
                    width = 2
                start = j
                k = j
                while k < len(data) and k - j < width and data[k].isdigit() and data[k].isascii():
                    k += 1
                if k == j or (d == "Y" and k - j != 4) or (d == "y" and k - j != 2):
                    failed = True
                    break
                # CPython's patterns accept only the field's range (%m is
                # 1-12, ...), taking the longest prefix of the digits that
                # is in range.
                low, high = _STRPTIME_RANGES.get(d, (0, 999999))
                value = int(data[j:k])
                while not low <= value <= high and k - j > 1:
                    k -= 1
                    value = int(data[j:k])
                if not low <= value <= high:
                    failed = True
                    break
                j = k
                if d == "Y":
                    year = value
                elif d == "m":
                    month = value
                elif d == "d":
                    day = value
                elif d == "H":
                    hour = value
                elif d == "I":
                    hour = value
                elif d == "M":
                    minute = value
                elif d == "S":
                    second = value
                elif d == "y":
                    year = value + (2000 if value < 69 else 1900)
                elif d == "f":
                    us = int(data[start:k].ljust(6, "0"))
                elif d == "j":
                    day = value
                    month = -1
            elif d in "bBaAph":
                if d == "p":
                    names = ["AM", "PM"]
                elif d in "bh":
                    names = [name[:3] for name in _MONTH_NAMES[1:]]
                elif d == "B":
                    names = _MONTH_NAMES[1:]
                elif d == "a":
                    names = [name[:3] for name in _DAY_NAMES]
                else:
                    names = _DAY_NAMES
                found = -1
                best = 0
                for idx in range(len(names)):
                    name = names[idx]
                    if data[j:j + len(name)].lower() == name.lower() and len(name) > best:
                        found = idx
                        best = len(name)
                if found < 0:
                    failed = True
                    break
                j += best
                if d == "p":
                    pm = found
                elif d in "bhB":
                    month = found + 1
            elif d == "z":
                m = _parse_z(data, j)
                if m is None:
                    failed = True
                    break
                tz, j = m
            elif d == "%":
                if data[j:j + 1] != "%":
                    failed = True
                    break
                j += 1
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
        elif ch.isspace():
            while j < len(data) and data[j].isspace():
                j += 1
        else:
            if data[j:j + 1] != ch:
                failed = True
                break
            j += 1
    if failed:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if j < len(data):
        raise ValueError("unconverted data remains: %s" % data[j:])
    if pm >= 0:
        if pm == 1 and hour != 12:
            hour += 12
        elif pm == 0 and hour == 12:
            hour = 0
    if month == -1:
        y, month, day = _ord2ymd(_days_before_year(year) + day)
    return (year, month, day, hour, minute, second, us, tz)


def _parse_z(data, j):
    if data[j:j + 1] == "Z":
        return _UTC, j + 1
    sign = data[j:j + 1]
    if sign not in ("+", "-"):
        return None
    k = j + 1
    digits = ""
    while k < len(data) and (data[k].isdigit() or data[k] == ":"):
        if data[k] != ":":
            digits += data[k]
        k += 1
    if len(digits) not in (4, 6):
        return None
    td = timedelta(hours=int(digits[:2]), minutes=int(digits[2:4]), seconds=int(digits[4:] or "0"))
    if sign == "-":
        td = -td
    return timezone(td), k

# CPython's `__all__` (the names this module provides), which
# `from datetime import *` binds.
__all__ = [
    'date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
    'MINYEAR', 'MAXYEAR', 'UTC'
]
