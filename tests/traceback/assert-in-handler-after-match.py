# Checks the traceback of an uncaught AssertionError with a message raised in
# a match guard helper, below a "During handling" link from a KeyError.
def validate(record):
    assert "id" in record, f"record without id: {sorted(record)}"
    return record["id"]


def handle(record):
    match record:
        case {"kind": "user", **fields}:
            try:
                return fields["name"]
            except KeyError:
                return validate(fields)


print(handle({"kind": "user", "name": "ada"}))
print(handle({"kind": "user", "email": "x@y"}))
