# OSError(errno, strerror[, filename]) picks the subclass for the errno and keeps the file name out of args
for code in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 999]:
    e = OSError(code, 'msg')
    print(code, type(e).__name__, e, repr(e), e.errno, e.strerror, e.filename)
e = OSError(2, 'No such file or directory', 'x.txt')
print(type(e).__name__, e, repr(e), e.args, e.filename)
e = FileNotFoundError(2, 'gone', None)
print(e, e.args, e.filename)
e = OSError('just a message')
print(type(e).__name__, e, e.args, e.errno)
e = PermissionError(13, 'denied', 'f')
print(type(e).__name__, e, e.args)
try:
    raise OSError(17, 'File exists', 'dir')
except FileExistsError as exc:
    print('caught', exc)
class MyOSError(OSError):
    pass
print(type(MyOSError(2, 'x')).__name__, MyOSError(2, 'x', 'y').args)
