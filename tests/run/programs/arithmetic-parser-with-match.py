# An arithmetic tokenizer and recursive-descent parser that reports errors
# with exceptions (position in args), evaluated with match over tuples.
def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit():
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            literal = text[start:i]
            try:
                value = int(literal)
            except ValueError:
                try:
                    value = float(literal)
                except ValueError:
                    raise ValueError(f"bad number {literal!r}", start)
            tokens.append(("num", value, start))
            continue
        if ch.isalpha():
            start = i
            while i < len(text) and text[i].isalnum():
                i += 1
            tokens.append(("name", text[start:i], start))
            continue
        if ch in "+-*/()^%":
            tokens.append(("op", ch, i))
            i += 1
            continue
        raise ValueError(f"unexpected character {ch!r}", i)
    tokens.append(("end", None, len(text)))
    return tokens




def parse_expr(tokens, pos):
    left, pos = parse_term(tokens, pos)
    while True:
        match tokens[pos]:
            case ("op", "+" | "-" as op, _):
                right, pos = parse_term(tokens, pos + 1)
                left = (op, left, right)
            case _:
                return left, pos


def parse_term(tokens, pos):
    left, pos = parse_factor(tokens, pos)
    while True:
        match tokens[pos]:
            case ("op", "*" | "/" | "%" as op, _):
                right, pos = parse_factor(tokens, pos + 1)
                left = (op, left, right)
            case _:
                return left, pos


def parse_factor(tokens, pos):
    base, pos = parse_unary(tokens, pos)
    if tokens[pos][:2] == ("op", "^"):
        exponent, pos = parse_factor(tokens, pos + 1)
        return ("^", base, exponent), pos
    return base, pos


def parse_unary(tokens, pos):
    match tokens[pos]:
        case ("op", "-", _):
            operand, pos = parse_unary(tokens, pos + 1)
            return ("neg", operand), pos
        case ("num", value, _):
            return ("num", value), pos + 1
        case ("name", name, _):
            return ("var", name), pos + 1
        case ("op", "(", at):
            inner, pos = parse_expr(tokens, pos + 1)
            if tokens[pos][:2] != ("op", ")"):
                raise ValueError("missing ')'", tokens[pos][2])
            return inner, pos + 1
        case (kind, value, at):
            raise ValueError(f"unexpected {kind} {value!r}", at)


def evaluate(node, env):
    match node:
        case ("num", value):
            return value
        case ("var", name):
            try:
                return env[name]
            except KeyError:
                raise NameError(f"unknown variable {name!r}") from None
        case ("neg", operand):
            return -evaluate(operand, env)
        case (op, left, right):
            a = evaluate(left, env)
            b = evaluate(right, env)
            match op:
                case "+":
                    return a + b
                case "-":
                    return a - b
                case "*":
                    return a * b
                case "/":
                    return a / b
                case "%":
                    return a % b
                case "^":
                    return a ** b
    raise AssertionError(node)


def run(text, env):
    try:
        tree, pos = parse_expr(tokenize(text), 0)
        if pos != len(tokenize(text)) - 1:
            raise ValueError("trailing input", tokenize(text)[pos][2])
        result = evaluate(tree, env)
    except ValueError as err:
        message, at = err.args
        print(f"{text!r}: syntax error at {at}: {message}")
        print("    " + text)
        print("    " + " " * at + "^")
    except ZeroDivisionError as err:
        print(f"{text!r}: math error: {err}")
    except NameError as err:
        print(f"{text!r}: {err}")
    else:
        print(f"{text} = {result}")
    finally:
        print("--")


env = {"x": 3, "y": 4.5}
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x + y", "10 / (5 - 5)", "7 % 3 - -2",
             "1 + ", "2 * (3 + 4", "3 $ 4", "z * 2", "1.5.2 + 1", "4 4", "((x))"]:
    run(line, env)
