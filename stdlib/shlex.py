"""Shell-like splitting and quoting (`split`, `quote`, `join`), with the
behaviour of CPython's `shlex` in POSIX mode.

CPython's `shlex` class is a general lexer; `split` here is the state
machine of that lexer for the configuration `split` uses
(`whitespace_split`, POSIX rules).
"""

__all__ = ["split", "quote", "join"]

_WHITESPACE = ' \t\r\n'
_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-')


def split(s, comments=False, posix=True):
    """Split the string `s` using shell-like syntax."""
    if s is None:
        raise ValueError("s argument must not be None")
    if not posix:
        raise NotImplementedError("shlex.split(posix=False) is not supported by typhon")
    tokens = []
    token = []
    quoted = False
    in_token = False
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        i += 1
        if c in _WHITESPACE:
            if in_token or quoted:
                tokens.append(''.join(token))
                token = []
                quoted = False
                in_token = False
        elif comments and c == '#':
            newline = s.find('\n', i)
            i = n if newline < 0 else newline + 1
            if in_token or quoted:
                tokens.append(''.join(token))
                token = []
                quoted = False
                in_token = False
        elif c == '\\':
            if i >= n:
                raise ValueError("No escaped character")
            token.append(s[i])
            i += 1
            in_token = True
        elif c == "'" or c == '"':
            quoted = True
            in_token = True
            while True:
                if i >= n:
                    raise ValueError("No closing quotation")
                d = s[i]
                i += 1
                if d == c:
                    break
                if c == '"' and d == '\\':
                    if i >= n:
                        raise ValueError("No escaped character")
                    e = s[i]
                    i += 1
                    if e != '"' and e != '\\':
                        token.append('\\')
                    token.append(e)
                else:
                    token.append(d)
        else:
            token.append(c)
            in_token = True
    if in_token or quoted:
        tokens.append(''.join(token))
    return tokens


def join(split_command):
    """Return a shell-escaped string from `split_command`."""
    return ' '.join(quote(arg) for arg in split_command)


def quote(s):
    """Return a shell-escaped version of the string `s`."""
    if not s:
        return "''"
    for c in s:
        if c not in _SAFE:
            return "'" + s.replace("'", "'\"'\"'") + "'"
    return s
