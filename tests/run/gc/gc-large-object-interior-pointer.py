# A large string reached only through an interior pointer held by a native
# method (splitlines copying out of it while it allocates the pieces) stays
# alive: large objects live outside the small-object pages, possibly between
# their chunks, and the conservative scan must still find them.
def count(text):
    total = 0
    for line in text.splitlines():
        total += len(line.split())
    return total


def main(n):
    text = "ab cd\n" * n
    total = count(text)
    print(len(text), total)


for n in (1000, 100000, 300000):
    main(n)
