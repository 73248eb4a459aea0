# linecache: getline/getlines from files on disk, the cache, checkcache after a change, missing files and pseudo-files, the program's own source
import linecache
import os
import tempfile

print(repr(linecache.getline(__file__, 1)))
print(len(linecache.getlines(__file__)) > 10, __file__ in linecache.cache)

folder = tempfile.mkdtemp()
path = os.path.join(folder, "data.txt")
with open(path, "w") as f:
    f.write("alpha\nbeta\r\ngamma\rdelta\x0cstill delta\nlast without newline")
print(linecache.getlines(path))
print(repr(linecache.getline(path, 2)), repr(linecache.getline(path, 6)), repr(linecache.getline(path, 0)), repr(linecache.getline(path, -1)))
size, mtime, lines, full = linecache.cache[path]
print(size, full == path, len(lines))
with open(path, "w") as f:
    f.write("rewritten\n")
print(repr(linecache.getline(path, 1)), "(cached)")
os.utime(path, (0, 12345))
linecache.checkcache(path)
print(path in linecache.cache, repr(linecache.getline(path, 1)))
os.remove(path)
linecache.checkcache()
print(path in linecache.cache, linecache.getlines(path), path in linecache.cache)
print(linecache.getlines("<stdin>"), linecache.getline("", 1) == "", linecache.getlines("/no/such/file.py"))
with open(path, "wb") as f:
    f.write(b"\xef\xbb\xbfbom line\nnext\n")
print(linecache.getlines(path))
with open(path, "wb") as f:
    f.write(b"bad \xff bytes\n")
print(linecache.updatecache(path), path in linecache.cache)
print(linecache.lazycache(__file__, globals()), linecache.lazycache("<x>", None))
linecache.clearcache()
print(linecache.cache, sorted(linecache.__all__))
os.remove(path)
os.rmdir(folder)
