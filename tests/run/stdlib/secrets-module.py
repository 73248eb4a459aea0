# secrets: token_bytes/token_hex/token_urlsafe lengths and alphabets,
# randbelow/randbits/choice ranges, compare_digest and its errors;
# random.SystemRandom (ranges, no state).
import random
import secrets
import string

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(1)).__name__)
h = secrets.token_hex(16)
print(len(h), all(c in "0123456789abcdef" for c in h), len(secrets.token_hex()))
u = secrets.token_urlsafe(16)
print(len(u), all(c in string.ascii_letters + string.digits + "-_" for c in u), len(secrets.token_urlsafe()))
print(secrets.token_bytes(0), secrets.token_hex(0), repr(secrets.token_urlsafe(0)))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.randbelow(1))
print(sorted(set(secrets.randbelow(3) for _ in range(300))))
print(all(0 <= secrets.randbits(8) < 256 for _ in range(200)), secrets.randbits(0))
print(secrets.choice("x"), secrets.choice("abc") in "abc", secrets.choice([7]))
for bad in [0, -5]:
    try:
        secrets.randbelow(bad)
    except ValueError as e:
        print("ValueError", e)
alphabet = string.ascii_letters + string.digits
password = "".join(secrets.choice(alphabet) for i in range(20))
print(len(password), all(c in alphabet for c in password))

print(secrets.compare_digest("abc", "abc"), secrets.compare_digest("abc", "abd"), secrets.compare_digest("a", "ab"))
print(secrets.compare_digest(b"xy", b"xy"), secrets.compare_digest(bytearray(b"xy"), b"xy"), secrets.compare_digest(b"", b""))
for a, b in [("a", b"a"), (1, 1), ("é", "é")]:
    try:
        secrets.compare_digest(a, b)
    except TypeError as e:
        print("TypeError", e)

r = random.SystemRandom()
print(isinstance(r, random.Random), 0.0 <= r.random() < 1.0, 1 <= r.randint(1, 6) <= 6)
print(sorted(r.sample(range(10), 10)), len(r.choices("ab", k=5)), r.getrandbits(0), 0 <= r.getrandbits(70) < 2 ** 70)
items = list(range(8))
r.shuffle(items)
print(sorted(items), r.seed(5))
try:
    r.getstate()
except NotImplementedError as e:
    print("NotImplementedError", e)
print(secrets.SystemRandom is random.SystemRandom, secrets.DEFAULT_ENTROPY)
