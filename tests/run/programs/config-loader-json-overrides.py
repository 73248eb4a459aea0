# A config loader: json with nested defaults merging, validation with custom errors, string ops for paths and env-style overrides, json.dumps with indent/sort_keys/separators, default= hook and object_hook.
import json

DEFAULTS = {"server": {"host": "127.0.0.1", "port": 8080, "tls": False}, "log": {"level": "info", "file": None}, "features": []}
USER = '{"server": {"port": 9000, "tls": true}, "log": {"level": "DEBUG"}, "features": ["a", "b"], "extra": 1.5e3}'
OVERRIDES = ["server.host=0.0.0.0", "log.file=/var/log/app.log", "server.port=abc", "features=x,y", "nokey"]

class ConfigError(ValueError):
    def __init__(self, key, message):
        super().__init__(f"{key}: {message}")
        self.key = key

def merge(base, extra):
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out

def coerce(old, text):
    if isinstance(old, bool):
        return text.lower() in ("1", "true", "yes")
    if isinstance(old, int):
        if not text.lstrip("-").isdigit():
            raise ConfigError("?", f"expected an integer, got {text!r}")
        return int(text)
    if isinstance(old, list):
        return [part.strip() for part in text.split(",") if part.strip()]
    return text

def apply(config, line):
    key, sep, value = line.partition("=")
    if not sep:
        raise ConfigError(line, "missing '='")
    *parents, leaf = key.split(".")
    node = config
    for p in parents:
        node = node.setdefault(p, {})
    try:
        node[leaf] = coerce(node.get(leaf), value)
    except ConfigError as e:
        raise ConfigError(key, str(e).split(": ", 1)[1]) from None

config = merge(DEFAULTS, json.loads(USER))
config["log"]["level"] = config["log"]["level"].lower()
for line in OVERRIDES:
    try:
        apply(config, line)
    except ConfigError as e:
        print("error:", e, "| key =", e.key)
print(json.dumps(config, indent=2, sort_keys=True))
print(json.dumps(config["server"], separators=(",", ":")))
class Port(int):
    pass
def encode(obj):
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")
print(json.dumps({"s": {3, 1, 2}, "p": Port(5)}, default=encode))
try:
    json.dumps({"c": complex(1, 2)}, default=encode)
except TypeError as e:
    print("TypeError:", e)
obj = json.loads('{"a": {"b": [1, 2, {"c": null}]}, "t": 1.0}', object_hook=lambda d: {k.upper(): v for k, v in d.items()})
print(obj)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.lineno, e.colno, e.pos)
path = "/srv/app//config/../data/file.tar.gz"
parts = [p for p in path.split("/") if p and p != ".."]
print(parts, path.rsplit("/", 1)[-1].split(".", 1), "/".join(parts[:2]).center(20, "*"))
print(" | ".join(f"{k}={v!r}" for k, v in sorted(config["log"].items())))
