"""Dates and addresses of e-mail headers (RFC 2822): `formatdate`,
`format_datetime`, `parsedate`, `parsedate_tz`, `parsedate_to_datetime`,
`mktime_tz`, `localtime`, `formataddr`, `parseaddr`, `getaddresses`,
`make_msgid`, `quote`, `unquote`, as CPython 3.11's `email.utils` gives
them.

Dates are read leniently as CPython reads them: a day name is skipped,
day and month may come in either order, the year may follow the time or
have two digits, and the zone is a number or a US zone name.
"""

import datetime as _datetime
import os as _os
import random as _random
import re as _re
import time as _time
import calendar as _calendar
import base64 as _base64

__all__ = ["collapse_rfc2231_value", "decode_params", "decode_rfc2231", "encode_rfc2231",
           "formataddr", "formatdate", "format_datetime", "getaddresses", "make_msgid",
           "mktime_tz", "parseaddr", "parsedate", "parsedate_tz", "parsedate_to_datetime",
           "unquote", "quote", "localtime"]

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NAMES = {}
for _i, _m in enumerate(("january", "february", "march", "april", "may", "june", "july",
                         "august", "september", "october", "november", "december")):
    _MONTH_NAMES[_m] = _i + 1
    _MONTH_NAMES[_m[:3]] = _i + 1
_DAY_NAMES = frozenset(d.lower() for d in _DAYS)
# US zone names, in hours and minutes as a number (-0500).
_ZONES = {"UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "AST": -400, "ADT": -300, "EST": -500,
          "EDT": -400, "CST": -600, "CDT": -500, "MST": -700, "MDT": -600, "PST": -800,
          "PDT": -700}


# -- writing dates ----------------------------------------------------------

def _format(tt, zone):
    return "%s, %02d %s %04d %02d:%02d:%02d %s" % (
        _DAYS[tt[6]], tt[2], _MONTHS[tt[1] - 1], tt[0], tt[3], tt[4], tt[5], zone)


