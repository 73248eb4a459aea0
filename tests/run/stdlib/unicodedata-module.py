# unicodedata: the properties (category, bidirectional, combining,
# east_asian_width, mirrored), numeric values (decimal, digit, numeric with
# and without defaults), names (name, lookup, case rules, Hangul and CJK
# names), decomposition, the four normalization forms and is_normalized,
# unidata_version, and the errors CPython raises.
import unicodedata

SAMPLE = ["A", "a", "z", "0", "9", " ", "\t", "\n", "\x00", "\x7f", "\xa0", "\xe9",
          "\u0301", "\u0300", "\u0345", "\u05d0", "\u0627", "\u0660", "\u06f5",
          "\u0915", "\u093f", "\u0e01", "\u1100", "\u1161", "\u11a8", "\u2028",
          "\u2029", "\u200b", "\u200d", "\u2070", "\u00b2", "\u00bd", "\u2155",
          "\u216b", "\u2460", "\u3000", "\u3042", "\u30a2", "\uff21", "\uff71",
          "\u4e00", "\u9fff", "\uac00", "\ud55c", "\ue000", "\ufb01", "\ufeff",
          "\ufffd", "\uffff", "(", ")", "[", "<", "\u00ab", "\u2264", "\u221a",
          "$", "\u20ac", "\u00a3", "%", "+", "-", "_", "\u2014", "\U0001f600",
          "\U0001d400", "\U00020000", "\U0002a700", "\U0001f1e6", "\U000e0001",
          "\U0010ffff", "\U000f0000", "\u0f33", "\U00016b60", "\u3405", "\u2189",
          "\u0378", "\u1f80", "\u212b", "\u2126", "\u0958", "\u00c5", "\u1e9b"]

for ch in SAMPLE:
    print("%-10s %s %-3s %3d %-2s %d %r %r %r %r %r" % (
        ascii(ch), unicodedata.category(ch), unicodedata.bidirectional(ch),
        unicodedata.combining(ch), unicodedata.east_asian_width(ch),
        unicodedata.mirrored(ch), unicodedata.decimal(ch, None),
        unicodedata.digit(ch, None), unicodedata.numeric(ch, None),
        unicodedata.name(ch, None), unicodedata.decomposition(ch)))

print(unicodedata.unidata_version)
print(unicodedata.numeric("\u00bd"), unicodedata.numeric("\u2153"),
      unicodedata.numeric("\u5104"), unicodedata.numeric("\U00012432"),
      unicodedata.digit("\u00b2"), unicodedata.decimal("\u0669"))

for name in ["LATIN SMALL LETTER A", "latin capital letter e with acute", "SNOWMAN",
             "GREEK SMALL LETTER ALPHA", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE A",
             "HANGUL SYLLABLE PWILH", "CJK UNIFIED IDEOGRAPH-4E00",
             "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-20000",
             "CJK COMPATIBILITY IDEOGRAPH-F900", "cjk compatibility ideograph-f900",
             "GRINNING FACE", "EURO SIGN", "DIGIT ZERO", "SPACE",
             "ARABIC LIGATURE BISMILLAH AR-RAHMAN AR-RAHEEM", "EM DASH",
             "KHITAN SMALL SCRIPT CHARACTER-18B00", "NUSHU CHARACTER-1B170",
             "LATIN CAPITAL LETTER A WITH RING ABOVE", "NO-BREAK SPACE",
             "cjk unified ideograph-4e00", "CJK UNIFIED IDEOGRAPH-4e00",
             "CJK UNIFIED IDEOGRAPH-FFFF", "CJK UNIFIED IDEOGRAPH-123456",
             "Hangul Syllable Ga", "HANGUL SYLLABLE ", "HANGUL SYLLABLE GAX",
             "NOT A CHARACTER NAME", "", "LATIN SMALL LETTER A ", " LATIN SMALL LETTER A",
             "x" * 300]:
    try:
        ch = unicodedata.lookup(name)
        print(ascii(name[:40]), ascii(ch), unicodedata.name(ch))
    except KeyError as e:
        print(ascii(name[:40]), "KeyError", e)

# Every assigned code point below U+3400 with a name round-trips.
count = 0
for cp in range(0x3400):
    n = unicodedata.name(chr(cp), "")
    if n:
        count += 1
        assert unicodedata.lookup(n) == chr(cp), hex(cp)
print("named below U+3400:", count)
print(sum(1 for cp in range(0xAC00, 0xD7A4)
          if unicodedata.lookup(unicodedata.name(chr(cp))) == chr(cp)))

TEXTS = ["caf\u00e9", "cafe\u0301", "\u212b", "A\u030a", "\u1e9b\u0323", "\ufb01",
         "\u2460", "\u00bd", "\ud55c\uae00", "\u1112\u1161\u11ab", "\u1100\u1161",
         "e\u0301\u0327", "e\u0327\u0301", "a\u0328\u0301\u0323b", "\u0958",
         "\u1f80", "\u2126\u00c5", "x\u0345\u0301", "\uff21\uff71\u3000",
         "\u00c7\u0301", "\u0041\u0301\u0301", "\u0f73", "\u0344", "plain ascii",
         "\U0001d400\U0001d41a", "\u2075\u2082", "\u3392", "\u00a0\u2002",
         "\u0626\u0654", "\u05d9\u05b4", "\u1100\u1161\u11a8\u1100", "\uac00\u11a8"]
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    print(form, [ascii(unicodedata.normalize(form, t)) for t in TEXTS])
    print(form, [unicodedata.is_normalized(form, t) for t in TEXTS])
s = "already"
print(unicodedata.normalize("NFC", s) == s, unicodedata.normalize("NFKD", "") == "")

for bad in [lambda: unicodedata.category("ab"), lambda: unicodedata.category(65),
            lambda: unicodedata.category(""), lambda: unicodedata.name("\x00"),
            lambda: unicodedata.name("ab"), lambda: unicodedata.decimal("x"),
            lambda: unicodedata.digit("\u00bd"), lambda: unicodedata.numeric("x"),
            lambda: unicodedata.normalize("nfc", "x"), lambda: unicodedata.normalize("NFC", b"x"),
            lambda: unicodedata.normalize(None, "x"), lambda: unicodedata.is_normalized("X", "x"),
            lambda: unicodedata.lookup(5), lambda: unicodedata.mirrored(None),
            lambda: unicodedata.combining("xy"), lambda: unicodedata.east_asian_width(b"x"),
            lambda: unicodedata.bidirectional([]), lambda: unicodedata.decomposition("")]:
    try:
        print(repr(bad()))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(unicodedata.lookup(b"SNOWMAN"), unicodedata.name("\x00", "none"), unicodedata.numeric("x", 0.5))
