"""Text wrapping and filling, with the behaviour of CPython's `textwrap`.

CPython splits text into chunks with a regular expression; `_split_words`
does the same split by hand: runs of whitespace, em-dashes (`--` between
words) and words, which end after a hyphen joining two letters.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _at(text, i):
    return text[i] if 0 <= i < len(text) else ''


def _dashes_then_word(text, i):
    """Whether text[i:] is two or more hyphens followed by a word character."""
    n = len(text)
    j = i
    while j < n and text[j] == '-':
        j += 1
    return j - i >= 2 and j < n and _is_word(text[j])


def _hyphen_breaks(text, j):
    """Whether the hyphen at text[j] ends a word: it follows two letters
    (or letter-hyphen-letter) and precedes a letter, optionally a hyphen,
    and a letter."""
    before = ((_is_letter(_at(text, j - 2)) and _is_letter(_at(text, j - 1)))
              or (_is_letter(_at(text, j - 3)) and _at(text, j - 2) == '-'
                  and _is_letter(_at(text, j - 1))))
    if not before or not _is_letter(_at(text, j + 1)):
        return False
    return _is_letter(_at(text, j + 2)) or (_at(text, j + 2) == '-'
                                            and _is_letter(_at(text, j + 3)))


def _split_words(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _whitespace:
            j = i + 1
            while j < n and text[j] in _whitespace:
                j += 1
        elif c == '-' and i > 0 and _is_word_punct(text[i - 1]) and _dashes_then_word(text, i):
            j = i
            while text[j] == '-':
                j += 1
        else:
            j = i + 1
            while True:
                if j < n and text[j] == '-' and _hyphen_breaks(text, j):
                    j += 1
                    break
                if j == n or text[j] in _whitespace:
                    break
                if _is_word_punct(text[j - 1]) and _dashes_then_word(text, j):
                    break
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_spaces(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        space = text[i] in _whitespace
        j = i + 1
        while j < n and (text[j] in _whitespace) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """A lowercase ASCII letter, sentence punctuation and an optional quote
    at the end of the chunk."""
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Object for wrapping/filling text: `wrap()` and `fill()`, configured
    by the attributes set from the constructor's arguments."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_words(text)
        return _split_spaces(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        placeholder = self.placeholder
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            line = []
            length = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if length + size > width:
                    break
                line.append(chunks.pop())
                length += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, length, width)
                length = sum(map(len, line))
            if self.drop_whitespace and line and line[-1].strip() == '':
                length -= len(line[-1])
                del line[-1]
            if not line:
                continue
            rest_fits = (not chunks or (self.drop_whitespace and len(chunks) == 1
                                        and not chunks[0].strip()))
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_fits and length <= width)):
                lines.append(indent + ''.join(line))
                continue
            # The last line allowed: end it with the placeholder.
            while line:
                if line[-1].strip() and length + len(placeholder) <= width:
                    line.append(placeholder)
                    lines.append(indent + ''.join(line))
                    return lines
                length -= len(line[-1])
                del line[-1]
            if lines:
                previous = lines[-1].rstrip()
                if len(previous) + len(placeholder) <= self.width:
                    lines[-1] = previous + placeholder
                    return lines
            lines.append(indent + placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Split `text` into lines of at most `self.width` characters."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap `text` and return it as one string of lines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate `text` to fit in `width`."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    n = 0
    while n < len(line) and line[n] in ' \t':
        n += 1
    return line[:n]


def dedent(text):
    """Remove any common leading whitespace from every line in `text`;
    lines of only spaces and tabs become empty."""
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line and line.strip(' \t') == '':
            lines[i] = ''
    margin = None
    for line in lines:
        if not line:
            continue
        blanks = _leading_blanks(line)
        if margin is None:
            margin = blanks
        elif blanks.startswith(margin):
            pass
        elif margin.startswith(blanks):
            margin = blanks
        else:
            for i, (x, y) in enumerate(zip(margin, blanks)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add `prefix` to the lines of `text` for which `predicate` is true
    (by default, the lines that are not only whitespace)."""
    parts = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            parts.append(prefix + line)
        else:
            parts.append(line)
    return ''.join(parts)
