# repr of str/bytes: quote choice, escapes, non-printable and non-ASCII characters; ascii()
for s in ['', "'", '"', '\'"', 'a\'b"c', '\\', '\n\r\t', '\x00\x07\x1b\x7f', '\x80\x9f\xa0\xad', 'é日本', '\u200b\u2028',
          '\U0001f600', '\ufeff', '\U000e0001', '\x85', 'tab\there']:
    print(repr(s), ascii(s), len(repr(s)))
for b in [b'', b"'", b'"', b'\'"', b'\x00\xff', b'\\', b'\n\t\r', bytes(range(0x7e, 0x82))]:
    print(repr(b))
print(repr(chr(0xd800)), ascii(chr(0xdfff)), repr(chr(0xdbff) + chr(0xdc00)))
print(repr(['a', "b'", ('c',), {'d': '"'}]))
print(str(b'x'), str(['\n']))
