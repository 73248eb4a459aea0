# A large string stays alive while the heap grows past it: large objects come
# from the system allocator, which can place them between the chunks of
# small-object pages, and the conservative scan must still find them there
# (it once freed `text` below, reached only from the caller's frame and an
# interior pointer inside splitlines, and crashed).
# gc-stress: off
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
