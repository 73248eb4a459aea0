"""Unix shell-style filename matching (`*`, `?`, `[seq]`, `[!seq]`), with
the behaviour of CPython's `fnmatch`.

CPython translates a pattern into a regular expression; here a pattern is
parsed into tokens once (cached) and matched directly, backtracking only
to the last `*`.
"""

import os

__all__ = ["filter", "fnmatch", "fnmatchcase"]

_cache = {}


def _class_of(pat, i, j):
    """The character class pat[i:j] (after `[`, before `]`): (negated,
    literal characters, ranges), or None for a class matching nothing."""
    if '-' not in pat[i:j]:
        chunks = [pat[i:j]]
    else:
        # As CPython: split at the hyphens that make ranges, then drop
        # empty ranges (z-a) by merging their neighbours.
        chunks = []
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        chunk = pat[i:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += '-'
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
    # A merge can bring a `!` to the front, which then negates, as in CPython.
    negated = chunks[0][:1] == '!'
    if negated:
        chunks[0] = chunks[0][1:]
    literals = []
    ranges = []
    last = len(chunks) - 1
    for k, chunk in enumerate(chunks):
        # A hyphen right after the `!` ("[!-a-z]") is a literal one.
        joined = k > 0 and chunks[k - 1] != ''
        if k > 0 and not joined:
            literals.append('-')
        start = 1 if joined else 0
        stop = len(chunk) - 1 if k < last else len(chunk)
        literals.append(chunk[start:stop])
        if joined:
            ranges.append((chunks[k - 1][-1], chunk[0]))
    literals = ''.join(literals)
    if not negated and not literals and not ranges:
        return None
    return (negated, literals, ranges)


def _compile(pat):
    tokens = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] != '*':
                tokens.append('*')
        elif c == '?':
            tokens.append('?')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                tokens.append(('lit', '['))
            else:
                cls = _class_of(pat, i, j)
                tokens.append(('none',) if cls is None else ('set',) + cls)
                i = j + 1
        else:
            tokens.append(('lit', c))
    return tokens


def _match_one(token, c):
    if token == '?':
        return True
    kind = token[0]
    if kind == 'lit':
        return token[1] == c
    if kind == 'none':
        return False
    inside = c in token[2]
    if not inside:
        for lo, hi in token[3]:
            if lo <= c <= hi:
                inside = True
                break
    return inside != token[1]


def _match(tokens, name):
    t = 0
    s = 0
    star = -1
    star_s = 0
    nt = len(tokens)
    ns = len(name)
    while s < ns:
        if t < nt and tokens[t] == '*':
            star = t
            star_s = s
            t += 1
        elif t < nt and _match_one(tokens[t], name[s]):
            t += 1
            s += 1
        elif star >= 0:
            t = star + 1
            star_s += 1
            s = star_s
        else:
            return False
    while t < nt and tokens[t] == '*':
        t += 1
    return t == nt


def _tokens(pat):
    tokens = _cache.get(pat)
    if tokens is None:
        if len(_cache) >= 32768:
            _cache.clear()
        tokens = _cache[pat] = _compile(pat)
    return tokens


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (after `os.path.normcase`)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    tokens = _tokens(os.path.normcase(pat))
    return [name for name in names if _match(tokens, os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    return _match(_tokens(pat), name)
