# email.utils: RFC 2822 dates written and read (formatdate, format_datetime, parsedate, parsedate_tz, parsedate_to_datetime, mktime_tz) and addresses (formataddr, parseaddr, getaddresses, quote, unquote), make_msgid's shape
import datetime
import re
from email import utils
import email.utils

for t in (0, 1e9, 1234567890.5, 2**31):
    print(utils.formatdate(t), "|", utils.formatdate(t, usegmt=True))
for dt in (datetime.datetime(2020, 2, 29, 12, 0),
           datetime.datetime(2020, 2, 29, 12, 0, tzinfo=datetime.timezone.utc),
           datetime.datetime(1999, 12, 31, 23, 59, 59,
                             tzinfo=datetime.timezone(datetime.timedelta(hours=-5, minutes=-30)))):
    print(utils.format_datetime(dt))
    try:
        print(utils.format_datetime(dt, usegmt=True))
    except ValueError as e:
        print("ValueError:", e)
print(re.fullmatch(r"\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d [-+]\d{4}", utils.formatdate()) is not None)

DATES = [
    "Mon, 20 Nov 1995 19:12:08 -0500", "20 Nov 1995 19:12:08 -0500",
    "Fri, 09 Nov 2001 01:08:47 -0000", "Fri, 09 Nov 2001 01:08:47 GMT",
    "Thu, 1 Jan 1970 00:00:00 +0000", "Tue, 3 Jun 2008 11:05:30 PDT",
    "Tue,3 Jun 2008 11:05:30 EDT", "3-Jun-08 11:05:30 GMT", "Jun 3 2008 11:05:30",
    "Mon, 20 Nov 95 19:12 +0100", "Mon, 20 Nov 1995 19:12:08+0530",
    "Wed, 20 November 1995 19.12.08 UT", "garbage", "", "Mon, 32 Nov 1995 19:12:08 -0500",
    "1 Jan 2000 10:00:00 z", "Sat, 1 Jan 2000 10:00 xyz", "1 Jan 2000, 10:00:00, EST",
    "Nov 20 19:12:08 1995 -0500", "20 Nov 1995", "20 Nov 69 00:00 +0000",
]
for d in DATES:
    print(repr(d))
    print("   ", utils.parsedate_tz(d), utils.parsedate(d))
    try:
        print("   ", repr(utils.parsedate_to_datetime(d)))
    except ValueError as e:
        print("    ValueError:", e)
print(utils.mktime_tz(utils.parsedate_tz("Mon, 20 Nov 1995 19:12:08 -0500")))
print(utils.mktime_tz(utils.parsedate_tz("Thu, 1 Jan 1970 00:00:00 GMT")))

for pair in (("Alice", "a@b.c"), ("", "a@b.c"), ("Bob, Jr.", "b@c"), ('Q "x" \\', "q@x"),
             ("José", "j@x"), ("Mr. Smith", "s@x"), ("Zoë Ørsted", "z@x")):
    print(utils.formataddr(pair))
try:
    utils.formataddr(("A", "é@x"))
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.reason)

ADDRESSES = [
    "Alice <alice@example.com>", '"Bob, Jr." <bob@example.com>', "carol@example.com",
    "carol@example.com (Carol C)", "Dave (the man) <dave@example.com>", "<eve@example.com>",
    "", "not an address", '"quoted \\" name" <q@x.org>', "a@b, c@d", "Group: a@b, c@d;",
    "user@[127.0.0.1]", "Name <@route:u@h>", "first.last@sub.example.com",
    "Mr. Smith <smith@x.com>", "<>", "a b c <d@e>", "odd@", "weird <a@b",
    "José <jose@example.com>", "user.name+tag@example.co.uk (Comment (nested))", "a . b @ c . d",
]
for a in ADDRESSES:
    print(repr(a), utils.parseaddr(a))
print(utils.getaddresses(["Alice <a@x>, b@y", "Group: c@z;", "(only comment)"]))
for s in ('"abc"', "<abc>", 'a"b', '"a\\"b"', '"', ""):
    print(repr(s), repr(utils.quote(s)), repr(utils.unquote(s)))

msgid = utils.make_msgid()
print(re.fullmatch(r"<\d+\.\d+\.\d+@[^>]+>", msgid) is not None)
msgid = email.utils.make_msgid("part", domain="example.com")
print(re.fullmatch(r"<\d+\.\d+\.\d+\.part@example\.com>", msgid) is not None, msgid != utils.make_msgid("part", domain="example.com"))
