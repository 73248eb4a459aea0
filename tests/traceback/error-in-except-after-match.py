# Checks implicit chaining when an except clause fails after a match case
# raised: both tracebacks, joined by "During handling ...".
def check(value):
    match value:
        case {"id": int(ident)}:
            return ident
        case {"id": other}:
            raise TypeError(f"bad id {other!r}")


def process(records):
    results = []
    for record in records:
        try:
            results.append(check(record))
        except TypeError:
            results.append(record["missing"])
    return results


process([{"id": 1}, {"id": "x"}])
