# Checks string concatenation, repetition (including zero and negative
# counts), += building, and len.
a = "foo"
b = "bar"
print(a + b, a + " " + b, a * 3, 3 * b, "-" * 10)
print(repr("ab" * 0), repr("ab" * -2), repr("" * 5), len("xy" * 100))
s = ""
for i in range(5):
    s += str(i)
    s = s + ","
print(s, len(s))
line = "=" * 5 + "[" + a.upper() + "]" + "=" * 5
print(line)
parts = ""
word = "na"
count = 0
while count < 4:
    parts = parts + word
    count += 1
print(parts + " batman")
