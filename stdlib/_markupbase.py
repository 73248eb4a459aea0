"""_markupbase: `ParserBase`, the position keeping and the comment and
marked-section scanners that `html.parser.HTMLParser` builds on."""

import re as _re

_name_at = _re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*').match
_comment_end = _re.compile(r'--\s*>')
# `<![CDATA[...]]>` and the other SGML keywords end at `]]>`; Microsoft
# Office's conditional sections (`<![if ...]>`) end at `]>`.
_section_end = _re.compile(r']\s*]\s*>')
_office_section_end = _re.compile(r']\s*>')
_sgml_keywords = ("temp", "cdata", "ignore", "include", "rcdata")
_office_keywords = ("if", "else", "endif")


class ParserBase:
    """Common support of the HTML parsers: line and column tracking
    (`getpos`), comments and marked sections."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        # Moves the position over rawdata[i:j] and returns j.
        if i >= j:
            return j
        text = self.rawdata
        newlines = text.count("\n", i, j)
        if newlines:
            self.lineno = self.lineno + newlines
            self.offset = j - (text.rindex("\n", i, j) + 1)
        else:
            self.offset = self.offset + j - i
        return j

    def parse_marked_section(self, i, report=1):
        text = self.rawdata
        if text[i:i + 3] != '<![':
            raise AssertionError('unexpected call to parse_marked_section()')
        keyword, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if keyword in _sgml_keywords:
            found = _section_end.search(text, i + 3)
        elif keyword in _office_keywords:
            found = _office_section_end.search(text, i + 3)
        else:
            raise AssertionError(
                'unknown status keyword %r in marked section' % text[i + 3:j])
        if not found:
            return -1
        if report:
            self.unknown_decl(text[i + 3:found.start(0)])
        return found.end(0)

    def parse_comment(self, i, report=1):
        text = self.rawdata
        if text[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        found = _comment_end.search(text, i + 4)
        if not found:
            return -1
        if report:
            self.handle_comment(text[i + 4:found.start(0)])
        return found.end(0)

    def _scan_name(self, i, declstartpos):
        # The lowered name at i and the index after it and its spaces, or
        # (None, -1) when the buffer may not hold all of it yet.
        text = self.rawdata
        if i == len(text):
            return None, -1
        m = _name_at(text, i)
        if not m:
            self.updatepos(declstartpos, i)
            raise AssertionError("expected name token at %r"
                                 % text[declstartpos:declstartpos + 20])
        if m.end() == len(text):
            return None, -1
        return m.group().strip().lower(), m.end()

    def unknown_decl(self, data):
        pass
