# html.parser: HTMLParser's callbacks (start/end/startend tags with
# attributes, data, comments, doctype, processing instructions, CDATA marked
# sections), convert_charrefs on and off (entityref/charref callbacks),
# script/style content kept raw, getpos, get_starttag_text, feeding in
# pieces, close, reset and malformed markup.
from html.parser import HTMLParser
import _markupbase


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs, self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(("end", tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_data(self, data):
        self.events.append(("data", data))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def handle_entityref(self, name):
        self.events.append(("entityref", name))

    def handle_charref(self, name):
        self.events.append(("charref", name))

    def unknown_decl(self, data):
        self.events.append(("unknown_decl", data))


def show(source, **kw):
    p = Recorder(**kw)
    p.feed(source)
    p.close()
    print(repr(source)[:60])
    for e in p.events:
        print("   ", e)


DOC = """<!DOCTYPE html>
<html lang="en">
<head><title>Test &amp; more</title>
<meta charset=utf-8 /><link rel='stylesheet' href="a.css">
</head>
<body class="main  wide" data-x=1 hidden>
<!-- a comment -->
<p id=p1>Hello, <b>world</b>&nbsp;&copy; &#169; &#xA9; &bogus; 5 &lt 6</p>
<br/><img src="x.png" alt="A &quot;q&quot;"/>
<?xml version="1.0"?>
<![CDATA[raw <stuff>]]>
</body>
</html>
"""
show(DOC)
show(DOC, convert_charrefs=False)

# script and style content is not parsed.
show("<script>if (a < b && c > d) { x = '</p>'; }</script><p>after</p>")
show("<style>p > a { color: red }</STYLE ><p>x</p>")
show("<script type='text/javascript'>var s = '<!-- no -->';</script>")
show("<SCRIPT>a</script>b", convert_charrefs=False)

# attributes: case, duplicates, no value, empty, unquoted, entities.
show('<A HREF="X" Title=\'T\' disabled x= y=""  z = 5 w="a&amp;b&#65;">')
show('<input value="a > b" checked/>')
show("<div a=1 b='2' c=\"3\" d>x</div >")
show("<p/ >")

# malformed or odd markup.
show("a < b > c")
show("<>< p>x</ p></>end")
show("<!bogus comment><!-->--><!--x--!><!---->")
show("</p foo='bar'>text")
show("<p <b>x</p>")
show("&#bad; &#; &x &amp; x & y", convert_charrefs=False)
show("<?php echo 1; ?>")
show("<![if !IE]>hi<![endif]>")
show("<![CDATA[x]]>", convert_charrefs=False)
show("tail <b")
show("tail <!-- open")
show("&amp", convert_charrefs=False)
show("x &am")

# feeding in pieces gives the same events; data may be split.
pieces = ["<di", "v cl", "ass='a'>te", "xt &am", "p; more</d", "iv><!-", "- c -", "->"]
p = Recorder()
for piece in pieces:
    p.feed(piece)
    print("after", repr(piece), p.getpos(), len(p.events))
p.close()
for e in p.events:
    print("   ", e)

p = Recorder(convert_charrefs=False)
for ch in "<a href='x'>a&amp;b&#65;</a>":
    p.feed(ch)
p.close()
print(p.events)


# get_starttag_text, lasttag, getpos across lines.
class Texts(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("start", tag, repr(self.get_starttag_text()), self.getpos())

    def handle_endtag(self, tag):
        print("end", tag, self.getpos(), self.lasttag)


t = Texts()
print(t.get_starttag_text(), t.lasttag, t.getpos())
t.feed('<a\n  href="x"\n>line1\nline2</a>\n\n  <b class=y>z</b>')
t.close()
print(t.getpos())
t.reset()
print(t.getpos(), t.rawdata == "", t.cdata_elem)


# the default handlers ignore everything; handle_startendtag calls the
# start and end handlers.
class Plain(HTMLParser):
    pass


q = Plain()
q.feed("<p>text<br/>&amp;</p><!-- c -->")
q.close()
print("plain ok", q.getpos())


class Both(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("start", tag, attrs)

    def handle_endtag(self, tag):
        print("end", tag)


Both().feed("<br/><img src=a />")


# collecting links and text, the common use.
class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs).get("href"))

    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())


ln = Links()
ln.feed('<ul><li><a href="/one">One</a></li><li><a href="/two?a=1&amp;b=2">Two</a>'
        '</li><li><a name="x">none</a></li></ul>')
ln.close()
print(ln.links, ln.text)

print(isinstance(ln, _markupbase.ParserBase), HTMLParser.CDATA_CONTENT_ELEMENTS)
print(ln.convert_charrefs, Recorder(convert_charrefs=False).convert_charrefs)
try:
    HTMLParser(False)
except TypeError as e:
    print("TypeError", e)
try:
    Recorder().feed("<![foo[x]]>")
except AssertionError as e:
    print("AssertionError", e)
try:
    _markupbase.ParserBase()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    Recorder().feed(b"<p>")
except TypeError as e:
    print("TypeError", e)
