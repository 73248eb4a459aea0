"""Checks CPython's SyntaxErrors for future statements: an unknown feature,
`braces`, and a future import after other statements."""
from __future__ import annotations, generator_stop
from __future__ import spam  # error: [syntax-error]
from __future__ import braces  # error: [syntax-error]
import os
from __future__ import division  # error: [syntax-error]