def format_datetime(dt, usegmt=False):
    """`dt` as an RFC 2822 date; a naive `dt` gets the zone -0000, and
    `usegmt` (for a UTC `dt`) the zone GMT."""
    tt = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != _datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = "GMT"
    elif dt.tzinfo is None:
        zone = "-0000"
    else:
        zone = dt.strftime("%z")
    return _format(tt, zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """The time `timeval` (seconds since the epoch, now by default) as an
    RFC 2822 date, in UTC (-0000 or, with `usegmt`, GMT) or local time."""
    if timeval is None:
        timeval = _time.time()
    dt = _datetime.datetime.fromtimestamp(timeval, _datetime.timezone.utc)
    if localtime:
        return format_datetime(dt.astimezone(), False)
    if not usegmt:
        dt = dt.replace(tzinfo=None)
    return format_datetime(dt, usegmt)


def localtime(dt=None, isdst=-1):
    """`dt` (now by default) as an aware datetime in the local zone."""
    if dt is None:
        return _datetime.datetime.now(_datetime.timezone.utc).astimezone()
    if dt.tzinfo is not None:
        return dt.astimezone()
    return dt.astimezone()


# -- reading dates ----------------------------------------------------------

def _split_time(text):
    parts = text.split(":")
    if len(parts) == 1 and "." in text:
        parts = text.split(".")
        if len(parts) == 2:
            parts.append(0)
    if len(parts) == 2:
        parts.append("0")
    if len(parts) != 3:
        return None
    return parts


def _zone_seconds(zone):
    zone = zone.upper()
    if zone in _ZONES:
        number = _ZONES[zone]
    else:
        try:
            number = int(zone)
        except ValueError:
            return None
        if number == 0 and zone.startswith("-"):
            return None  # -0000: no zone information
    if not number:
        return number
    sign = -1 if number < 0 else 1
    number = abs(number)
    return sign * ((number // 100) * 3600 + (number % 100) * 60)


def _parse(data):
    """The ten fields of `parsedate_tz` (the zone None when unknown) or None."""
    if not data:
        return None
    words = data.split()
    if not words:
        return None
    first = words[0]
    if first.endswith(",") or first.lower() in _DAY_NAMES:
        words.pop(0)
    else:
        # "Mon,1 Jan": the day name is glued to the day.
        comma = first.rfind(",")
        if comma >= 0:
            words[0] = first[comma + 1:]
    if len(words) == 3:
        # RFC 850: 01-Jan-99 10:00:00 GMT
        pieces = words[0].split("-")
        if len(pieces) == 3:
            words = pieces + words[1:]
    if len(words) == 4:
        # The zone may be glued to the time: 10:00:00+0100.
        last = words[3]
        at = last.find("+")
        if at < 0:
            at = last.find("-")
        if at > 0:
            words[3:] = [last[:at], last[at:]]
        else:
            words.append("")
    if len(words) < 5:
        return None
    day, month, year, clock, zone = words[:5]
    if not (day and month and year):
        return None
    month = month.lower()
    if month not in _MONTH_NAMES:
        day, month = month, day.lower()
        if month not in _MONTH_NAMES:
            return None
    month = _MONTH_NAMES[month]
    if day.endswith(","):
        day = day[:-1]
    if year.find(":") > 0:
        year, clock = clock, year
    if year.endswith(","):
        year = year[:-1]
        if not year:
            return None
    if not year[0].isdigit():
        year, zone = zone, year
    if clock.endswith(","):
        clock = clock[:-1]
    hms = _split_time(clock)
    if hms is None:
        return None
    try:
        year = int(year)
        day = int(day)
        hour, minute, second = int(hms[0]), int(hms[1]), int(hms[2])
    except ValueError:
        return None
    if year < 100:
        year += 1900 if year > 68 else 2000
    return [year, month, day, hour, minute, second, 0, 1, -1, _zone_seconds(zone)]


def parsedate_tz(data):
    """An RFC 2822 date as a 10-tuple: `time.struct_time`'s first nine
    fields (with 0, 1, -1 for weekday, yearday and DST) and the zone's
    offset in seconds (0 when unknown); None when it cannot be read."""
    fields = _parse(data)
    if not fields:
        return fields
    if fields[9] is None:
        fields[9] = 0
    return tuple(fields)


def parsedate(data):
    """`parsedate_tz` without the zone."""
    fields = parsedate_tz(data)
    if isinstance(fields, tuple):
        return fields[:9]
    return fields


def parsedate_to_datetime(data):
    """An RFC 2822 date as a datetime: aware, but naive for -0000."""
    fields = _parse(data)
    if fields is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    zone = fields[9]
    if zone is None:
        return _datetime.datetime(*fields[:6])
    return _datetime.datetime(*fields[:6],
                              tzinfo=_datetime.timezone(_datetime.timedelta(seconds=zone)))


def mktime_tz(data):
    """A `parsedate_tz` 10-tuple as seconds since the epoch."""
    if data[9] is None:
        return _time.mktime(data[:8] + (-1,))
    return _calendar.timegm(data) - data[9]


# -- addresses --------------------------------------------------------------

_SPECIALS = _re.compile(r'[][\\()<>@,:;".]')
_ESCAPES = _re.compile(r'[\\"]')


def quote(text):
    """`text` with backslashes and double quotes escaped."""
    return text.replace("\\", "\\\\").replace('"', '\\"')


def unquote(text):
    """`text` without the double quotes or angle brackets around it."""
    if len(text) > 1:
        if text.startswith('"') and text.endswith('"'):
            return text[1:-1].replace("\\\\", "\\").replace('\\"', '"')
        if text.startswith("<") and text.endswith(">"):
            return text[1:-1]
    return text


def formataddr(pair, charset="utf-8"):
    """`(name, address)` as a header value: `name <address>`, the name
    quoted when it holds specials and encoded (RFC 2047) when not ASCII."""
    name, address = pair
    address.encode("ascii")
    if not name:
        return address
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        if isinstance(charset, str):
            charset_name = charset.lower()
        else:
            charset_name = str(charset).lower()
        encoded = _base64.b64encode(name.encode(charset_name)).decode("ascii")
        return "=?%s?b?%s?= <%s>" % (charset_name, encoded, address)
    if _SPECIALS.search(name):
        return '"%s" <%s>' % (_ESCAPES.sub(lambda m: "\\" + m.group(), name), address)
    return "%s <%s>" % (name, address)


class _AddressReader:
    """RFC 2822 address lists: phrases, quoted strings, comments, angle
    addresses, routes and groups, read as CPython's `AddrlistClass` reads
    them (leniently: what is not an address gives `('', '')`)."""

    SPECIALS = '()<>@,:;."[]'
    # A display name may hold dots ("Mr. Smith").
    PHRASE_ENDS = '()<>@,:;"[] \t\r\n'
    ATOM_ENDS = SPECIALS + " \t\r\n"

    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.comments = []

    def peek(self):
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def skip_space(self):
        """Skips spaces and comments (kept for the display name); returns
        the spaces and tabs skipped."""
        spaces = []
        while self.pos < len(self.text):
            c = self.text[self.pos]
            if c in " \t\r\n":
                if c not in "\r\n":
                    spaces.append(c)
                self.pos += 1
            elif c == "(":
                self.comments.append(self.delimited("(", ")\r", True))
            else:
                break
        return "".join(spaces)

    def addresses(self):
        result = []
        while self.pos < len(self.text):
            found = self.address()
            if found:
                result.extend(found)
            else:
                result.append(("", ""))
        return result

    def address(self):
        self.comments = []
        self.skip_space()
        start = self.pos
        phrase = self.phrase()
        self.skip_space()
        c = self.peek()
        result = []
        if not c:
            if phrase:
                result = [(" ".join(self.comments), phrase[0])]
        elif c in ".@":
            # A bare address: read it again as one (the comments seen so
            # far stay, as CPython's do).
            self.pos = start
            spec = self.addr_spec()
            result = [(" ".join(self.comments), spec)]
        elif c == ":":
            # A group: its addresses up to ';'.
            self.pos += 1
            while self.pos < len(self.text):
                self.skip_space()
                if self.peek() == ";":
                    self.pos += 1
                    break
                result.extend(self.address())
        elif c == "<":
            spec = self.route_addr()
            if self.comments:
                name = " ".join(phrase) + " (" + " ".join(self.comments) + ")"
            else:
                name = " ".join(phrase)
            result = [(name, spec)]
        elif phrase:
            result = [(" ".join(self.comments), phrase[0])]
        elif c in self.SPECIALS:
            self.pos += 1
        self.skip_space()
        if self.peek() == ",":
            self.pos += 1
        return result

    def route_addr(self):
        self.pos += 1
        self.skip_space()
        spec = ""
        expect_route = False
        while self.pos < len(self.text):
            c = self.peek()
            if expect_route:
                self.domain()
                expect_route = False
            elif c == ">":
                self.pos += 1
                break
            elif c == "@":
                self.pos += 1
                expect_route = True
            elif c == ":":
                self.pos += 1
            else:
                spec = self.addr_spec()
                self.pos += 1
                break
            self.skip_space()
        return spec

    def addr_spec(self):
        local = []
        self.skip_space()
        while self.pos < len(self.text):
            c = self.peek()
            keep_space = True
            if c == ".":
                if local and not local[-1].strip():
                    local.pop()
                local.append(".")
                self.pos += 1
                keep_space = False
            elif c == '"':
                local.append('"%s"' % quote(self.delimited('"', '"\r', False)))
            elif c in self.ATOM_ENDS:
                if local and not local[-1].strip():
                    local.pop()
                break
            else:
                local.append(self.atom(self.ATOM_ENDS))
            spaces = self.skip_space()
            if keep_space and spaces:
                local.append(spaces)
        if self.peek() != "@":
            return "".join(local)
        self.pos += 1
        self.skip_space()
        domain = self.domain()
        if not domain:
            return ""  # no domain: not an address
        return "".join(local) + "@" + domain

    def domain(self):
        parts = []
        while self.pos < len(self.text):
            c = self.peek()
            if c in " \t":
                self.pos += 1
            elif c == "(":
                self.comments.append(self.delimited("(", ")\r", True))
            elif c == "[":
                parts.append("[%s]" % self.delimited("[", "]\r", False))
            elif c == ".":
                self.pos += 1
                parts.append(".")
            elif c == "@":
                return ""  # two '@': not an address
            elif c in self.ATOM_ENDS:
                break
            else:
                parts.append(self.atom(self.ATOM_ENDS))
        return "".join(parts)

    def delimited(self, open_, ends, nested):
        # The text after `open_` up to one of `ends` (nesting for comments),
        # backslash escapes resolved.
        if self.peek() != open_:
            return ""
        out = []
        escaped = False
        self.pos += 1
        while self.pos < len(self.text):
            c = self.text[self.pos]
            if escaped:
                out.append(c)
                escaped = False
            elif c in ends:
                self.pos += 1
                break
            elif nested and c == open_:
                out.append(self.delimited(open_, ends, True))
                continue
            elif c == "\\":
                escaped = True
            else:
                out.append(c)
            self.pos += 1
        return "".join(out)

    def atom(self, ends):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] not in ends:
            self.pos += 1
        return self.text[start:self.pos]

    def phrase(self):
        words = []
        while self.pos < len(self.text):
            c = self.peek()
            if c in " \t\r\n":
                self.pos += 1
            elif c == '"':
                words.append(self.delimited('"', '"\r', False))
            elif c == "(":
                self.comments.append(self.delimited("(", ")\r", True))
            elif c in self.PHRASE_ENDS:
                break
            else:
                words.append(self.atom(self.PHRASE_ENDS))
        return words


def parseaddr(addr):
    """The first address of a header value as `(name, address)`; `('', '')`
    when there is none."""
    found = _AddressReader(addr).addresses()
    if not found:
        return ("", "")
    return found[0]


def getaddresses(fieldvalues):
    """Every `(name, address)` of the header values `fieldvalues`."""
    return _AddressReader(", ".join(str(v) for v in fieldvalues)).addresses()


def make_msgid(idstring=None, domain=None):
    """A unique Message-ID: `<time.pid.random[.idstring]@domain>`, the
    domain being the host name by default."""
    timeval = int(_time.time() * 100)
    pid = _os.getpid()
    randint = _random.getrandbits(64)
    idstring = "" if idstring is None else "." + idstring
    if domain is None:
        domain = _os.uname().nodename
    return "<%d.%d.%d%s@%s>" % (timeval, pid, randint, idstring, domain)
