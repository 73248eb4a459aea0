"""The `email` package: typhon provides only `email.utils` (see
docs/unsupported.md)."""
