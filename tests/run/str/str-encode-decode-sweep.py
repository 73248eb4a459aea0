# str.encode / bytes.decode with utf-8, ascii, latin-1 and the error handlers strict/ignore/replace/backslashreplace/xmlcharrefreplace
texts = ['', 'plain', 'café', '日本語', '€uro', 'a\x00b', '\U0001f600 smile', 'ÿ\x80']
for t in texts:
    row = []
    for enc in ['utf-8', 'ascii', 'latin-1']:
        for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
            try:
                row.append(t.encode(enc, errors))
            except UnicodeEncodeError as e:
                row.append('UEE')
    print(repr(t), row)
blobs = [b'', b'ascii', b'caf\xc3\xa9', b'\xff\xfe', b'\xe6\x97\xa5', b'\xe6\x97', b'a\x80b', b'\xf0\x9f\x98\x80']
for b in blobs:
    row = []
    for enc in ['utf-8', 'ascii', 'latin-1']:
        for errors in ['strict', 'ignore', 'replace', 'backslashreplace']:
            try:
                row.append(b.decode(enc, errors))
            except UnicodeDecodeError as e:
                row.append('UDE')
    print(b, row)
for call in [lambda: 'é'.encode('ascii'), lambda: b'\xff'.decode('utf-8'), lambda: b'\xe6\x97'.decode(), lambda: '日'.encode('latin-1'),
             lambda: 'x'.encode('no-such-codec'), lambda: b'x'.decode('utf-8', 'bogus-handler') if False else b'\x80'.decode('ascii')]:
    try:
        call()
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, e)
print('ABC'.encode('UTF8'), 'abc'.encode(encoding='utf_8'), b'abc'.decode('U8') if False else '', str(b'abc', 'latin1'))
