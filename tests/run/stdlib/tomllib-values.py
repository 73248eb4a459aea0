# tomllib: every TOML 1.0 value type (strings, numbers, booleans, datetimes, arrays, tables), load() from a binary file and parse_float
import io
import tomllib
from decimal import Decimal

DOC = '''
# A TOML document
title = "TOML Example"

[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00

[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }

[servers.alpha]
ip = "10.0.0.1"
role = "frontend"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits]]
name = "banana"
[[fruits.varieties]]
name = "plantain"
'''

def show(value, indent=""):
    if isinstance(value, dict):
        for k, v in value.items():
            if isinstance(v, (dict, list)):
                print(indent + repr(k) + ":")
                show(v, indent + "  ")
            else:
                print(indent + repr(k) + " = " + repr(v))
    elif isinstance(value, list):
        for v in value:
            if isinstance(v, (dict, list)):
                print(indent + "-")
                show(v, indent + "  ")
            else:
                print(indent + "- " + repr(v))

doc = tomllib.loads(DOC)
show(doc)
print(doc == tomllib.loads(DOC.replace("\n", "\r\n")))

numbers = tomllib.loads('''
int1 = +99
int2 = 42
int3 = 0
int4 = -17
int5 = 1_000
hex1 = 0xDEADBEEF
hex2 = 0xdead_beef
oct1 = 0o755
bin1 = 0b11010110
big = 123456789012345678901234567890
flt1 = +1.0
flt2 = 3.1415
flt3 = -0.01
flt4 = 5e+22
flt5 = 1e06
flt6 = -2E-2
flt7 = 6.626e-34
flt8 = 224_617.445_991_228
sf1 = inf
sf2 = +inf
sf3 = -inf
sf4 = nan
sf5 = -nan
''')
for k, v in numbers.items():
    print(k, type(v).__name__, repr(v))

strings = tomllib.loads(r'''
str1 = """
Roses are red
Violets are blue"""
str2 = """\
       The quick brown \
       fox jumps over \
       the lazy dog.\
       """
str3 = """Here are two quotation marks: "". Simple enough."""
str4 = """Here are fifteen quotation marks: ""\"""\"""\"""\"""\"."""
str5 = """""This," she said, "is just a pointless statement.""""
winpath  = 'C:\Users\nodejs\templates'
regex    = '<\i\c*\s*>'
esc = "tab\tnl\nq\"bs\\ b\b f\f r\r e\u00e9 U\U0001F600"
"quoted key" = 1
'literal key' = 2
"a.b" = 3
site."google.com" = true
3.14159 = "pi"
"" = "blank"
tab = "a	b"
''')
strings.update(tomllib.loads("""
lines  = '''
The first newline is
trimmed in raw strings.
'''
quot15 = '''Here are fifteen quotation marks: \"\"\"\"\"\"'''
apos = '''two: ''''
apos15 = "Here are fifteen apostrophes: '''''''''''''''"
"""))
for k, v in strings.items():
    print(repr(k), repr(v))

times = tomllib.loads('''
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27T00:32:00.999999-07:00
odt4 = 1979-05-27 07:32:00z
odt5 = 1979-05-27T07:32:00+00:00
odt6 = 1979-05-27t07:32:00+05:30
ldt1 = 1979-05-27T07:32:00
ldt2 = 1979-05-27T00:32:00.9999999
ldt3 = 1979-05-27T00:32:00.5
ld1 = 1979-05-27
lt1 = 07:32:00
lt2 = 00:32:00.5
dates = [1979-05-27, 2000-02-29 ]
''')
for k, v in times.items():
    print(k, repr(v))
    if hasattr(v, "isoformat"):
        print("   ", v.isoformat())
print(times["odt2"].utcoffset(), times["odt2"].tzname())

tables = tomllib.loads('''
points = [ { x = 1, y = 2, z = 3 },
           { x = 7, y = 8, z = 9 },   # comment
           { x = 2, y = 4, z = 8 } ]
nested = {a.b = 1, a.c = [1, 2], d = {e = 1}}
empty = {}
arr = [
  1,
  2, # two
]
mixed = [1, "two", 3.0, [4], {five = 5}]
a.b.c = 1
a.b.d = 2
[a.e]
x = 1
[x.y.z.w]
[x]
v = 1
''')
show(tables)

# load() reads a binary file; parse_float receives the float's text
print(tomllib.load(io.BytesIO(b"x = 1.5\ns = '\xc3\xa9'\n")))
print(tomllib.loads("x = 1.10\ny = [2.50]\nz = inf", parse_float=Decimal))
print(tomllib.loads("x = 1.1", parse_float=lambda s: s + "!"))
print(tomllib.loads(""), tomllib.loads("# only a comment\n\n"))
print(issubclass(tomllib.TOMLDecodeError, ValueError))
