# A bytearray from the constructor and repetition: indexing and
# enumerate give int items, so truth tests are native.
def marked(n):
    flags = bytearray([1]) * n
    flags[0] = 0
    if flags[1]:
        return [i for i, flag in enumerate(flags) if flag]
    return []


print(marked(4))
