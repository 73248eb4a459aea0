# configparser: reading strings, dicts and files (continuations, blank lines
# in values, comments, DEFAULT), getters with fallbacks, items, sections and
# options, set/remove, write, SectionProxy mapping access, Basic and Extended
# interpolation, RawConfigParser, custom converters, and the error classes
# with CPython's messages.
import configparser
import io
import os
import tempfile

TEXT = """
# a comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg
; another comment

[topsecret.server.example]
Port = 50022
ForwardX11 = no
description = a long
   value over
     several lines

   with a blank line
empty =
colon: value with: colon
path = %(home)s/bin
home = /home/user
"""

cfg = configparser.ConfigParser()
cfg.read_string(TEXT)
print(cfg.sections())
print(cfg.defaults())
print(list(cfg))
print('forge.example' in cfg, 'nope' in cfg, len(cfg))
top = cfg['topsecret.server.example']
print(top, top.name, top.parser is cfg)
print(top['port'], top['Port'], top['forwardx11'], top['compression'])
print(repr(top['description']))
print(repr(top['empty']), repr(top['colon']))
print(top['path'], cfg.get('topsecret.server.example', 'path', raw=True))
print(cfg['forge.example']['user'], cfg['DEFAULT']['compressionlevel'])
print(top.getint('port'), top.getboolean('forwardx11'), top.getfloat('compressionlevel'))
print(top.get('missing'), top.get('missing', 'fb'), top.getint('missing', 7))
print(cfg.getint('topsecret.server.example', 'port'))
print(cfg.getboolean('forge.example', 'compression'))
print(cfg.getfloat('forge.example', 'compressionlevel'))
print(cfg.get('forge.example', 'nope', fallback='dflt'), cfg.get('nosect', 'x', fallback=None))
print(cfg.getint('forge.example', 'nope', fallback=3))
print(cfg.get('forge.example', 'user', vars={'user': 'override'}))
print(cfg.options('forge.example'))
print(cfg.items('forge.example'))
print(list(top.keys()))
print(dict(cfg['forge.example']))
print(cfg.has_section('forge.example'), cfg.has_section('DEFAULT'), cfg.has_option('forge.example', 'USER'),
      cfg.has_option('forge.example', 'compression'), cfg.has_option('zzz', 'x'), cfg.has_option(None, 'compression'))
for k, v in cfg.items():
    print(k, v)

for v in ['1', 'yes', 'TRUE', 'on', '0', 'no', 'False', 'OFF']:
    cfg['forge.example']['flag'] = v
    print(v, cfg.getboolean('forge.example', 'flag'))

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
        print("  args:", e.args)

cfg['forge.example']['flag'] = 'maybe'
show(cfg.getboolean, 'forge.example', 'flag')
show(cfg.getint, 'forge.example', 'user')
show(cfg.get, 'nosect', 'x')
show(cfg.get, 'forge.example', 'nokey')
show(cfg.getint, 'forge.example', 'nokey')
show(cfg.add_section, 'forge.example')
show(cfg.add_section, 'DEFAULT')
show(cfg.add_section, 5)
show(cfg.set, 'nosect', 'a', 'b')
show(cfg.set, 'forge.example', 'a', 5)
show(cfg.set, 'forge.example', 'a', '100%')
show(cfg.options, 'nosect')
show(cfg.items, 'nosect')
show(lambda: cfg['nosect'])
show(lambda: top['nokey'])
show(cfg.__delitem__, 'DEFAULT')

# set / remove
cfg.add_section('new')
cfg.set('new', 'Key', 'Value')
cfg['new']['other'] = '2'
print(cfg.items('new', raw=True))
print(cfg.remove_option('new', 'key'), cfg.remove_option('new', 'key'))
del cfg['new']['other']
print(dict(cfg['new']) == dict(cfg['DEFAULT']))
print(cfg.remove_section('new'), cfg.remove_section('new'))
cfg['dictsec'] = {'a': 1, 'b': 'two'}
print(cfg['dictsec']['a'], cfg.sections())
del cfg['dictsec']
show(cfg.remove_option, 'nosect', 'x')

