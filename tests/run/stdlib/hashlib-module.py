# hashlib: md5, sha1 and the SHA-2 family by constructor and by new(),
# update/digest/hexdigest/copy, name, digest_size, block_size, file_digest
# and CPython's argument errors.
import hashlib
import io

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    ctor = getattr(hashlib, name)
    h = ctor(b"The quick brown fox jumps over the lazy dog")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    print(ctor().hexdigest() == hashlib.new(name).hexdigest(), len(ctor().digest()))
for name in ["sha512_224", "sha512_256", "SHA256", "sha-256", "MD5"]:
    h = hashlib.new(name, b"abc")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())

h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
c.update(bytearray(b"there"))
print(h.hexdigest(), c.hexdigest())
print(h.digest() == hashlib.sha256(b"hello world").digest(), h.hexdigest() == h.hexdigest())
print(hashlib.sha1(b"a" * 1000).hexdigest(), hashlib.md5(b"x" * 55).hexdigest(),
      hashlib.md5(b"x" * 56).hexdigest(), hashlib.sha512(b"y" * 111).hexdigest()[:32],
      hashlib.sha512(b"y" * 112).hexdigest()[:32])
m = hashlib.md5()
for chunk in [b"a", b"bc" * 40, b"", b"d" * 200]:
    m.update(chunk)
print(m.hexdigest() == hashlib.md5(b"a" + b"bc" * 40 + b"d" * 200).hexdigest())
print(hashlib.md5(string=b"x").hexdigest(), hashlib.new("md5", data=b"x").hexdigest(),
      hashlib.sha1(b"x", usedforsecurity=False).hexdigest())
print(hashlib.md5("caf\u00e9".encode()).hexdigest(), hashlib.sha256(bytes(range(256))).hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256", "sha512"}),
      "sha256" in hashlib.algorithms_available)
print(hashlib.file_digest(io.BytesIO(b"data" * 1000), "sha256").hexdigest(),
      hashlib.file_digest(io.BytesIO(b""), hashlib.md5).hexdigest())
for bad in ["s", 3, None]:
    try:
        hashlib.md5(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        hashlib.new("sha256").update(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    hashlib.new("foo")
except ValueError as e:
    print("ValueError", e)
