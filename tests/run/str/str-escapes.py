# Checks escape sequences in string literals, their lengths, and how repr()
# picks quotes and escapes special characters.
s = "tab\there\nnew line"
print(s)
print(len("\n"), len("\\"), len("\x41\u00e9\t"), "\x41\u00e9\N{BULLET}")
print(repr(s), repr("back\\slash"), repr("\r\x00\x7f"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr(''))
print('single', "double", '''triple
quoted''', """also "triple" quoted""")
print(r"raw \n string", len(r"\n"), "a" "b" "c")
print(repr("\u00e9\u4e2d\U0001F600"), repr("\x1b[0m"), repr("\u200b"))
print("quote: \"", 'apostrophe: \'', "mixed: \'\"")
