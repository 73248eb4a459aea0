"""Time access and conversions: the clocks, `sleep`, `struct_time`,
`localtime`, `gmtime`, `mktime`, `strftime`, `strptime`, `asctime`, `ctime` and the
time zone globals, as CPython's `time` module gives them on Linux.

The clocks and the C library calls are native (`runtime/src/modules/time.rs`
and `time_struct.rs`, the `_time` module); this file checks arguments with
CPython's messages and builds `struct_time` values.
"""

import _time

time = _time.time
time_ns = _time.time_ns
perf_counter = _time.perf_counter
perf_counter_ns = _time.perf_counter_ns
monotonic = _time.monotonic
monotonic_ns = _time.monotonic_ns
process_time = _time.process_time
process_time_ns = _time.process_time_ns
sleep = _time.sleep
_localzone = _time._localzone

_NAMES = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
          "tm_yday", "tm_isdst")


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime(): a
    9-tuple with `tm_*` attributes, plus `tm_zone` and `tm_gmtoff`."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        values = tuple(sequence)
        count = len(values)
        if count < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)"
                            % count)
        if count > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)"
                            % count)
        self = tuple.__new__(cls, values[:9])
        self._extra = values[9:] + (None,) * (11 - count)
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join(
            ["%s=%r" % (_NAMES[k], self[k]) for k in range(9)])

    def __reduce__(self):
        return (struct_time, (tuple(self) + self._extra,))


def _seconds(secs):
    # CPython's conversion to time_t, rounding floats toward -infinity.
    if secs is None:
        return int(_time.time() // 1)
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if not -9.2e18 <= secs <= 9.2e18:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(secs // 1)
    whole = _index(secs)
    if not -(2 ** 63) <= whole < 2 ** 63:
        raise OverflowError("timestamp out of range for platform time_t")
    return whole


def _index(value):
    if isinstance(value, int):
        return value
    if hasattr(type(value), "__index__"):
        return value.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def gmtime(secs=None):
    """The broken-down UTC time at `secs` seconds since the Epoch (now by
    default), a `struct_time`."""
    return struct_time(_time._tm(_seconds(secs), 1))


def localtime(secs=None):
    """The broken-down local time at `secs` seconds since the Epoch (now by
    default), a `struct_time`."""
    return struct_time(_time._tm(_seconds(secs), 0))


def _time_tuple(t, message):
    # CPython's gettmarg: nine C ints, with the zone of a struct_time.
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError(message)
    values = []
    for item in t:
        value = _index(item)
        if value > 2147483647:
            raise OverflowError("signed integer is greater than maximum")
        if value < -2147483648:
            raise OverflowError("signed integer is less than minimum")
        values.append(value)
    if type(t) is struct_time:
        values.append(t.tm_zone)
        values.append(t.tm_gmtoff if t.tm_gmtoff is not None else 0)
    else:
        values.append(None)
        values.append(0)
    return values


def _check(values):
    # CPython's checktm, after the C conventions' shifts.
    year, mon, mday, hour, minute, sec, wday, yday = values[:8]
    if not 0 <= mon - 1 <= 11:
        raise ValueError("month out of range")
    if not 1 <= mday <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hour <= 23:
        raise ValueError("hour out of range")
    if not 0 <= minute <= 59:
        raise ValueError("minute out of range")
    if not 0 <= sec <= 61:
        raise ValueError("seconds out of range")
    if wday < 0:
        raise ValueError("day of week out of range")
    if not 0 <= yday - 1 <= 365:
        raise ValueError("day of year out of range")


def _wday_c(wday):
    # Monday-first to Sunday-first, with C's remainder sign.
    value = wday + 1
    result = abs(value) % 7
    return -result if value < 0 else result


def mktime(t):
    """The seconds since the Epoch (a float) of the local time `t`."""
    values = _time_tuple(t, "mktime(): illegal time tuple argument")
    result = _time._mktime(values[0] - 1900, values[1] - 1, values[2], values[3], values[4],
                           values[5], values[8])
    if result is None:
        raise OverflowError("mktime argument out of range")
    return float(result)


def strftime(format, t=None):
    """`t` (the local time now by default) formatted by `format`'s `%`
    directives, as the C library's `strftime` does."""
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not " + type(format).__name__)
    if t is None:
        t = localtime()
    values = _time_tuple(t, "strftime(): illegal time tuple argument")
    # CPython's strftime accepts 0 for the month, day and day of year.
    if values[1] == 0:
        values[1] = 1
    if values[2] == 0:
        values[2] = 1
    if values[7] == 0:
        values[7] = 1
    values[6] = _wday_c(values[6])
    _check(values)
    isdst = values[8]
    if isdst < -1:
        isdst = -1
    elif isdst > 1:
        isdst = 1
    return _time._strftime(format, values[0] - 1900, values[1] - 1, values[2], values[3],
                           values[4], values[5], values[6], values[7] - 1, isdst, values[9],
                           values[10])


_DAYS = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def asctime(t=None):
    """`t` (the local time now by default) as 'Sun Jun 20 23:21:05 1993'."""
    if t is None:
        t = localtime()
    values = _time_tuple(t, "asctime(): illegal time tuple argument")
    values[6] = _wday_c(values[6])
    _check(values)
    return "%s %s%3d %.2d:%.2d:%.2d %d" % (_DAYS[values[6]], _MONTHS[values[1] - 1], values[2],
                                           values[3], values[4], values[5], values[0])


def ctime(secs=None):
    """The local time at `secs` seconds since the Epoch, as `asctime`
    writes it."""
    return asctime(localtime(secs))


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    """Parse `string` by `format` (the directives of `datetime.strptime`)
    into a `struct_time` whose `tm_isdst` is -1."""
    for index, arg in enumerate([string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(index, type(arg)))
    import datetime as _datetime
    year, month, day, hour, minute, second, _, tz = _datetime._strptime(string, format)
    date = _datetime.date(year, month, day)
    yday = date.toordinal() - _datetime.date(year, 1, 1).toordinal() + 1
    gmtoff = None
    if tz is not None:
        offset = tz.utcoffset(None)
        gmtoff = offset.days * 86400 + offset.seconds
    return struct_time((year, month, day, hour, minute, second, date.weekday(), yday, -1, None,
                        gmtoff))


def _zone_globals():
    global timezone, altzone, daylight, tzname
    timezone, altzone, daylight, std_name, dst_name = _time._tzinfo()
    tzname = (std_name, dst_name)


timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")
_zone_globals()


def tzset():
    """Read the `TZ` environment variable again (typhon's `os.environ`
    writes do not reach the C library's environment, so this only rereads
    the zone the process started with)."""
    _zone_globals()
