# Checks `--message-format json`: one JSON object per diagnostic, with
# severity, code, position and notes, for CI tools.
# flags: --message-format json
total = 2j  # error: [unsupported-feature]
print(never_defined)  # warning: [undefined-name]
