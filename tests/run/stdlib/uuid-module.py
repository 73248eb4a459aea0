# uuid: UUID from hex/bytes/bytes_le/fields/int, its properties, str and
# repr, comparisons, uuid3/uuid5 (deterministic), the shape of uuid4 and
# uuid1, and the constructor's errors.
import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant)
print(u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version,
      u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
for other in [uuid.UUID("{12345678-1234-5678-1234-567812345678}"),
              uuid.UUID("urn:uuid:12345678123456781234567812345678"),
              uuid.UUID(bytes=u.bytes), uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields),
              uuid.UUID(int=u.int)]:
    print(other == u, end=" ")
print()
print(uuid.UUID(int=0), uuid.UUID(int=2 ** 128 - 1).variant, uuid.UUID(int=1, version=4))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "http://x"), uuid.uuid5(uuid.NAMESPACE_OID, "1.2"),
      uuid.NAMESPACE_X500)
a = uuid.uuid4()
print(len(str(a)), str(a).count("-"), a.version, a.variant, str(a)[14], a != uuid.uuid4(),
      uuid.UUID(str(a)) == a)
b = uuid.uuid1()
print(b.version, b.variant, len(b.hex), uuid.uuid1() != b)
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2)]), uuid.UUID(int=3) < uuid.UUID(int=4),
      hash(uuid.UUID(int=7)) == hash(7), int(uuid.UUID(int=9)), uuid.UUID(int=1) == 1)
print(len({uuid.UUID(int=1), uuid.UUID(int=1), uuid.UUID(int=2)}))
for bad in [dict(hex="123"), dict(hex="g" * 32), dict(bytes=b"x"), dict(bytes_le=b"x"),
            dict(fields=(1, 2)), dict(fields=(2 ** 32, 0, 0, 0, 0, 0)), dict(int=-1),
            dict(int=2 ** 128), dict(int=1, version=9), dict(), dict(hex=u.hex, int=1)]:
    try:
        uuid.UUID(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.x = 1
except TypeError as e:
    print("TypeError", e)
try:
    uuid.uuid3(uuid.NAMESPACE_URL, b"x")
except TypeError as e:
    print("TypeError", e)
