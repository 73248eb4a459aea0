# A tokenizer, Pratt parser (class patterns, walrus) and visitor classes that print and evaluate
class Token:
    __slots__ = ("kind", "text")
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text
    def __repr__(self):
        return f"Token({self.kind}, {self.text!r})"

class ParseError(Exception):
    pass

def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            toks.append(Token("num", src[i:j]))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(Token("name", src[i:j]))
            i = j
        elif ch in "+-*/^()=,":
            toks.append(Token("op", ch))
            i += 1
        else:
            raise ParseError(f"bad char {ch!r} at {i}")
    toks.append(Token("eof", ""))
    return toks

class Node:
    def accept(self, visitor):
        return getattr(visitor, "visit_" + type(self).__name__)(self)

class Num(Node):
    def __init__(self, v): self.v = v
class Var(Node):
    def __init__(self, name): self.name = name
class BinOp(Node):
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
class Neg(Node):
    def __init__(self, e): self.e = e
class Call(Node):
    def __init__(self, f, args): self.f, self.args = f, args

BP = {"+": (10, 11), "-": (10, 11), "*": (20, 21), "/": (20, 21), "^": (31, 30)}

class Parser:
    def __init__(self, toks):
        self.toks, self.pos = toks, 0
    def peek(self):
        return self.toks[self.pos]
    def next(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t
    def expect(self, text):
        t = self.next()
        if t.text != text:
            raise ParseError(f"expected {text!r}, got {t.text!r}")
    def expr(self, min_bp=0):
        t = self.next()
        match t:
            case Token(kind="num"):
                lhs = Num(float(t.text) if "." in t.text else int(t.text))
            case Token(kind="name") if self.peek().text == "(":
                self.next()
                args = []
                while self.peek().text != ")":
                    args.append(self.expr())
                    if self.peek().text == ",":
                        self.next()
                self.expect(")")
                lhs = Call(t.text, args)
            case Token(kind="name"):
                lhs = Var(t.text)
            case Token(text="-"):
                lhs = Neg(self.expr(25))
            case Token(text="("):
                lhs = self.expr()
                self.expect(")")
            case _:
                raise ParseError(f"unexpected {t}")
        while (op := self.peek()).kind == "op" and op.text in BP:
            lbp, rbp = BP[op.text]
            if lbp < min_bp:
                break
            self.next()
            lhs = BinOp(op.text, lhs, self.expr(rbp))
        return lhs

class Printer:
    def visit_Num(self, n): return str(n.v)
    def visit_Var(self, n): return n.name
    def visit_Neg(self, n): return f"(-{n.e.accept(self)})"
    def visit_BinOp(self, n): return f"({n.l.accept(self)} {n.op} {n.r.accept(self)})"
    def visit_Call(self, n): return f"{n.f}({', '.join([a.accept(self) for a in n.args])})"

class Evaluator:
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a / b, "^": lambda a, b: a ** b}
    def __init__(self, env, funcs):
        self.env, self.funcs = env, funcs
    def visit_Num(self, n): return n.v
    def visit_Var(self, n):
        try:
            return self.env[n.name]
        except KeyError:
            raise NameError(f"undefined {n.name}") from None
    def visit_Neg(self, n): return -n.e.accept(self)
    def visit_BinOp(self, n): return self.OPS[n.op](n.l.accept(self), n.r.accept(self))
    def visit_Call(self, n): return self.funcs[n.f](*[a.accept(self) for a in n.args])

ev = Evaluator({"x": 3, "pi": 3.14159}, {"max": max, "min": min, "abs": abs, "sq": lambda v: v * v})
for src in ["1 + 2 * 3", "2 ^ 3 ^ 2", "-x * 2 + sq(4)", "(1 + 2) * (3 - 4) / 8", "max(1, x, 2) + min(4, 5)",
            "pi * x ^ 2", "abs(-7.5) - y", "1 + $", "(1 + 2", "10 / (x - 3)"]:
    try:
        tree = Parser(tokenize(src)).expr()
        print(f"{src:<28} => {tree.accept(Printer()):<36} = {tree.accept(ev)!r}")
    except (ParseError, NameError) as e:
        print(f"{src:<28} !! {type(e).__name__}: {e}")
    except ZeroDivisionError as e:
        print(f"{src:<28} !! div: {e}")
print(tokenize("a1+2.5"))
