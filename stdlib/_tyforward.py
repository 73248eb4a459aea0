"""The parser and resolver `typing.get_type_hints` and `typing.ForwardRef`
use for string annotations. There is no `eval`, so a string annotation is read by a
small parser of the expressions annotations use (names, dotted names,
subscripts, `|`, `None`, `...` and nested strings) and evaluated against the
module's globals, the given namespaces and the built-in type names."""


_BUILTIN_NAMES = {
    "int": int, "float": float, "complex": complex, "str": str, "bytes": bytes,
    "bytearray": bytearray, "bool": bool, "list": list, "dict": dict, "set": set,
    "frozenset": frozenset, "tuple": tuple, "type": type, "object": object,
    "range": range, "slice": slice, "memoryview": memoryview,
    "BaseException": BaseException, "Exception": Exception,
}


def _tokens(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in " \t":
            i += 1
        elif ch.isalpha() or ch == "_":
            j = i + 1
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            tokens.append(("name", text[i:j]))
            i = j
        elif ch in "'\"":
            j = text.find(ch, i + 1)
            if j < 0:
                return None
            tokens.append(("str", text[i + 1:j]))
            i = j + 1
        elif text.startswith("...", i):
            tokens.append(("ellipsis", "..."))
            i += 3
        elif ch in "[],.|":
            tokens.append(("op", ch))
            i += 1
        elif ch.isdigit() or ch == "-":
            j = i + 1
            while j < n and text[j].isdigit():
                j += 1
            tokens.append(("int", int(text[i:j])))
            i = j
        else:
            return None
    return tokens


class _Parser:
    def __init__(self, tokens, resolve):
        self.tokens = tokens
        self.pos = 0
        self.resolve = resolve

    def peek(self):
        if self.pos < len(self.tokens):
            return self.tokens[self.pos]
        return ("end", "")

    def take(self):
        token = self.peek()
        self.pos += 1
        return token

    def expression(self):
        value = self.postfix()
        while self.peek() == ("op", "|"):
            self.take()
            value = value | self.postfix()
        return value

    def postfix(self):
        value = self.atom()
        while True:
            token = self.peek()
            if token == ("op", "."):
                self.take()
                kind, name = self.take()
                if kind != "name":
                    raise SyntaxError
                value = getattr(value, name)
            elif token == ("op", "["):
                self.take()
                items = [self.expression()]
                many = False
                while self.peek() == ("op", ","):
                    self.take()
                    many = True
                    if self.peek() == ("op", "]"):
                        break
                    items.append(self.expression())
                if self.take() != ("op", "]"):
                    raise SyntaxError
                value = value[tuple(items) if many else items[0]]
            else:
                return value

    def atom(self):
        kind, text = self.take()
        if kind == "name":
            if text == "None":
                return None
            if text == "True":
                return True
            if text == "False":
                return False
            return self.resolve(text)
        if kind == "str":
            return _evaluate_text(text, self.resolve)
        if kind == "ellipsis":
            return ...
        if kind == "int":
            return text
        if (kind, text) == ("op", "["):
            items = []
            while self.peek() != ("op", "]"):
                items.append(self.expression())
                if self.peek() == ("op", ","):
                    self.take()
            self.take()
            return items
        raise SyntaxError


def _evaluate_text(text, resolve):
    tokens = _tokens(text)
    if not tokens:
        raise SyntaxError(f"Forward reference must be an expression -- got {text!r}")
    parser = _Parser(tokens, resolve)
    try:
        value = parser.expression()
        if parser.peek()[0] != "end":
            raise SyntaxError
    except SyntaxError:
        raise SyntaxError(f"Forward reference must be an expression -- got {text!r}")
    return value


def _resolver(globalns, localns):
    def resolve(name):
        for namespace in (localns, globalns):
            if namespace is None:
                continue
            if isinstance(namespace, dict):
                if name in namespace:
                    return namespace[name]
            elif hasattr(namespace, name):
                return getattr(namespace, name)
        if name in _BUILTIN_NAMES:
            return _BUILTIN_NAMES[name]
        raise NameError(f"name '{name}' is not defined")
    return resolve
