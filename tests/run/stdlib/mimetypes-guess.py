# mimetypes: guess_type of names and URLs (case, suffix rewriting like .tgz,
# encodings, data: URLs, strict and common types), extensions of a type,
# add_type, a MimeTypes table read from a mime.types file with comments,
# read_mime_types, and init with extra files. The types checked are those
# the system's mime.types files agree on with the built-in tables.
import mimetypes
import os
import tempfile

names = [
    "index.html", "INDEX.HTM", "notes.txt", "photo.PNG", "data.json", "style.css",
    "archive.tar.gz", "archive.tgz", "pic.svgz", "a.b.c.csv", "noext", ".bashrc",
    "dir.d/file", "http://example.com/page.html?q=1", "doc.pdf", "sheet.tar.bz2",
    "data:text/csv;charset=utf-8,a,b", "data:,plain", "data:nocomma", "DATA:image/png,xx",
]
for name in names:
    print(name, mimetypes.guess_type(name))
print(mimetypes.guess_type("image.jpg"), mimetypes.guess_type("image.pict", strict=False))
print(mimetypes.guess_type("image.pict"), mimetypes.guess_type("page.xul", strict=False))
print(mimetypes.guess_extension("text/csv"), mimetypes.guess_extension("application/x-unknown"))
print(mimetypes.guess_extension("TEXT/CSV"), "image/pict" in mimetypes.common_types.values())
print(".txt" in mimetypes.guess_all_extensions("text/plain"))
print(mimetypes.guess_all_extensions("image/pict"), mimetypes.guess_all_extensions("image/pict", strict=False))
mimetypes.add_type("application/x-typhon", ".tyx")
print(mimetypes.guess_type("prog.tyx"), mimetypes.guess_extension("application/x-typhon"))
mimetypes.add_type("text/x-odd", ".zzodd", strict=False)
print(mimetypes.guess_type("f.zzodd"), mimetypes.guess_type("f.zzodd", strict=False))
print(mimetypes.inited, mimetypes.types_map[".tyx"], mimetypes.suffix_map[".tgz"])
print(mimetypes.encodings_map[".gz"], mimetypes.guess_type(os.path.join("a", "b.py")))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "my.types")
    with open(path, "w") as f:
        f.write("# a comment line\n\napplication/x-mine  mine mn  # trailing\ntext/x-other oth\n")
    db = mimetypes.MimeTypes([path])
    print(db.guess_type("x.mine"), db.guess_type("x.MN"), db.guess_type("y.oth"))
    print(db.guess_all_extensions("application/x-mine"), db.guess_type("q.tyx"))
    loose = mimetypes.MimeTypes([path], strict=False)
    print(loose.guess_type("x.mine"), loose.guess_type("x.mine", strict=False))
    table = mimetypes.read_mime_types(path)
    print(table[".mine"], table[".oth"], table[".html"], ".zzodd" in table)
    print(mimetypes.read_mime_types(os.path.join(tmp, "missing")))
    mimetypes.init([path])
    print(mimetypes.guess_type("z.mine"), mimetypes.guess_type("prog.tyx"))
    mimetypes.init()
    print(mimetypes.guess_type("z.mine"), mimetypes.guess_type("prog.tyx"))
