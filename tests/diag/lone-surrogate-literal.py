# Checks that a str literal escaping a lone surrogate is rejected (the parser
# would give U+FFFD); escaped backslashes, raw strings and bytes are fine.
ok = "\\ud800" + r"\udc00" + "\u00e9\U0001F600"
data = b"\ud800"
bad = f"x{ok}\udfff"  # error: [unsupported-feature]
