# `==` and `!=` against a string constant in branch conditions, answered in
# line when the other side is that very object or None, by the runtime
# otherwise (equal strings made at run time, a class with its own __eq__),
# with variables changed on some paths and read after the branch.


class Token:
    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        return self.text == other

    def __ne__(self, other):
        return self.text != other

    def __repr__(self):
        return f"Token({self.text!r})"


def scan(items):
    count = 0
    last = None
    depth = 0
    for item in items:
        if item == "open":
            depth += 1
        elif item == "close":
            depth -= 1
        elif item != "skip":
            count += 1
            last = item
        if depth < 0 or item == None:
            return "bad", count, depth, last
    return count, depth, last


built = "".join(["op", "en"])
print(scan(["open", "a", "skip", "close", "b"]))
print(scan([built, "x", "".join(["clo", "se"]), "y", "skip"]))
print(scan([Token("open"), Token("skip"), Token("z"), "close"]))
print(scan(["close", "a"]))
print(scan(["a", None, "b"]))
print(scan([1, 2.5, ("open",), "open"]))
