# xml.etree.ElementTree basics: building with Element/SubElement, attributes, text/tail, tostring in every encoding (escaping, ASCII character references, declarations, short empty elements), fromstring with entities, CDATA, comments and namespaces, find/findall/findtext/iter/itertext with simple paths, ElementTree.write, indent, ParseError positions.
import io
import xml.etree.ElementTree as ET

root = ET.Element("catalog", {"version": "2"}, lang="en")
for i, (title, price) in enumerate([("Dune", "9.99"), ("Emma & Co", "5.00"), ("Ça <va>", "12.5")]):
    book = ET.SubElement(root, "book", id=str(i))
    ET.SubElement(book, "title").text = title
    p = ET.SubElement(book, "price", currency="EUR" if i else "USD")
    p.text = price
    p.tail = "\n"
ET.SubElement(root, "empty")
print(ET.tostring(root))
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root, encoding="utf-8")[:60])
print(ET.tostring(root[2], encoding="latin-1"))
print(ET.tostring(root, encoding="unicode", xml_declaration=True)[:50])
print(ET.tostring(root.find("empty"), encoding="unicode", short_empty_elements=False))
print(len(root), root[0].tag, root[0].attrib, root.get("lang"), root.get("nope", "-"), sorted(root.keys()), list(root.items()))
print([b.get("id") for b in root.findall("book")], root.find("book/title").text, root.findtext("book/price"), root.findtext("missing", "dflt"))
print([e.tag for e in root.iter()][:6], [t.text for t in root.iter("title")], len(list(root.iter("*"))))
print(root.find(".//price[@currency='EUR']").text, [b.get("id") for b in root.findall("book[@id]")], root.find("book[2]").get("id"))
print([b.get("id") for b in root.findall("./book[title='Dune']")], root.find("book[last()]").get("id"), root.findall(".//book/..")[0].tag)
print(repr(root.find("nothing")), [e.tag for e in root.findall("*")], "".join(root[1].itertext()))
second = root[1]
root.remove(second)
root.insert(0, second)
print([b.get("id") for b in root.findall("book")])
root.extend([ET.Element("x"), ET.Element("y")])
del root[-1]
print([c.tag for c in root], ET.iselement(root), ET.iselement("s"))
try:
    root.append("text")
except TypeError as e:
    print("TypeError:", e)

doc = """<?xml version="1.0"?>
<!-- a comment -->
<!DOCTYPE note>
<note date='2024-01-02' xmlns:h="http://example.com/h">
  <to>Tove</to>
  <from>Jani &amp; co &#65;&#x42; &lt;3</from>
  <body><![CDATA[<b>bold</b> & raw]]> tail text</body>
  <h:table h:border="1"><h:tr/></h:table>
  <empty/>
</note>"""
note = ET.fromstring(doc)
print(note.tag, note.attrib, repr(note.text), [c.tag for c in note])
print(note.findtext("from"), "|", note.find("body").text, "|", note.find("body").tail == "\n  ")
print(note.find("{http://example.com/h}table").attrib, note.find("h:table/h:tr", {"h": "http://example.com/h"}).tag)
print(ET.tostring(note, encoding="unicode"))
print(ET.tostring(ET.fromstring('<r xmlns="urn:default"><a/></r>')))
ET.register_namespace("ex", "urn:example")
print(ET.tostring(ET.fromstring('<r xmlns="urn:example"><a b="c"/></r>')))
print(ET.tostring(ET.XML(b"<r>caf\xc3\xa9</r>"), encoding="unicode"))

tree = ET.ElementTree(ET.fromstring("<a><b><c>1</c></b><b/></a>"))
ET.indent(tree)
buf = io.BytesIO()
tree.write(buf)
print(buf.getvalue().decode())
sbuf = io.StringIO()
tree.write(sbuf, encoding="unicode", xml_declaration=True)
print(sbuf.getvalue())
print(tree.getroot().tag, len(tree.findall(".//b")), tree.find("b/c").text)
ET.dump(ET.fromstring("<d k='v'>x</d>"))
for bad in ["<a><b></a>", "", "<a>&foo;</a>", "<a></a><b/>", "<a x='1' x='2'/>", "<a", "text", "<a><b>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print("ParseError:", e, e.position, e.code)
r = ET.Element("r")
for call in (lambda: r.insert(0, "s"), lambda: r.extend(["s"]), lambda: r.__setitem__(0, "s"), lambda: r.__setitem__(slice(0, 1), ["s"]),
             lambda: ET.Element("a", 5), lambda: r.remove(ET.Element("q")), lambda: r.remove(3)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
r.append(ET.Element("c"))
r[0] = ET.Element("d")
print([c.tag for c in r], repr(r).startswith("<Element 'r' at 0x"), ET.tostring(ET.Comment("note")), len(ET.fromstring("<a>t<b/>u</a>")))