# write
out = io.StringIO()
cfg.write(out)
print(out.getvalue())
out = io.StringIO()
cfg.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:3])

# read_dict and defaults
c2 = configparser.ConfigParser(defaults={'base': '/srv', 'Num': 3})
c2.read_dict({'app': {'dir': '%(base)s/app', 'Count': 10},
              'other': {'x': 'y'}})
print(c2['app']['dir'], c2['app']['count'], c2['app']['num'])
show(c2.read_dict, {'s': {'a': 1, 'A': 2}})
print(c2.sections())

# interpolation errors
c3 = configparser.ConfigParser()
c3.read_string("[s]\na = %(b)s\nb = %(a)s\nc = %(missing)s\nd = 100%%\ne = %(x\nf = %z\n")
show(c3.get, 's', 'a')
show(c3.get, 's', 'c')
show(c3.get, 's', 'd')
show(c3.get, 's', 'e')
show(c3.get, 's', 'f')
print(c3.get('s', 'f', raw=True))
show(c3.items, 's')

# extended interpolation
c4 = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
c4.read_string("""
[paths]
home = /home/me
docs = ${home}/docs
cost = $$5
[app]
log = ${paths:docs}/log.txt
bad = ${nosuch:key}
worse = ${a:b:c}
dollar = $x
""")
print(c4['paths']['docs'], c4['app']['log'], c4['paths']['cost'])
show(c4.get, 'app', 'bad')
show(c4.get, 'app', 'worse')
show(c4.get, 'app', 'dollar')
show(c4.set, 'app', 'z', '$oops')

# raw parser: no interpolation, non-string values allowed by set
r = configparser.RawConfigParser()
r.add_section('s')
r.set('s', 'n', 5)
r.set('s', 'p', '%(nothing)s')
print(r.get('s', 'n'), r.get('s', 'p'))
show(configparser.ConfigParser, interpolation=42)
c5 = configparser.ConfigParser(interpolation=None)
c5.read_string("[s]\nv = %(x)s\n")
print(c5['s']['v'])

# parsing errors
show(configparser.ConfigParser().read_string, "key = value\n")
show(configparser.ConfigParser().read_string, "[a]\nx = 1\n[a]\n")
show(configparser.ConfigParser().read_string, "[a]\nx = 1\nX = 2\n", source='cfg.ini')
show(configparser.ConfigParser().read_string, "[a]\njunk line\n = nokey\nok = 1\n")
c6 = configparser.ConfigParser(strict=False)
c6.read_string("[a]\nx = 1\nx = 2\n[a]\ny = 3\n")
print(c6.items('a'))

# options: no values, custom delimiters, inline comments, no blank lines
c7 = configparser.ConfigParser(allow_no_value=True, delimiters=('=',),
                               inline_comment_prefixes=('#',),
                               empty_lines_in_values=False)
c7.read_string("[s]\nflag\nkey = v # note\nurl = http://x#frag\nk: v\nmulti = a\n\n  b\n")
print(c7.items('s'))
out = io.StringIO()
c7.write(out)
print(out.getvalue())

# files
d = tempfile.mkdtemp()
p = os.path.join(d, "a.ini")
with open(p, "w") as f:
    f.write("[f]\nk = file value\n")
c8 = configparser.ConfigParser()
print(c8.read([p, os.path.join(d, "missing.ini")]) == [p])
print(c8['f']['k'])
with open(p) as f:
    c8.read_file(f)
show(configparser.ConfigParser().read_file, io.StringIO("[x]\n[x]\n"))

# converters
c9 = configparser.ConfigParser(converters={'list': lambda v: v.split(',')})
c9.read_string("[s]\nitems = a,b,c\n")
print(c9.getlist('s', 'items'), c9['s'].getlist('items'), c9['s'].getlist('none', ['z']))
print(sorted(c9.converters))
print(isinstance(configparser.NoSectionError('x'), configparser.Error), configparser.DEFAULTSECT,
      configparser.MAX_INTERPOLATION_DEPTH)
for key in c9:
    print(repr(c9[key]))
