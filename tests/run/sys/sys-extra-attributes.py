# sys attributes beyond the basics: warnoptions, _xoptions, flags (every field but hash_randomization, which follows PYTHONHASHSEED), implementation, executable, orig_argv, the small constants, gettrace/getprofile/is_finalizing, the switch interval.
import sys
print(sys.warnoptions, sys._xoptions, sys.dont_write_bytecode, sys.api_version)
f = sys.flags
print(f.optimize, f.dont_write_bytecode, f.utf8_mode, f.dev_mode, f.safe_path, f.int_max_str_digits, len(f), type(f).__name__)
print(sys.implementation.name, sys.implementation.cache_tag, sys.implementation._multiarch)
print(sys.implementation.version == sys.version_info, sys.implementation.hexversion == sys.hexversion)
print(repr(sys.implementation)[:30])
print(sys.float_repr_style, repr(sys.abiflags), sys.platlibdir, sys.pycache_prefix)
print(sys.gettrace(), sys.getprofile(), sys.is_finalizing(), sys.getfilesystemencodeerrors())
print(sys.getswitchinterval()); sys.setswitchinterval(0.01); print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)
import os
print(os.path.isabs(sys.executable), type(sys.orig_argv), len(sys.orig_argv) >= 1)
print(sys.byteorder, sys.maxunicode, sys.platform, sys.maxsize, sys.hash_info.algorithm, sys.int_info.bits_per_digit, sys.float_info.dig)
print(sys.getrecursionlimit(), sys.version_info[:2], sys.version_info.major)
print(f[4], f[-1], f.dev_mode is False)
print(", ".join(f"{name}={getattr(f, name)!r}" for name in ("debug", "inspect", "interactive", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "isolated", "warn_default_encoding")))
