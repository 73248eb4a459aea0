# platform: the uname names agree with os.uname, uname_result's shape
# (six items with processor), platform() and libc_ver() formats,
# python_version_tuple against sys.version_info, freedesktop_os_release.
import os
import platform
import sys

u = platform.uname()
names = os.uname()
print(platform.system(), u.system == names.sysname, platform.node() == names.nodename)
print(platform.release() == names.release, platform.version() == names.version, platform.machine() == names.machine)
print(type(u).__name__, len(u), len(list(iter(u))), u[0] == u.system, list(u)[4] == names.machine, u.processor == u[5])
print(u._fields, isinstance(u, tuple), platform.uname() is u or platform.uname() == u)
print(repr(u).startswith("uname_result(system='Linux', node="), "processor" not in repr(u))
p = platform.platform()
print(p.startswith("Linux-" + names.release.replace(" ", "_")), ("-" + names.machine + "-with-glibc") in p)
print(platform.platform(terse=True) == p, "--" not in p)
lib, ver = platform.libc_ver()
print(lib, all(part.isdigit() for part in ver.split(".")), ver.count(".") >= 1)
vt = platform.python_version_tuple()
print(len(vt), vt[:2], int(vt[0]) == sys.version_info.major, platform.python_version().startswith("3.11."))
print(platform.python_implementation(), platform.architecture()[0])
info = platform.freedesktop_os_release()
print(type(info).__name__, "ID" in info and "NAME" in info, platform.freedesktop_os_release() is not info)
os_names = os.uname()
print(type(os_names).__name__, os_names.sysname, len(os_names))
