"""The built-in `abs`, under a name `operator` can import: `operator`
defines its own `abs`, which hides the built-in everywhere in that module."""

builtin_abs = abs
