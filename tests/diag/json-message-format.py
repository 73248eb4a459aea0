# Checks `--message-format json`: one JSON object per diagnostic, with
# severity, code, position and notes, for CI tools.
# flags: --message-format json
def gather(*args):  # error: [unsupported-feature]
    return args
print(never_defined)  # warning: [undefined-name]
