# hmac: new/digest/hexdigest/update/copy over hashlib by name, constructor
# and module, long keys, hmac.digest, compare_digest, the attributes and
# the argument errors.
import hashlib
import hmac

h = hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", "sha256")
print(h.hexdigest())
print(h.name, h.digest_size, h.block_size, len(h.digest()))
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.md5).hexdigest())
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", digestmod=hashlib.sha1).hexdigest())
print(hmac.new(b"", b"", "sha512").hexdigest())
print(hmac.new(b"k" * 200, b"long key", "sha384").hexdigest())
print(hmac.new(bytearray(b"key"), bytearray(b"msg"), "sha224").hexdigest())

h = hmac.new(b"secret", digestmod="sha256")
h.update(b"hello ")
c = h.copy()
h.update(b"world")
c.update(b"there")
print(h.hexdigest() == hmac.new(b"secret", b"hello world", "sha256").hexdigest())
print(c.hexdigest() == hmac.new(b"secret", b"hello there", "sha256").hexdigest())
print(h.hexdigest() == h.hexdigest(), h.digest().hex() == h.hexdigest())
h.update(memoryview(b"!"))
print(h.hexdigest())
print(hmac.digest(b"key", b"message", "sha256").hex())
print(hmac.digest(b"key", b"message", "sha256") == hmac.new(b"key", b"message", "sha256").digest())
print(type(h).__name__, hmac.HMAC.blocksize, hmac.digest_size)

print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"))
print(hmac.compare_digest("abc", "abc"), hmac.compare_digest(b"abc", bytearray(b"abc")))
print(hmac.compare_digest(h.digest(), h.copy().digest()))
for args in [("abc", b"abc"), ("é", "é"), (1, 2)]:
    try:
        hmac.compare_digest(*args)
    except TypeError as exc:
        print("TypeError", exc)

for args, kwargs in [((b"k",), {}), ((b"k", b"m", "nope"), {}), (("k", b"m", "sha256"), {}),
                     ((b"k", "text", "sha256"), {}), ((b"k",), {"digestmod": None})]:
    try:
        hmac.new(*args, **kwargs)
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
try:
    hmac.new(b"k", digestmod="md5").update("text")
except TypeError as exc:
    print("TypeError", exc)
try:
    h.extra = 1
except AttributeError as exc:
    print("AttributeError", exc)
