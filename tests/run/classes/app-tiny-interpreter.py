# Application: a tiny expression interpreter with AST node classes, an environment, and evaluation by method dispatch.
class Node:
    def evaluate(self, env):
        raise NotImplementedError

    def __repr__(self):
        return self.show()


class Num(Node):
    def __init__(self, value):
        self.value = value

    def evaluate(self, env):
        return self.value

    def show(self):
        return str(self.value)


class Var(Node):
    def __init__(self, name):
        self.name = name

    def evaluate(self, env):
        if self.name not in env:
            raise NameError(f"undefined variable {self.name}")
        return env[self.name]

    def show(self):
        return self.name


class BinOp(Node):

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def evaluate(self, env):
        a = self.left.evaluate(env)
        b = self.right.evaluate(env)
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        if self.op == "*":
            return a * b
        if self.op == "/":
            if b == 0:
                raise ZeroDivisionError("division by zero in expression")
            return a // b
        raise ValueError(self.op)

    def show(self):
        return f"({self.left.show()} {self.op} {self.right.show()})"


class Let(Node):
    def __init__(self, name, value, body):
        self.name = name
        self.value = value
        self.body = body

    def evaluate(self, env):
        inner = dict(env)
        inner[self.name] = self.value.evaluate(env)
        return self.body.evaluate(inner)

    def show(self):
        return f"let {self.name} = {self.value.show()} in {self.body.show()}"


class Parser:
    def __init__(self, text):
        self.tokens = text.replace("(", " ( ").replace(")", " ) ").split()
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self):
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse(self):
        token = self.take()
        if token == "(":
            op = self.take()
            if op == "let":
                name = self.take()
                value = self.parse()
                body = self.parse()
                self.take()
                return Let(name, value, body)
            left = self.parse()
            right = self.parse()
            self.take()
            return BinOp(op, left, right)
        if token.isdigit():
            return Num(int(token))
        return Var(token)


programs = [
    "(+ 1 2)",
    "(* (+ 1 2) (- 10 4))",
    "(let x 5 (* x x))",
    "(let x 2 (let y (+ x 1) (* x y)))",
    "(/ 7 0)",
    "(+ z 1)",
]
for source in programs:
    tree = Parser(source).parse()
    try:
        print(tree, "=>", tree.evaluate({}))
    except (ZeroDivisionError, NameError) as e:
        print(tree, "=> error:", type(e).__name__, e)
