# json.loads: values, hooks, and JSONDecodeError's messages and positions (CPython's C scanner)
import json

docs = ['', '{', '[', '[1', '[1,', '[1,]', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}',
        '{1:2}', '"abc', '"a\\', '"a\\x"', '"\\u12"', '"\\u12x4"', '"\\u123', '"\\u1234',
        '"\\ud800\\u12"', '"a\nb"', '1 2', '01', '-', '[-]', 'nul', 'tru', '1.', '1e', '1.5e+',
        ' \n [1,\n 2 x', '\ufeff1', '{"a" 1}', '[1 2]', 'NaN', '-Infinity', '-Inf', '"\\ud800"',
        '"\\ud800\\udc00"', '"\\ud800\\u0041"', '"\\U1234"', '[1,2', '{"a":1 "b"}', '"\t"',
        '"\\u00e9\\u20AC\\/\\b\\f\\n\\r\\t\\"\\\\"', ' [ ] ', '{ }', '[1.5e3, -0, -0.0, 1E-2, 2e+2]',
        '12345678901234567890123', '{"a": [1, {"b": null}], "c": true, "d": false}', '"\x7f\u2028"',
        '{"a": 1, "a": 2}', '[1]]', 'true false', '"abc" ', '\t\r\n1']
for doc in docs:
    try:
        print(repr(doc), '->', repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == doc)

for bad in [3, None, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError', e)
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b'2')), json.loads(b'\xef\xbb\xbf{"k": 3}'))
print(repr(json.loads('"a\tb"', strict=False)))
print(json.loads('{"a": 1, "b": [2, {"c": 3}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"a": 1}', object_pairs_hook=list, object_hook=dict))
print(json.loads('[1.5, 2, 3e2]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower()))
print(isinstance(json.JSONDecodeError('m', 'd', 0), ValueError), issubclass(json.JSONDecodeError, ValueError))
e = json.JSONDecodeError('Boom', 'ab\ncd\nef', 7)
print(e, e.lineno, e.colno, e.args)
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] tail'), d.decode(' {"x": [true]} '))
try:
    d.raw_decode(' 1')
except ValueError as e:
    print(e)
class Hooked(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=lambda o: ('obj', len(o)), **kw)
print(json.loads('[{"a": 1}, {}]', cls=Hooked))
try:
    json.loads('[1, 2')
except ValueError as e:
    print('caught as ValueError:', e)
json.loads('{"unterminated": "abc')
