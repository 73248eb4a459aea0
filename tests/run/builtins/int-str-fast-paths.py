# str(int) and int(str): short decimal text in either direction, with the
# edge cases the general paths handle (signs, whitespace, underscores,
# leading zeros, values beyond 64 bits, bad text).


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0, 1, 9, 10, -1, -9, -10, 42, 1234567, -1234567, 2**62 - 1, -(2**62), 2**63, -(2**63) - 1, 10**30]:
    print(str(v), repr(v), f"{v}", str(v) == repr(v))
print(str(True), str(False), str(-0))

for text in ["0", "7", "-7", "+7", " 42 ", "\t-42\n", "007", "-000", "1_000", "123456789012345678",
             "1234567890123456789", "99999999999999999999", "-99999999999999999999", "٣", " ٤٢ "]:
    attempt(lambda: int(text))
for text in ["", " ", "-", "+", "4 2", "1__0", "_1", "1_", "0x10", "1.5", "--1", "12a", "\x00"]:
    attempt(lambda: int(text))
attempt(lambda: int("10", 16))
attempt(lambda: int("010", 0))
attempt(lambda: int(" 12 ", 10))
attempt(lambda: int(b" 12 "))


class S(str):
    pass


attempt(lambda: int(S("12")))
attempt(lambda: str(12, "ascii"))
attempt(lambda: str(object=5))
attempt(lambda: int(S(" -12 "), 8))
