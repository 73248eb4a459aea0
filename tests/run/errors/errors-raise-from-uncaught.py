# Checks `raise X from Y` left uncaught: the last stderr line is X.
def convert(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("cannot convert " + repr(text)) from e
print(convert("12"))
print(convert("twelve"))
