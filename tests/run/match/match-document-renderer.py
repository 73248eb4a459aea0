# Checks match over a small JSON-like document: nested mappings and lists,
# class patterns on built-in types, OR patterns with captures, recursion.
def render(node, indent=0):
    pad = "  " * indent
    match node:
        case None:
            return pad + "null"
        case bool(flag):
            return pad + ("true" if flag else "false")
        case int(n) | float(n):
            return pad + repr(n)
        case str(text):
            return pad + '"' + text + '"'
        case []:
            return pad + "[]"
        case [*items]:
            lines = [pad + "["]
            for item in items:
                lines.append(render(item, indent + 1) + ",")
            lines.append(pad + "]")
            return "\n".join(lines)
        case {}:
            return pad + "{}" if not node else render_dict(node, indent)
    raise TypeError(f"cannot render {type(node).__name__}")


def render_dict(node, indent):
    pad = "  " * indent
    lines = [pad + "{"]
    for key, value in node.items():
        lines.append(pad + "  " + repr(key) + ":")
        lines.append(render(value, indent + 2) + ",")
    lines.append(pad + "}")
    return "\n".join(lines)


doc = {"name": "typhon", "version": [0, 1], "stable": False, "ratio": 0.5, "deps": [], "meta": {}, "owner": None,
       "nested": {"list": [1, "two", [3.0, True]], "empty": {}}}
print(render(doc))
try:
    render({"bad": {1, 2}})
except TypeError as err:
    print("error:", err)
