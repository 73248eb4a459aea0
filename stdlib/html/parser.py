"""html.parser: `HTMLParser`, CPython's tolerant HTML tokenizer, calling
`handle_*` methods for tags, text, comments, declarations, processing
instructions and (without `convert_charrefs`) character references."""

import re
import _markupbase
from html import unescape

__all__ = ['HTMLParser']

# The patterns define what the parser accepts, so they are CPython's.
_text_stop = re.compile('[&<]')
_partial_ref = re.compile('&[a-zA-Z#]')
_entity_ref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_char_ref = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_tag_open = re.compile('<[a-zA-Z]')
_ref_end = re.compile(r'[\s;]')
_tag_name = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
_attribute = re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*'
    r'(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')
_start_tag_body = re.compile(
    r'<[a-zA-Z][^\t\n\r\f />\x00]*'
    r'(?:[\s/]*'
    r'(?:(?<=[\'"\s/])[^\s/>][^\s/=>]*'
    r'(?:\s*=+\s*'
    r'(?:\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*)'
    r'\s*)?(?:\s|/(?!>))*'
    r')*'
    r')?'
    r'\s*')
_end_tag = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
# Characters after a start tag's body that mean more of it may follow.
_tag_may_continue = ("abcdefghijklmnopqrstuvwxyz=/"
                     "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


class HTMLParser(_markupbase.ParserBase):
    """Find tags and other markup and call handler functions.

    Usage:
        p = HTMLParser()
        p.feed(data)
        ...
        p.close()
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Reset this instance.  Loses all unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _text_stop
        self.cdata_elem = None
        self._starttag_text = None
        _markupbase.ParserBase.reset(self)

    def feed(self, data):
        """Feed data to the parser, as often and as much as you want."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Handle any buffered data."""
        self.goahead(1)

    def get_starttag_text(self):
        """Return full source of start tag: '<...>'."""
        return self._starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _text_stop
        self.cdata_elem = None

    def _text(self, text):
        # Text between markup, its references converted when asked.
        if self.convert_charrefs and not self.cdata_elem:
            self.handle_data(unescape(text))
        else:
            self.handle_data(text)

    def goahead(self, end):
        # Handles what rawdata holds; keeps what may be an unfinished
        # construct unless `end`, when everything left is handled.
        text = self.rawdata
        i = 0
        n = len(text)
        while i < n:
            if self.convert_charrefs and not self.cdata_elem:
                j = text.find('<', i)
                if j < 0:
                    # A reference at the end may go on in the next feed.
                    amp = text.rfind('&', max(i, n - 34))
                    if amp >= 0 and not _ref_end.search(text, amp):
                        break
                    j = n
            else:
                found = self.interesting.search(text, i)
                if found:
                    j = found.start()
                elif self.cdata_elem:
                    break
                else:
                    j = n
            if i < j:
                self._text(text[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if text.startswith('<', i):
                if _tag_open.match(text, i):
                    k = self.parse_starttag(i)
                elif text.startswith("</", i):
                    k = self.parse_endtag(i)
                elif text.startswith("<!--", i):
                    k = self.parse_comment(i)
                elif text.startswith("<?", i):
                    k = self.parse_pi(i)
                elif text.startswith("<!", i):
                    k = self.parse_html_declaration(i)
                elif i + 1 < n:
                    self.handle_data("<")
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    # Unfinished markup at the end is text up to the next
                    # '>' (included) or '<'.
                    k = text.find('>', i + 1)
                    if k >= 0:
                        k += 1
                    else:
                        k = text.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    self._text(text[i:k])
                i = self.updatepos(i, k)
            elif text.startswith("&#", i):
                found = _char_ref.match(text, i)
                if found:
                    self.handle_charref(found.group()[2:-1])
                    k = found.end()
                    if text[k - 1] != ';':
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                if ";" in text[i:]:
                    self.handle_data(text[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif text.startswith('&', i):
                found = _entity_ref.match(text, i)
                if found:
                    self.handle_entityref(found.group(1))
                    k = found.end()
                    if text[k - 1] != ';':
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                found = _partial_ref.match(text, i)
                if found:
                    if end and found.group() == text[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < n:
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("interesting.search() lied")
        if end and i < n and not self.cdata_elem:
            self._text(text[i:n])
            i = self.updatepos(i, n)
        self.rawdata = text[i:]

    def parse_html_declaration(self, i):
        text = self.rawdata
        if text[i:i + 2] != '<!':
            raise AssertionError('unexpected call to parse_html_declaration()')
        if text[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if text[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        if text[i:i + 9].lower() == '<!doctype':
            gt = text.find('>', i + 9)
            if gt < 0:
                return -1
            self.handle_decl(text[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        # `<!x ...>` and `</ ...>`: a comment up to the first '>'.
        text = self.rawdata
        if text[i:i + 2] not in ('<!', '</'):
            raise AssertionError('unexpected call to parse_comment()')
        gt = text.find('>', i + 2)
        if gt < 0:
            return -1
        if report:
            self.handle_comment(text[i + 2:gt])
        return gt + 1

    def parse_pi(self, i):
        text = self.rawdata
        if text[i:i + 2] != '<?':
            raise AssertionError('unexpected call to parse_pi()')
        gt = text.find('>', i + 2)
        if gt < 0:
            return -1
        self.handle_pi(text[i + 2:gt])
        return gt + 1

    def parse_starttag(self, i):
        self._starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        text = self.rawdata
        self._starttag_text = text[i:endpos]
        name = _tag_name.match(text, i + 1)
        k = name.end()
        self.lasttag = tag = name.group(1).lower()
        attrs = []
        while k < endpos:
            m = _attribute.match(text, k)
            if not m:
                break
            attrname, rest, value = m.group(1, 2, 3)
            if not rest:
                value = None
            elif (value[:1] == '\'' == value[-1:]
                  or value[:1] == '"' == value[-1:]):
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((attrname.lower(), value))
            k = m.end()
        tail = text[k:endpos].strip()
        if tail not in (">", "/>"):
            self.handle_data(text[i:endpos])
            return endpos
        if tail.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def check_for_whole_start_tag(self, i):
        # The index after the start tag at i, or -1 when it may go on.
        text = self.rawdata
        j = _start_tag_body.match(text, i).end()
        after = text[j:j + 1]
        if after == ">":
            return j + 1
        if after == "/":
            if text.startswith("/>", j):
                return j + 2
            return -1
        if after == "" or after in _tag_may_continue:
            return -1
        return j if j > i else i + 1

    def parse_endtag(self, i):
        text = self.rawdata
        if text[i:i + 2] != "</":
            raise AssertionError("unexpected call to parse_endtag")
        gt = text.find('>', i + 1)
        if gt < 0:
            return -1
        gtpos = gt + 1
        m = _end_tag.match(text, i)
        if not m:
            if self.cdata_elem is not None:
                self.handle_data(text[i:gtpos])
                return gtpos
            name = _tag_name.match(text, i + 2)
            if not name:
                if text[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i)
            self.handle_endtag(name.group(1).lower())
            return text.find('>', name.end()) + 1
        elem = m.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(text[i:gtpos])
            return gtpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    # Overridable handlers.

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
