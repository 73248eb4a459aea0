# A JSON-like serialiser: builds nested dicts and lists of ints, floats,
# strings, booleans and None from a linear congruential generator, writes
# them out with escaping and indentation by a recursive encoder, reads the
# text back with a recursive-descent parser, and checks the round trip.
import sys

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
UNESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t"}
WORDS = ["alpha", "beta", "gamma", "delta", 'quote"d', "tab\there", "line\nbreak", "back\\slash", "ünïcødé"]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 16) % n


def make_value(rng, depth):
    kind = rng.below(11 if depth > 0 else 6)
    if kind == 0:
        return rng.below(2000000) - 1000000
    if kind == 1:
        return (rng.below(200000) - 100000) / 64
    if kind == 2:
        return WORDS[rng.below(len(WORDS))] + str(rng.below(100))
    if kind == 3:
        return rng.below(2) == 1
    if kind == 4:
        return None
    if kind == 5:
        return -rng.below(1000) * 2**70
    if kind < 8:
        return [make_value(rng, depth - 1) for _ in range(rng.below(6))]
    return {f"k{rng.below(50)}_{i}": make_value(rng, depth - 1) for i in range(rng.below(6))}


class Encoder:
    def __init__(self, indent):
        self.indent = indent
        self.parts = []

    def encode(self, value):
        self.write(value, 0)
        return "".join(self.parts)

    def write(self, value, level):
        out = self.parts
        if value is None:
            out.append("null")
        elif value is True:
            out.append("true")
        elif value is False:
            out.append("false")
        elif isinstance(value, int):
            out.append(str(value))
        elif isinstance(value, float):
            out.append(repr(value))
        elif isinstance(value, str):
            out.append(quote(value))
        elif isinstance(value, list):
            self.write_items(value, level, "[", "]", self.write_element)
        elif isinstance(value, dict):
            self.write_items(list(value.items()), level, "{", "}", self.write_member)
        else:
            raise TypeError(f"cannot encode {type(value).__name__}")

    def write_items(self, items, level, opening, closing, write_one):
        out = self.parts
        if not items:
            out.append(opening + closing)
            return
        inner = "\n" + " " * (self.indent * (level + 1))
        out.append(opening)
        for i, item in enumerate(items):
            if i:
                out.append(",")
            out.append(inner)
            write_one(item, level + 1)
        out.append("\n" + " " * (self.indent * level) + closing)

    def write_element(self, item, level):
        self.write(item, level)

    def write_member(self, item, level):
        key, value = item
        self.parts.append(quote(key) + ": ")
        self.write(value, level)


def quote(text):
    return '"' + "".join(ESCAPES.get(ch, ch) for ch in text) + '"'


class ParseError(Exception):
    pass


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def parse(self):
        value = self.value()
        self.skip_space()
        if self.pos != len(self.text):
            raise ParseError(f"trailing text at {self.pos}")
        return value

    def skip_space(self):
        text = self.text
        while self.pos < len(text) and text[self.pos] in " \n":
            self.pos += 1

    def value(self):
        self.skip_space()
        ch = self.text[self.pos]
        if ch == "{":
            return self.members()
        if ch == "[":
            return self.elements()
        if ch == '"':
            return self.string()
        for word, result in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return result
        return self.number()

    def number(self):
        start = self.pos
        text = self.text
        while self.pos < len(text) and text[self.pos] in "+-0123456789.e":
            self.pos += 1
        token = text[start : self.pos]
        if not token:
            raise ParseError(f"unexpected {text[start]!r} at {start}")
        return float(token) if "." in token or "e" in token else int(token)

    def string(self):
        self.pos += 1
        chars = []
        text = self.text
        while True:
            ch = text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(chars)
            if ch == "\\":
                ch = UNESCAPES[text[self.pos]]
                self.pos += 1
            chars.append(ch)

    def expect(self, ch):
        self.skip_space()
        if self.text[self.pos] != ch:
            raise ParseError(f"expected {ch!r} at {self.pos}")
        self.pos += 1

    def elements(self):
        self.expect("[")
        items = []
        self.skip_space()
        if self.text[self.pos] == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip_space()
            if self.text[self.pos] == "]":
                self.pos += 1
                return items
            self.expect(",")

    def members(self):
        self.expect("{")
        result = {}
        self.skip_space()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_space()
            key = self.string()
            self.expect(":")
            result[key] = self.value()
            self.skip_space()
            if self.text[self.pos] == "}":
                self.pos += 1
                return result
            self.expect(",")


def checksum(text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    return h


def main(documents):
    rng = Lcg(99)
    total_chars = 0
    total_hash = 0
    for i in range(documents):
        doc = {"id": i, "payload": make_value(rng, 6), "tags": [make_value(rng, 1) for _ in range(3)]}
        text = Encoder(2).encode(doc)
        back = Parser(text).parse()
        if back != doc:
            raise AssertionError(f"document {i} did not round-trip")
        total_chars += len(text)
        total_hash = (total_hash * 31 + checksum(text)) % 1000000007
        if i == 0:
            print(text)
    print(f"{documents} documents, {total_chars} characters, checksum {total_hash}")
    try:
        Parser('{"a": [1, 2,, 3]}').parse()
    except ParseError as err:
        print(f"error: {err}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 15000)
