# Checks that an attribute operation spanning lines (a method call, an
# attribute store) is reported on the line of the attribute name, as
# CPython 3.11 does, not on the line where the expression starts.
def lookup(text):
    return (text
            .index("z"))


def main():
    try:
        lookup("abc")
    except ValueError:
        settings = None
        (settings
         .verbose) = True


main()
