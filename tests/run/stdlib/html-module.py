# html: escape (with and without quote) and unescape of named references
# (HTML5 table, with and without ';', longest-prefix rule), decimal and hex
# references (invalid ones replaced or dropped as HTML5 says), and the
# html.entities tables.
import html
from html import entities
import html.entities

print(html.escape("<a href=\"x\">Tom & 'Jerry'</a>"))
print(html.escape("<a href=\"x\">Tom & 'Jerry'</a>", quote=False))
print(html.escape(""))
for s in ["&lt;p&gt;Hello &amp; &quot;world&quot; &#39;x&#x27;</p>",
          "no references here", "&copy; 2024 &COPY &copy", "&notit; &notin; &not",
          "&amp &ampx &amp;x &unknown; & &; &#; &#x;",
          "&#65;&#x42;&#X43;&#0;&#13;&#128;&#150;&#x81;",
          "&#xD800;&#1114112;&#99999999999;&#1;&#xb;&#xfffe;&#x1F600;",
          "&Aacute;&aacute;&Afr;&NotNestedGreaterGreater;&nbsp;&thinsp;&zwj;",
          "&lt&gt&amp&quot", "a&b;c &abcdefghijklmnopqrstuvwxyzabcdefgh;"]:
    print(ascii(html.unescape(s)))
print(len(entities.html5), len(entities.name2codepoint), len(entities.codepoint2name))
print(entities.name2codepoint["eacute"], entities.codepoint2name[233], ascii(entities.entitydefs["eacute"]))
print(ascii(html.entities.html5["amp;"]), ascii(html.entities.html5["gt"]))
print(html.unescape(html.escape("x < y && y > 'z' \"q\"")))
