# The program's own `string`, found before the standard library's.
ascii_letters = "mine"


def capwords(text):
    return text.upper()
