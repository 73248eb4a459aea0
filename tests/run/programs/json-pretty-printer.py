# A JSON-like pretty printer for nested dicts and lists, written with
# recursion, plus a depth counter and a path finder. Catches integration
# bugs in recursion, isinstance dispatch, string building and escaping.
DATA = {
    "name": "typhon",
    "version": 0.1,
    "stable": False,
    "license": None,
    "tags": ["compiler", "python", "aot"],
    "authors": [{"name": "Ann", "commits": 120}, {"name": "Bob", "commits": 7}],
    "targets": {"x86_64": {"tier": 1, "tested": True}, "aarch64": {"tier": 2, "tested": True}},
    "empty_list": [],
    "empty_dict": {},
    "quote": "say \"hi\"\n",
}


def encode_string(text):
    res = '"'
    for ch in text:
        if ch == '"':
            res += '\\"'
        elif ch == "\\":
            res += "\\\\"
        elif ch == "\n":
            res += "\\n"
        else:
            res += ch
    return res + '"'


def encode_scalar(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return encode_string(value)
    return str(value)


def pretty(value, indent, out):
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = []
        for key, item in value.items():
            parts.append(pad + "  " + encode_string(key) + ": " + pretty(item, indent + 1, out))
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        parts = []
        for item in value:
            parts.append(pad + "  " + pretty(item, indent + 1, out))
        return "[\n" + ",\n".join(parts) + "\n" + pad + "]"
    out.append(value)
    return encode_scalar(value)


def depth(value):
    if isinstance(value, dict):
        best = 0
        for item in value.values():
            d = depth(item)
            if d > best:
                best = d
        return best + 1
    if isinstance(value, list):
        best = 0
        for item in value:
            d = depth(item)
            if d > best:
                best = d
        return best + 1
    return 0


def find_paths(value, target, path, found):
    if isinstance(value, dict):
        for key in value:
            find_paths(value[key], target, path + "." + key, found)
    elif isinstance(value, list):
        for idx, item in enumerate(value):
            find_paths(item, target, path + "[" + str(idx) + "]", found)
    elif value == target and type_name(value) == type_name(target):
        found.append(path)


def type_name(value):
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    return "other"


scalars = []
print(pretty(DATA, 0, scalars))
print("scalars:", len(scalars), "depth:", depth(DATA))
paths = []
find_paths(DATA, True, "$", paths)
print("true at:", paths)
paths = []
find_paths(DATA, 1, "$", paths)
print("1 at:", paths)
print(pretty([1, [2, [3, []]]], 0, []))
