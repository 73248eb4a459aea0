# Checks implicit exception chaining: an error raised while handling another
# prints both tracebacks joined by "During handling ...".
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return table["default"] / 0


lookup({"default": 1}, "missing")
