# Checks the `string` module (issue #4): its constants and `capwords`, with
# and without a separator.
import string
from string import capwords, digits

print(repr(string.whitespace), repr(string.printable))
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(digits, string.hexdigits, string.octdigits, string.punctuation)
for text in ["hello world", "  hello   wORLD  ", "", "a", "x-y-z", "ÉCOLE été"]:
    print(repr(capwords(text)), repr(capwords(text, "-")), repr(string.capwords(text, " ")))
print(len(string.printable), string.ascii_letters.index("Z"))
print(string.__name__)
try:
    capwords(3)
except AttributeError as e:
    print("AttributeError", e)
