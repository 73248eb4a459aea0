# Checks `--message-format json`: one JSON object per diagnostic, with
# severity, code, position and notes, for CI tools.
# flags: --message-format json
exec("total = 2")  # error: [unsupported-feature]
print(never_defined)  # warning: [undefined-name]
