# csv: writer quoting rules (minimal, all, nonnumeric, none with escapechar),
# reader state machine (quoted fields, embedded newlines, doubled quotes,
# skipinitialspace, nonnumeric), DictReader/DictWriter, dialects, errors.
import csv
import io

buf = io.StringIO()
w = csv.writer(buf)
print(w.writerow(["name", "qty", "note"]))
w.writerow(["apple", 3, "red, round"])
w.writerow(["quote", 1.5, 'say "hi"'])
w.writerow(["multi", None, "line1\nline2"])
w.writerow([""])
w.writerow([])
w.writerow([" lead", "", True])
w.writerows([[1, 2], [3, 4]])
print(repr(buf.getvalue()))

for quoting in [csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]:
    b = io.StringIO()
    csv.writer(b, quoting=quoting, lineterminator="\n").writerow(["a", 1, 2.5, None, True, "b c"])
    print(repr(b.getvalue()))
b = io.StringIO()
wn = csv.writer(b, quoting=csv.QUOTE_NONE, escapechar="\\", delimiter=";")
wn.writerow(["a;b", 'q"', "plain"])
print(repr(b.getvalue()))
b = io.StringIO()
csv.writer(b, doublequote=False, escapechar="\\").writerow(['x"y', "z"])
print(repr(b.getvalue()))

text = 'id,name,comment\r\n1,Ann,"likes ""quotes"""\r\n2,Bob,"two\r\nlines"\r\n\r\n3,"Cy, Jr.",plain\r\n4,,\r\n'
r = csv.reader(io.StringIO(text, newline=""))
for row in r:
    print(r.line_num, row)
print(list(csv.reader(["a, b,  c", "d,e"], skipinitialspace=True)))
print(list(csv.reader(['1,"x",2.5', "3,4,5"], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["a\tb\tc"], dialect="excel-tab")), list(csv.reader(["a|b|'c|d'"], delimiter="|", quotechar="'")))
print(list(csv.reader(['"unterminated', "still going"])), list(csv.reader(['a,"b"c,d'])))
print(list(csv.reader(["x\\,y,z"], escapechar="\\")))

data = "city,pop,country\nParis,2100000,FR\nLyon,516000\nNice,342000,FR,extra\n"
dr = csv.DictReader(io.StringIO(data))
print(dr.fieldnames)
for row in dr:
    print(row)
for row in csv.DictReader(io.StringIO("1;2\n3;4\n"), fieldnames=["a", "b"], delimiter=";", restkey="rest", restval="?"):
    print(row)

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name", "score"], lineterminator="\n")
dw.writeheader()
dw.writerow({"id": 1, "name": "Ann", "score": 9.5})
dw.writerows([{"id": 2, "name": "Bob"}, {"name": "Cy", "id": 3, "score": 7}])
print(out.getvalue(), end="")
try:
    dw.writerow({"id": 4, "bogus": 1})
except ValueError as e:
    print("ValueError", e)
csv.DictWriter(out, ["a"], extrasaction="ignore").writerow({"a": 1, "b": 2})

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
print(sorted(csv.list_dialects()), csv.get_dialect("pipes").delimiter, csv.get_dialect("excel").lineterminator == "\r\n")
b = io.StringIO()
csv.writer(b, "pipes").writerow(["a", "b"])
print(repr(b.getvalue()), list(csv.reader(['"a"|"b"'], "pipes")))
csv.unregister_dialect("pipes")

for bad in [lambda: csv.writer(io.StringIO()).writerow(1), lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
            lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]), lambda: csv.get_dialect("nope"),
            lambda: list(csv.reader(['a,"b"c'], strict=True)), lambda: list(csv.reader(["a\rb"])),
            lambda: csv.reader([], delimiter="::"), lambda: csv.reader([], quoting=7)]:
    try:
        bad()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)
print(list(csv.reader(["a\0b"])), csv.Error.__module__, csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
