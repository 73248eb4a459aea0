"""`xml.etree.ElementTree`: elements, a small non-validating parser
(`fromstring`, `XML`, `parse`) and the serializer (`tostring`,
`ElementTree.write`), with CPython's output byte for byte. The parser is
written here (CPython's uses expat): it reads elements, attributes, text,
the five predefined entities, character references, CDATA sections,
comments, processing instructions and a DOCTYPE without an internal
subset, and expands namespace prefixes to `{uri}name` as expat does;
`find`/`findall`/`findtext`/`iterfind` take the simple paths (`tag`,
`*`, `.`, `..`, `//`, `[@attr]`, `[@attr='value']`, `[tag]`,
`[tag='text']`, `[n]`, `[last()]`)."""

import io as _io
import re as _re

VERSION = "1.3.0"


class ParseError(SyntaxError):
    pass


def iselement(element):
    return hasattr(element, "tag")


class Element:
    """An XML element: `tag`, `attrib` (a dict), `text`, `tail` and a list
    of subelements."""

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s" % type(attrib).__name__)
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []
        self.text = None
        self.tail = None

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def copy(self):
        clone = self.makeelement(self.tag, self.attrib)
        clone.text = self.text
        clone.tail = self.tail
        clone[:] = self
        return clone

    def __copy__(self):
        return self.copy()

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        # CPython 3.11 warns here (FutureWarning) and answers by length.
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            for item in element:
                _expect_element(item)
        else:
            if not -len(self._children) <= index < len(self._children):
                raise IndexError("child assignment index out of range")
            _expect_element(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def __iter__(self):
        return iter(self._children)

    def append(self, subelement):
        _check_argument("append() argument", subelement)
        self._children.append(subelement)

    def extend(self, elements):
        for element in elements:
            _expect_element(element)
            self._children.append(element)

    def insert(self, index, subelement):
        _check_argument("insert() argument 2", subelement)
        self._children.insert(index, subelement)

    def remove(self, subelement):
        _check_argument("remove() argument", subelement)
        for position, child in enumerate(self._children):
            if child is subelement or child == subelement:
                del self._children[position]
                return
        raise ValueError("list.remove(x): x not in list")

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for child in self._children:
            yield from child.iter(tag)

    def itertext(self):
        if not isinstance(self.tag, str) and self.tag is not None:
            return
        if self.text:
            yield self.text
        for child in self._children:
            yield from child.itertext()
            if child.tail:
                yield child.tail

    def find(self, path, namespaces=None):
        for element in self.iterfind(path, namespaces):
            return element
        return None

    def findall(self, path, namespaces=None):
        return list(self.iterfind(path, namespaces))

    def findtext(self, path, default=None, namespaces=None):
        element = self.find(path, namespaces)
        if element is None:
            return default
        return element.text or ""

    def iterfind(self, path, namespaces=None):
        return _find_path(self, path, namespaces)


def _check_argument(what, element):
    # The messages of CPython's C Element.
    if not isinstance(element, Element):
        raise TypeError("%s must be xml.etree.ElementTree.Element, not %s"
                        % (what, type(element).__name__))


def _expect_element(element):
    if not isinstance(element, Element):
        raise TypeError('expected an Element, not "%s"' % type(element).__name__)


def SubElement(parent, tag, attrib={}, **extra):
    element = parent.makeelement(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


# --- paths -----------------------------------------------------------------

_STEP = _re.compile(r"\.\.|//|/|\.|\*|\[[^\]]*\]|\{[^}]*\}[^/\[\]]*|[^/\[\]]+")
_PREDICATE = _re.compile(
    r"""^\[(?:@([\w:{}.-]+)(?:\s*(!?=)\s*(?:'([^']*)'|"([^"]*)"))?"""
    r"""|(-?\d+)|last\(\)(?:\s*-\s*(\d+))?"""
    r"""|([\w:{}.*-]+|\.)(?:\s*(!?=)\s*(?:'([^']*)'|"([^"]*)"))?)\]$""")


def _qualify(tag, namespaces):
    if tag[:1] == "{" or ":" not in tag:
        if namespaces and "" in namespaces and tag[:1] != "{" and tag not in ("*", ".", ".."):
            return "{%s}%s" % (namespaces[""], tag)
        return tag
    prefix, local = tag.split(":", 1)
    try:
        return "{%s}%s" % (namespaces[prefix], local)
    except (KeyError, TypeError):
        raise SyntaxError("prefix %r not found in prefix map" % prefix) from None


def _tag_matches(element, tag):
    if tag == "*":
        return isinstance(element.tag, str)
    if tag == "{*}*":
        return isinstance(element.tag, str)
    if tag.startswith("{*}"):
        return isinstance(element.tag, str) and (
            element.tag == tag[3:] or element.tag.endswith("}" + tag[3:]))
    return element.tag == tag


def _parents(root):
    return {child: parent for parent in root.iter() for child in parent}


def _apply_predicate(elements, predicate, namespaces, root):
    match = _PREDICATE.match(predicate)
    if match is None:
        raise SyntaxError("invalid predicate")
    (attr, attr_op, attr_v1, attr_v2, index, last_minus,
     child, child_op, child_v1, child_v2) = match.groups()
    if attr is not None:
        attr = _qualify(attr, namespaces)
        if attr_op is None:
            return [e for e in elements if e.get(attr) is not None]
        value = attr_v1 if attr_v1 is not None else attr_v2
        if attr_op == "=":
            return [e for e in elements if e.get(attr) == value]
        return [e for e in elements if e.get(attr) != value]
    if index is not None or predicate.startswith("[last()"):
        parents = _parents(root)
        result = []
        for element in elements:
            parent = parents.get(element)
            if parent is None:
                continue
            siblings = [e for e in parent if e.tag == element.tag]
            if index is not None:
                position = int(index)
                if position < 1:
                    raise SyntaxError("XPath position >= 1 expected")
                position -= 1
            else:
                position = len(siblings) - 1 - int(last_minus or 0)
            if 0 <= position < len(siblings) and siblings[position] is element:
                result.append(element)
        return result
    value = child_v1 if child_v1 is not None else child_v2
    if child == ".":
        if child_op is None:
            raise SyntaxError("invalid predicate")
        text_of = lambda e: "".join(e.itertext())
        if child_op == "=":
            return [e for e in elements if text_of(e) == value]
        return [e for e in elements if text_of(e) != value]
    child = _qualify(child, namespaces)
    result = []
    for element in elements:
        for sub in element:
            if not _tag_matches(sub, child):
                continue
            if child_op is None or (("".join(sub.itertext()) == value) == (child_op == "=")):
                result.append(element)
                break
    return result


def _find_path(element, path, namespaces):
    if path[-1:] == "/":
        raise SyntaxError("cannot use absolute path on element")
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    steps = _STEP.findall(path)
    current = [element]
    descend = False
    seen_first = False
    for step in steps:
        if step == "/":
            continue
        if step == "//":
            descend = True
            continue
        if step.startswith("["):
            current = _apply_predicate(current, step, namespaces, element)
            continue
        if step == ".":
            if descend:
                current = [d for e in current for d in e.iter()]
                descend = False
            seen_first = True
            continue
        if step == "..":
            parents = _parents(element)
            result = []
            for e in current:
                parent = parents.get(e)
                if parent is not None and parent not in result:
                    result.append(parent)
            current = result
            seen_first = True
            continue
        tag = _qualify(step, namespaces)
        result = []
        for e in current:
            if descend:
                candidates = [d for child in e for d in child.iter()]
            else:
                candidates = list(e)
            for c in candidates:
                if _tag_matches(c, tag) and not any(c is r for r in result):
                    result.append(c)
        current = result
        descend = False
        seen_first = True
    if descend:
        raise SyntaxError("cannot use absolute path on element" if not seen_first
                          else "invalid path")
    return iter(current)


# --- serialization -----------------------------------------------------------

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    if _re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for known_uri, known_prefix in list(_namespace_map.items()):
        if known_uri == uri or known_prefix == prefix:
            del _namespace_map[known_uri]
    _namespace_map[uri] = prefix


def _escape_cdata(text):
    if not isinstance(text, str):
        raise TypeError("cannot serialize %r (type %s)" % (text, type(text).__name__))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_attrib(text):
    if not isinstance(text, str):
        raise TypeError("cannot serialize %r (type %s)" % (text, type(text).__name__))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace('"', "&quot;").replace("\r", "&#13;").replace("\n", "&#10;")
    return text.replace("\t", "&#09;")


def _collect_namespaces(root, default_namespace):
    """The prefix of every `{uri}name` tag and attribute key, and each
    qualified name as written."""
    namespaces = {}
    qnames = {None: None}
    if default_namespace:
        namespaces[default_namespace] = ""

    def qualified(name):
        if name[:1] != "{":
            if default_namespace:
                raise ValueError("cannot use non-qualified names with default_namespace option")
            return name
        uri, local = name[1:].split("}", 1)
        prefix = namespaces.get(uri)
        if prefix is None:
            prefix = _namespace_map.get(uri)
            if prefix is None:
                prefix = "ns%d" % len(namespaces)
            if prefix != "xml":
                namespaces[uri] = prefix
        return "%s:%s" % (prefix, local) if prefix else local

    for element in root.iter():
        tag = element.tag
        if isinstance(tag, str):
            if tag not in qnames:
                qnames[tag] = qualified(tag)
        elif tag is not None and tag is not Comment and tag is not ProcessingInstruction:
            raise TypeError("cannot serialize %r (type %s)" % (tag, type(tag).__name__))
        for key in element.keys():
            if key not in qnames:
                qnames[key] = qualified(key)
    return qnames, namespaces


def _write_element(write, element, qnames, namespaces, short_empty_elements):
    tag = element.tag
    text = element.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        name = qnames[tag]
        if name is None:
            if text:
                write(_escape_cdata(text))
            for child in element:
                _write_element(write, child, qnames, None, short_empty_elements)
        else:
            write("<" + name)
            if namespaces:
                for uri, prefix in sorted(namespaces.items(), key=lambda pair: pair[1]):
                    attribute = "xmlns:" + prefix if prefix else "xmlns"
                    write(' %s="%s"' % (attribute, _escape_attrib(uri)))
            for key, value in element.items():
                write(' %s="%s"' % (qnames[key], _escape_attrib(value)))
            if text or len(element) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape_cdata(text))
                for child in element:
                    _write_element(write, child, qnames, None, short_empty_elements)
                write("</" + name + ">")
            else:
                write(" />")
    if element.tail:
        write(_escape_cdata(element.tail))


def _ascii_safe(text):
    return "".join(c if ord(c) < 128 else "&#%d;" % ord(c) for c in text)


class ElementTree:
    """A whole document: its root element."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file is not None:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        if hasattr(source, "read"):
            data = source.read()
        else:
            with open(source, "rb") as f:
                data = f.read()
        self._root = fromstring(data)
        return self._root

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _relative(self, path):
        if path[:1] == "/":
            return "." + path
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._relative(path), namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._relative(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._relative(path), default, namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._relative(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        if method not in (None, "xml"):
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "us-ascii"
        text = _serialize(self._root, encoding, xml_declaration, default_namespace,
                          short_empty_elements)
        if hasattr(file_or_filename, "write"):
            file_or_filename.write(text if encoding.lower() == "unicode"
                                   else text.encode(encoding, "xmlcharrefreplace"))
        elif encoding.lower() == "unicode":
            with open(file_or_filename, "w", encoding="utf-8") as f:
                f.write(text)
        else:
            with open(file_or_filename, "wb") as f:
                f.write(text.encode(encoding, "xmlcharrefreplace"))


def _serialize(element, encoding, xml_declaration, default_namespace, short_empty_elements):
    parts = []
    lowered = encoding.lower()
    if xml_declaration or (xml_declaration is None and lowered not in ("utf-8", "us-ascii", "unicode")):
        declared = "utf-8" if lowered == "unicode" else encoding
        parts.append("<?xml version='1.0' encoding='%s'?>\n" % declared)
    qnames, namespaces = _collect_namespaces(element, default_namespace)
    _write_element(parts.append, element, qnames, namespaces, short_empty_elements)
    text = "".join(parts)
    if lowered in ("us-ascii", "ascii"):
        text = _ascii_safe(text)
    return text


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    if method not in (None, "xml"):
        raise ValueError("unknown method %r" % method)
    encoding = encoding or "us-ascii"
    text = _serialize(element, encoding, xml_declaration, default_namespace,
                      short_empty_elements)
    if encoding.lower() == "unicode":
        return text
    return text.encode(encoding, "xmlcharrefreplace")


def tostringlist(element, encoding=None, method=None, **options):
    return [tostring(element, encoding, method, **options)]


def dump(elem):
    import sys
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError("Initial indentation level must be >= 0, got %d" % level)
    if not len(tree):
        return

    def walk(element, depth):
        inner = "\n" + space * (depth + 1)
        if not element.text or not element.text.strip():
            element.text = inner
        for child in element:
            if len(child):
                walk(child, depth + 1)
            if not child.tail or not child.tail.strip():
                child.tail = inner
        if not child.tail.strip():
            child.tail = "\n" + space * depth

    walk(tree, level)


# --- parsing -------------------------------------------------------------------

_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_NAME = _re.compile(r"[^\s/>=<&\"'!?]+")
_SPACE = _re.compile(r"\s*")
_XML_NS = "http://www.w3.org/XML/1998/namespace"


class _Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.stack = []
        self.scopes = [{"xml": _XML_NS}]
        self.root = None

    def fail(self, message, at=None, code=4):
        at = self.pos if at is None else at
        line = self.text.count("\n", 0, at) + 1
        column = at - (self.text.rfind("\n", 0, at) + 1)
        error = ParseError("%s: line %d, column %d" % (message, line, column))
        error.code = code
        error.position = (line, column)
        raise error

    def expand(self, name, is_attribute, at):
        if ":" in name:
            prefix, local = name.split(":", 1)
            for scope in reversed(self.scopes):
                if prefix in scope:
                    return "{%s}%s" % (scope[prefix], local)
            self.fail("unbound prefix", at, 27)
        if is_attribute:
            return name
        for scope in reversed(self.scopes):
            if "" in scope:
                uri = scope[""]
                return "{%s}%s" % (uri, name) if uri else name
        return name

    def unescape(self, raw, start):
        if "&" not in raw:
            return raw
        out = []
        index = 0
        while True:
            amp = raw.find("&", index)
            if amp < 0:
                out.append(raw[index:])
                return "".join(out)
            out.append(raw[index:amp])
            end = raw.find(";", amp)
            if end < 0:
                self.fail("not well-formed (invalid token)", start + amp, 4)
            name = raw[amp + 1:end]
            if name.startswith("#x") or name.startswith("#X"):
                try:
                    out.append(chr(int(name[2:], 16)))
                except ValueError:
                    self.fail("not well-formed (invalid token)", start + amp, 4)
            elif name.startswith("#"):
                try:
                    out.append(chr(int(name[1:])))
                except ValueError:
                    self.fail("not well-formed (invalid token)", start + amp, 4)
            elif name in _ENTITIES:
                out.append(_ENTITIES[name])
            else:
                self.fail("undefined entity", start + amp, 11)
            index = end + 1

    def add_text(self, text):
        if not text:
            return
        if not self.stack:
            if text.strip():
                self.fail("junk after document element" if self.root is not None
                          else "syntax error", self.pos, 9 if self.root is not None else 2)
            return
        current = self.stack[-1]
        if len(current):
            last = current[-1]
            last.tail = (last.tail or "") + text
        else:
            current.text = (current.text or "") + text

    def parse(self):
        text = self.text
        length = len(text)
        while self.pos < length:
            lt = text.find("<", self.pos)
            if lt < 0:
                raw = text[self.pos:]
                self.add_text(self.unescape(raw, self.pos))
                self.pos = length
                break
            if lt > self.pos:
                raw = text[self.pos:lt]
                start = self.pos
                self.pos = lt
                if not self.stack and raw.strip():
                    self.pos = start + (len(raw) - len(raw.lstrip()))
                self.add_text(self.unescape(raw, start))
                self.pos = lt
            if text.startswith("<!--", lt):
                end = text.find("-->", lt + 4)
                if end < 0:
                    self.fail("unclosed token", lt, 5)
                self.pos = end + 3
            elif text.startswith("<![CDATA[", lt):
                end = text.find("]]>", lt + 9)
                if end < 0:
                    self.fail("unclosed CDATA section", lt, 20)
                if not self.stack:
                    self.fail("syntax error", lt, 2)
                self.add_text(text[lt + 9:end])
                self.pos = end + 3
            elif text.startswith("<?", lt):
                end = text.find("?>", lt + 2)
                if end < 0:
                    self.fail("unclosed token", lt, 5)
                self.pos = end + 2
            elif text.startswith("<!", lt):
                end = text.find(">", lt + 2)
                if end < 0 or "[" in text[lt:end]:
                    self.fail("unclosed token", lt, 5)
                self.pos = end + 1
            elif text.startswith("</", lt):
                self.end_tag(lt)
            else:
                self.start_tag(lt)
        if self.stack:
            self.fail("no element found", length, 3)
        if self.root is None:
            self.fail("no element found", length, 3)
        return self.root

    def start_tag(self, lt):
        text = self.text
        if self.root is not None and not self.stack:
            self.fail("junk after document element", lt, 9)
        match = _NAME.match(text, lt + 1)
        if match is None:
            self.fail("not well-formed (invalid token)", lt + 1, 4)
        name = match.group()
        pos = match.end()
        raw_attrs = []
        while True:
            space = _SPACE.match(text, pos)
            pos = space.end()
            if pos >= len(text):
                self.fail("unclosed token", lt, 5)
            if text.startswith("/>", pos):
                closed = True
                pos += 2
                break
            if text[pos] == ">":
                closed = False
                pos += 1
                break
            if space.start() == space.end():
                self.fail("not well-formed (invalid token)", pos, 4)
            attr = _NAME.match(text, pos)
            if attr is None:
                self.fail("not well-formed (invalid token)", pos, 4)
            pos = _SPACE.match(text, attr.end()).end()
            if not text.startswith("=", pos):
                self.fail("not well-formed (invalid token)", pos, 4)
            pos = _SPACE.match(text, pos + 1).end()
            quote = text[pos:pos + 1]
            if quote not in ("'", '"'):
                self.fail("not well-formed (invalid token)", pos, 4)
            end = text.find(quote, pos + 1)
            if end < 0:
                self.fail("unclosed token", lt, 5)
            value = text[pos + 1:end]
            if "<" in value:
                self.fail("not well-formed (invalid token)", pos + 1 + value.index("<"), 4)
            value = self.unescape(value, pos + 1)
            value = value.replace("\r\n", " ").replace("\n", " ").replace("\t", " ")
            raw_attrs.append((attr.group(), value, attr.start()))
            pos = end + 1
        scope = {}
        for key, value, at in raw_attrs:
            if key == "xmlns":
                scope[""] = value
            elif key.startswith("xmlns:"):
                scope[key[6:]] = value
        self.scopes.append(scope)
        attrib = {}
        for key, value, at in raw_attrs:
            if key == "xmlns" or key.startswith("xmlns:"):
                continue
            expanded = self.expand(key, True, at)
            if expanded in attrib:
                self.fail("duplicate attribute", at, 8)
            attrib[expanded] = value
        element = Element(self.expand(name, False, lt + 1), attrib)
        if self.stack:
            self.stack[-1].append(element)
        else:
            self.root = element
        self.pos = pos
        if closed:
            self.scopes.pop()
        else:
            self.stack.append(element)
            element._raw_name = name

    def end_tag(self, lt):
        text = self.text
        match = _NAME.match(text, lt + 2)
        if match is None:
            self.fail("not well-formed (invalid token)", lt + 2, 4)
        pos = _SPACE.match(text, match.end()).end()
        if not text.startswith(">", pos):
            self.fail("not well-formed (invalid token)", pos, 4)
        if not self.stack:
            self.fail("junk after document element" if self.root is not None
                      else "not well-formed (invalid token)", lt, 9)
        element = self.stack[-1]
        if element._raw_name != match.group():
            self.fail("mismatched tag", lt + 2, 7)
        del element._raw_name
        self.stack.pop()
        self.scopes.pop()
        self.pos = pos + 1


def _text_of(source):
    if isinstance(source, (bytes, bytearray)):
        return bytes(source).decode("utf-8")
    return source


def fromstring(text, parser=None):
    data = _text_of(text)
    data = data.replace("\r\n", "\n").replace("\r", "\n")
    return _Parser(data).parse()


XML = fromstring


def fromstringlist(sequence, parser=None):
    parts = [_text_of(part) for part in sequence]
    return fromstring("".join(parts))


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree
