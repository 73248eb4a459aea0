# A tiny template engine: string.Template (substitute, safe_substitute, $$ escapes, braces, a subclass with another delimiter and idpattern, get_identifiers/is_valid), re.sub with a function and backreferences ({{ name|filter }} tags, loops and conditionals via nested patterns), textwrap (fill, wrap, indent, dedent, shorten, TextWrapper options), str.format_map with a missing-key dict, string.Formatter subclass.
import re
import string
import textwrap
from string import Template


class Missing(dict):
    def __missing__(self, key):
        return "{" + key + "}"


class PercentTemplate(Template):
    delimiter = "%"
    idpattern = r"[a-z][_a-z0-9]*"


class UpperFormatter(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        if format_spec.endswith("!"):
            return super().format_field(value, format_spec[:-1]) + "!"
        return super().format_field(value, format_spec)


FILTERS = {
    "upper": str.upper,
    "title": str.title,
    "len": lambda v: str(len(v)),
    "money": lambda v: f"${float(v):,.2f}",
    "wrap": lambda v: textwrap.fill(v, width=30, initial_indent="  ", subsequent_indent="  "),
}

TAG = re.compile(r"\{\{\s*(?P<name>[\w.]+)\s*(?:\|\s*(?P<filters>[\w|\s]+?))?\s*\}\}")
LOOP = re.compile(r"\{%\s*for (\w+) in (\w+)\s*%\}(.*?)\{%\s*endfor\s*%\}", re.S)
IF = re.compile(r"\{%\s*if (\w+)\s*%\}(.*?)(?:\{%\s*else\s*%\}(.*?))?\{%\s*endif\s*%\}", re.S)


def lookup(context, dotted):
    value = context
    for part in dotted.split("."):
        value = value[part] if isinstance(value, dict) else getattr(value, part)
    return value


def render(source, context):
    def do_loop(m):
        var, seq, body = m.groups()
        return "".join(render(body, {**context, var: item, "loop_index": str(i)})
                       for i, item in enumerate(context[seq], 1))

    def do_if(m):
        name, yes, no = m.group(1), m.group(2), m.group(3) or ""
        return render(yes if context.get(name) else no, context)

    def do_tag(m):
        value = lookup(context, m["name"])
        for f in (m["filters"] or "").split("|"):
            if f.strip():
                value = FILTERS[f.strip()](value)
        return str(value)

    source = LOOP.sub(do_loop, source)
    source = IF.sub(do_if, source)
    return TAG.sub(do_tag, source)


page = """Dear {{ user.name|title }},
{% if overdue %}Your balance of {{ balance|money }} is OVERDUE.{% else %}Thanks for paying.{% endif %}
Items ({{ items|len }}):
{% for it in items %}  {{loop_index}}. {{ it|upper }}
{% endfor %}Note:
{{ note|wrap }}
"""
ctx = {
    "user": {"name": "ada lovelace"},
    "overdue": True,
    "balance": "1234.5",
    "items": ["pen", "ink", "paper"],
    "note": "The analytical engine weaves algebraic patterns just as the Jacquard loom weaves flowers and leaves.",
}
print(render(page, ctx))
ctx["overdue"] = False
print(render("{% if overdue %}late{% else %}ok: {{ balance }}{% endif %}", ctx))

t = Template("$who paid $$${amount} for ${item}s")
print(t.substitute(who="Bo", amount="9.50", item="apple"))
print(t.safe_substitute(who="Cy"))
try:
    t.substitute(who="Di")
except KeyError as exc:
    print("KeyError:", exc)
print(sorted(t.get_identifiers()), t.is_valid(), Template("$ bad").is_valid())
try:
    Template("cost: $").substitute()
except ValueError as exc:
    print("ValueError:", exc)
p = PercentTemplate("%name scored %pts_total%% (%Ignored)")
print(p.safe_substitute(name="Eve", pts_total=42))
print("{a} and {b}".format_map(Missing(a=1)))
fmt = UpperFormatter()
print(fmt.format("{0!u} has {n:>5,d!} points, {0!r}", "zed", n=12345))
print(list(fmt.parse("x{0:>3}y{name!r}z")))

text = textwrap.dedent("""\
        The quick brown fox jumps over the lazy dog. Pack my box with
        five dozen liquor jugs.  How vexingly quick daft zebras jump!
    """)
print(repr(text[:20]))
print(textwrap.fill(text, width=28))
print(textwrap.wrap(text, width=40, max_lines=2, placeholder=" [...]"))
print(textwrap.shorten("Hello   world, this is   a long line", width=20))
w = textwrap.TextWrapper(width=24, initial_indent="* ", subsequent_indent="  ", break_long_words=True)
print("\n".join(w.wrap("supercalifragilisticexpialidocious words wrap nicely here")))
print(textwrap.indent("one\n\ntwo\n", "> "))
print(textwrap.indent("one\n\ntwo\n", "+ ", lambda line: True), end="")
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail ann@corp.com or bo@home.com"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 14 pears", count=1))
print(re.subn(r"(?i)the", "THE", "The cat and the hat"))
print(string.capwords("hello   wide\tworld"), string.ascii_letters[:5], string.punctuation[:6])
