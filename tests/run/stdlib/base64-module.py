# base64 and binascii: the base64, URL-safe, base32 and base16 codecs,
# encodebytes/decodebytes, hexlify/unhexlify, crc32 and CPython's errors.
import base64
import binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)),
           b"\xff\xfe\xfd" * 7]
for s in samples[:7]:
    print(base64.b64encode(s), base64.b32encode(s), base64.b16encode(s), base64.b32hexencode(s))
for s in samples:
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
print(base64.b64encode(bytes(range(256)))[:80])
print(base64.urlsafe_b64encode(b"\xfb\xff\xbf"), base64.standard_b64encode(b"\xfb\xff\xbf"),
      base64.b64encode(b"\xfb\xff\xbf", altchars=b"*!"), base64.b64decode("+/+/"),
      base64.b64decode(b"*!*!", altchars=b"*!"), base64.urlsafe_b64decode("-_-_"))
print(base64.b64decode("Zm9v YmFy\n"), base64.b64decode("Zm9vYg=="), base64.b64decode("Zm9vYg==junk"),
      base64.b64decode("Zm9vYg"  + "=" * 3), base64.b64decode(bytearray(b"YQ==")),
      base64.standard_b64decode("YWI="))
for bad in ["Zm9vY", "Zm9vYmE", "A", "Zm9v=YmFy", "=Zm9v"]:
    try:
        print(base64.b64decode(bad))
    except binascii.Error as e:
        print("Error", e)
for bad in ["Zm9v YmFy", "=Zm9v", "Zm9vYg==YQ", "Zm9vYg=a", "Zm9v=", "Zm9vYmE="]:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print("Error", e)
for bad in [3, "é", None]:
    try:
        base64.b64decode(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    base64.b64encode("text")
except TypeError as e:
    print("TypeError", e)
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ=", map01=b"L"))
for bad in ["MZXW6", "MZXW6!==", "MZXW6YTBOI======"[:-1]]:
    try:
        print(base64.b32decode(bad))
    except binascii.Error as e:
        print("Error", e)
print(base64.b16decode("666F6F"), base64.b16decode("666f6f", casefold=True))
try:
    base64.b16decode("666f6f")
except binascii.Error as e:
    print("Error", e)
long = bytes(range(200))
print(base64.encodebytes(long))
print(base64.decodebytes(base64.encodebytes(long)) == long, base64.encodebytes(b""))
try:
    base64.encodebytes("x")
except TypeError as e:
    print("TypeError", e)
print(binascii.hexlify(b"\x01\xab"), binascii.b2a_hex(b"xyz", "-"), binascii.unhexlify("01ab"),
      binascii.a2b_hex(b"FF00"))
for bad in ["abc", "zz"]:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("Error", e)
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")),
      binascii.crc32(b""), binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False),
      binascii.a2b_base64("aGk="))
print(issubclass(binascii.Error, ValueError), binascii.Error.__name__)
