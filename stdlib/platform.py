"""Facts about the platform the program runs on: the operating system's
names (`system`, `node`, `release`, `version`, `machine`, `uname`), the
Python version typhon reproduces, `platform()`, `libc_ver`,
`architecture` and `freedesktop_os_release`, as CPython's `platform`
reports them on Linux.

`python_implementation()` is `'CPython'`: typhon reproduces CPython's
behaviour, and programs test this name to choose CPython's code paths.
"""

import os
import sys
import collections
import _os

__all__ = ["architecture", "machine", "node", "platform", "processor", "python_build",
           "python_compiler", "python_implementation", "python_revision", "python_version",
           "python_version_tuple", "release", "system", "uname", "version", "libc_ver",
           "freedesktop_os_release"]

_uname_cache = None


class uname_result(collections.namedtuple("uname_result_base",
                                          "system node release version machine")):
    """The result of `uname()`: five names, then `processor`, computed when
    asked (a namedtuple of six items)."""

    _fields = ("system", "node", "release", "version", "machine", "processor")

    @property
    def processor(self):
        return processor()

    def __iter__(self):
        for i in range(5):
            yield tuple.__getitem__(self, i)
        yield self.processor

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))


def uname():
    """`(system, node, release, version, machine)`, with `processor`."""
    global _uname_cache
    if _uname_cache is None:
        names = os.uname()
        _uname_cache = uname_result(names[0], names[1], names[2], names[3], names[4])
    return _uname_cache


def system():
    """The operating system's name: `'Linux'`."""
    return uname().system


def node():
    """The computer's network name."""
    return uname().node


def release():
    """The operating system's release."""
    return uname().release


def version():
    """The operating system's version."""
    return uname().version


def machine():
    """The machine type: `'x86_64'`, `'aarch64'`, ..."""
    return uname().machine


def processor():
    """The processor's name: `''` on Linux, as CPython finds none there."""
    return ''


def python_implementation():
    return 'CPython'


def python_version():
    """`'major.minor.micro'` of the Python version typhon reproduces."""
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(python_version().split('.'))


def python_build():
    return ('typhon', '')


def python_compiler():
    return 'typhon'


def python_branch():
    return ''


def python_revision():
    return ''


def architecture(executable=sys.executable if hasattr(sys, "executable") else '', bits='', linkage=''):
    """`(bits, linkage)` of the executable: `('64bit', 'ELF')`."""
    return ('64bit', 'ELF')


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """`(lib, version)` of the C library: `('glibc', '2.36')`."""
    return ('glibc', _os.libc_version())


def platform(aliased=False, terse=False):
    """One line naming the platform: `'Linux-6.1.0-x86_64-with-glibc2.36'`."""
    names = uname()
    lib, libversion = libc_ver()
    parts = [names.system, names.release, names.machine, names.processor, 'with', lib + libversion]
    text = '-'.join([part.strip() for part in parts if len(part)])
    # CPython makes the line usable as a file name.
    text = text.replace(' ', '_')
    for ch in '/\\:;"()':
        text = text.replace(ch, '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    while text[-1] == '-':
        text = text[:-1]
    return text


_os_release_cache = None


def freedesktop_os_release():
    """The fields of `/etc/os-release` (or `/usr/lib/os-release`) as a dict."""
    global _os_release_cache
    if _os_release_cache is None:
        errno = None
        for candidate in ('/etc/os-release', '/usr/lib/os-release'):
            try:
                with open(candidate, encoding="utf-8") as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                errno = e.errno
        else:
            raise OSError(errno, "Unable to read files /etc/os-release, /usr/lib/os-release")
    return _os_release_cache.copy()


def _parse_os_release(lines):
    info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
    for line in lines:
        line = line.strip()
        if not line or line.startswith('#') or '=' not in line:
            continue
        key, value = line.split('=', 1)
        if not key.replace('_', '').isalnum() or not key[:1].isalpha():
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
            value = value[1:-1]
            for ch in '\\$"\'`':
                value = value.replace('\\' + ch, ch)
        info[key] = value
    return info
