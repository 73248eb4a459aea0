# case methods and is* predicates over ASCII, Latin-1, Greek, German sharp s, titlecase digraphs, digits
inputs = ['', 'hello world', 'Hello World', 'HELLO', 'hELLO wORLD', "they're bill's friends", 'straße', 'ǅungla ǉ',
          'ΣΊΣΥΦΟΣ', 'ὈΔΥΣΣΕΎΣ', 'ﬁle', 'i̇stanbul', '123abc', 'a1b2', 'αβγ', 'ÀÉÎ', '  ', '\t', '٣٤', '½', '²', 'Ⅻ',
          'abc_def', 'is_ident', '1abc', 'class', '_', 'ab cd', 'Hello\nWorld', '\x00', 'ǈ', 'A.B', 'x\u0301']
for s in inputs:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
    print('  ', [s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.islower(),
                 s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()])
