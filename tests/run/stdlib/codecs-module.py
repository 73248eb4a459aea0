# codecs: lookup and its name aliases, encode/decode with error handlers, incremental decoders keeping split UTF-8 sequences, utf-8-sig, iterencode/iterdecode, codecs.open reading and writing through a codec, BOM constants
import codecs
import os
import tempfile

for name in ("UTF8", "utf_8", "latin1", "latin-1", "iso-8859-1", "L1", "ascii", "US-ASCII",
             "646", "cp819", "utf-8-sig", "U8", "utf 8", "UTF--8", "iso_8859-1:1987", "nope", ""):
    try:
        info = codecs.lookup(name)
        print(repr(name), info.name, isinstance(info, tuple), len(info))
    except LookupError as e:
        print(repr(name), "LookupError:", e)

for enc in ("utf-8", "latin-1", "ascii", "utf-8-sig"):
    for text in ("abc", "é€😀", ""):
        for errors in ("strict", "ignore", "replace", "backslashreplace"):
            try:
                print(enc, repr(text), errors, codecs.encode(text, enc, errors),
                      codecs.lookup(enc).encode(text, errors))
            except UnicodeEncodeError as e:
                print(enc, repr(text), errors, "UnicodeEncodeError:", e)
    for data in (b"abc", b"\xc3\xa9", b"\xff", b"\xef\xbb\xbfx", b""):
        for errors in ("strict", "ignore", "replace"):
            try:
                print(enc, data, errors, repr(codecs.decode(data, enc, errors)),
                      codecs.lookup(enc).decode(data, errors))
            except UnicodeDecodeError as e:
                print(enc, data, errors, "UnicodeDecodeError:", e)

for bad in (lambda: codecs.decode("abc"), lambda: codecs.encode(b"abc"),
            lambda: codecs.lookup(42)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

decoder = codecs.getincrementaldecoder("utf-8")()
print(repr(decoder.decode(b"\xc3")), repr(decoder.decode(b"\xa9x\xe2\x82")),
      repr(decoder.decode(b"\xac")), decoder.getstate())
try:
    decoder.decode(b"\xc3", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
encoder = codecs.getincrementalencoder("utf-8-sig")()
print(encoder.encode("a"), encoder.encode("é"))
data = "aé€😀\n\r\nz".encode() * 2
for size in (1, 2, 3, 5):
    chunks = [data[i:i + size] for i in range(0, len(data), size)]
    print(size, codecs.iterdecode(chunks, "utf-8").__class__.__name__,
          "".join(codecs.iterdecode(chunks, "utf-8")) == data.decode(),
          "".join(codecs.iterdecode([codecs.BOM_UTF8] + chunks, "utf-8-sig")) == data.decode())
print(list(codecs.iterencode(["a", "é", ""], "utf-8-sig")))
print(codecs.getencoder("latin-1")("ÿ"), codecs.getdecoder("ascii")(b"ok"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16)

folder = tempfile.mkdtemp()
path = os.path.join(folder, "text.txt")
with codecs.open(path, "w", "utf-8") as f:
    f.write("héllo\nwörld\r\nlast")
    f.writelines(["\nx", "y"])
f = codecs.open(path, encoding="utf-8")
print(repr(f.readline()), repr(f.readline()), repr(f.read(3)), repr(f.read()), f.encoding)
f.close()
print(f.closed)
with codecs.open(path, encoding="latin-1") as f:
    print(list(f))
with open(path, "rb") as f:
    print(f.read())
with codecs.open(path, "r") as f:
    print(type(f.read()).__name__)
os.remove(path)
os.rmdir(folder)
