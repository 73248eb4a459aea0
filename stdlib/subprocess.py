"""Running programs: `run`, `call`, `check_call`, `check_output`,
`getoutput`, `getstatusoutput` and `Popen` (`communicate`, `wait`, `poll`,
`kill`, `terminate`, `send_signal`, the pipe objects), with `PIPE`,
`DEVNULL`, `STDOUT`, `CompletedProcess`, `CalledProcessError` and
`TimeoutExpired`, as CPython's `subprocess` gives them on Linux.

Starting programs and their pipes are native (`runtime/src/modules/
subprocess.rs`, the `_subprocess` module, over `std::process`).
"""

import _subprocess
import os

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SIGNALS = {1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT",
            7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL", 10: "SIGUSR1", 11: "SIGSEGV",
            12: "SIGUSR2", 13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM"}


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """A program run by `check_call`, `check_output` or `run(check=True)`
    ended with a non-zero status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNALS.get(-self.returncode)
            if name is not None:
                return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name,
                                                                     -self.returncode)
            return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """The timeout passed before the child ended."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What `run` returns: `args`, `returncode`, `stdout`, `stderr`."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ["args={!r}".format(self.args), "returncode={!r}".format(self.returncode)]
        if self.stdout is not None:
            args.append("stdout={!r}".format(self.stdout))
        if self.stderr is not None:
            args.append("stderr={!r}".format(self.stderr))
        return "{}({})".format(type(self).__name__, ", ".join(args))

    def check_returncode(self):
        """Raise `CalledProcessError` for a non-zero return code."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _translate(data, text, encoding, errors):
    if data is None or not text:
        return data
    return data.decode(encoding, errors).replace("\r\n", "\n").replace("\r", "\n")


class _PipeReader:
    """The parent's end of a child's stdout or stderr pipe."""

    def __init__(self, handle, which, text, encoding, errors):
        self._handle = handle
        self._which = which
        self._text = text
        self._encoding = encoding
        self._errors = errors
        self._buffer = b""
        self.closed = False

    def _out(self, data):
        return _translate(data, self._text, self._encoding, self._errors)

    def read(self, size=-1):
        if self.closed:
            raise ValueError("read of closed file")
        if size is None or size < 0:
            data = self._buffer + _subprocess.read(self._handle, self._which, -1)
            self._buffer = b""
            return self._out(data)
        while len(self._buffer) < size:
            chunk = _subprocess.read(self._handle, self._which, size - len(self._buffer))
            if not chunk:
                break
            self._buffer += chunk
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return self._out(data)

    def readline(self):
        if self.closed:
            raise ValueError("readline of closed file")
        while b"\n" not in self._buffer:
            chunk = _subprocess.read(self._handle, self._which, 8192)
            if not chunk:
                break
            self._buffer += chunk
        end = self._buffer.find(b"\n")
        end = len(self._buffer) if end < 0 else end + 1
        line, self._buffer = self._buffer[:end], self._buffer[end:]
        return self._out(line)

    def readlines(self):
        lines = []
        for line in self:
            lines.append(line)
        return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _PipeWriter:
    """The parent's end of a child's stdin pipe."""

    def __init__(self, handle, text, encoding, errors):
        self._handle = handle
        self._text = text
        self._encoding = encoding
        self._errors = errors
        self.closed = False

    def write(self, data):
        if self.closed:
            raise ValueError("write to closed file")
        if self._text:
            if not isinstance(data, str):
                raise TypeError("write() argument must be str, not " + type(data).__name__)
            _subprocess.write(self._handle, data.encode(self._encoding, self._errors))
        else:
            _subprocess.write(self._handle, data)
        return len(data)

    def flush(self):
        pass

    def close(self):
        if not self.closed:
            self.closed = True
            _subprocess.close_stdin(self._handle)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _mode(value, name):
    if value is None:
        return -1
    if value == PIPE:
        return -2
    if value == DEVNULL:
        return -3
    if value == STDOUT:
        if name != "stderr":
            raise ValueError("STDOUT can only be used for stderr")
        return -4
    if isinstance(value, int):
        if value < 0:
            raise ValueError("bad file descriptor %d" % value)
        return value
    if hasattr(value, "fileno"):
        return value.fileno()
    raise TypeError("%s must be PIPE, DEVNULL, STDOUT, a file descriptor or None" % name)


def _arg_list(args, shell):
    if isinstance(args, (str, bytes)) or hasattr(type(args), "__fspath__"):
        args = [args]
    else:
        args = list(args)
    strings = []
    for arg in args:
        if isinstance(arg, bytes):
            strings.append(arg.decode("utf-8", "surrogateescape"))
        elif isinstance(arg, str):
            strings.append(arg)
        elif hasattr(type(arg), "__fspath__"):
            strings.append(os.fspath(arg))
        else:
            raise TypeError("expected str, bytes or os.PathLike object, not "
                            + type(arg).__name__)
    if shell:
        strings = ["/bin/sh", "-c"] + strings
    return strings


class Popen:
    """A child process: `Popen(args, stdin=, stdout=, stderr=, cwd=, env=,
    shell=, text=, ...)`."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None,
                 umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self._handle = None
        self.stdin = None
        self.stdout = None
        self.stderr = None
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError("Cannot disambiguate when both text and universal_newlines "
                                  "are supplied but different. Pass one or the other.")
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.universal_newlines = self.text_mode
        self.encoding = encoding
        self.errors = errors
        self._encoding = encoding or "utf-8"
        self._errors = errors or "strict"
        program = _arg_list(args, shell)
        if executable is not None:
            executable = os.fspath(executable)
            if shell:
                program[0] = executable
        if cwd is not None:
            cwd = os.fspath(cwd)
            if not os.path.isdir(cwd):
                if os.path.exists(cwd):
                    raise NotADirectoryError(20, "Not a directory", cwd)
                raise FileNotFoundError(2, "No such file or directory", cwd)
        flat_env = None
        if env is not None:
            flat_env = []
            for key, value in env.items():
                key = os.fspath(key)
                if "=" in key:
                    raise ValueError("illegal environment variable name")
                flat_env.append(key)
                flat_env.append(os.fspath(value))
            flat_env = tuple(flat_env)
        modes = (_mode(stdin, "stdin"), _mode(stdout, "stdout"), _mode(stderr, "stderr"))
        self._handle = _subprocess.spawn(tuple(program), executable, cwd, flat_env, *modes)
        self.pid = _subprocess.pid(self._handle)
        if modes[0] == -2:
            self.stdin = _PipeWriter(self._handle, self.text_mode, self._encoding, self._errors)
        if modes[1] == -2:
            self.stdout = _PipeReader(self._handle, 0, self.text_mode, self._encoding,
                                      self._errors)
        if modes[2] == -2:
            self.stderr = _PipeReader(self._handle, 1, self.text_mode, self._encoding,
                                      self._errors)
        self._communicated = False

    def __repr__(self):
        return "<Popen: returncode: {} args: {!r}>".format(self.returncode, self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        if self.stdin:
            self.stdin.close()
        self.wait()

    def poll(self):
        """The return code if the child has ended, else None."""
        if self.returncode is None:
            self.returncode = _subprocess.wait(self._handle, 0)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child to end; its return code."""
        if self.returncode is None:
            code = _subprocess.wait(self._handle, timeout)
            if code is None:
                raise TimeoutExpired(self.args, timeout)
            self.returncode = code
        return self.returncode

    def communicate(self, input=None, timeout=None):
        """Send `input`, read stdout and stderr to their ends and wait:
        `(stdout, stderr)`, each None unless it is a pipe."""
        if self._communicated and input:
            raise ValueError("Cannot send input after starting communication")
        if input is not None and self.stdin is None:
            input = None
        if input is not None and self.text_mode:
            input = input.encode(self._encoding, self._errors)
        if input is not None and not isinstance(input, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(input).__name__)
        if self.stdin is not None:
            self.stdin.closed = True
        self._communicated = True
        result = _subprocess.communicate(self._handle, input, timeout)
        if result is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = _subprocess.wait(self._handle, None)
        out, err = result
        if self.stdout is not None:
            out = self.stdout._buffer + out
            self.stdout._buffer = b""
        if self.stderr is not None:
            err = self.stderr._buffer + err
            self.stderr._buffer = b""
        return (_translate(out, self.text_mode, self._encoding, self._errors),
                _translate(err, self.text_mode, self._encoding, self._errors))

    def send_signal(self, sig):
        """Send the signal `sig` to the child."""
        self.poll()
        if self.returncode is None:
            _subprocess.kill(self._handle, int(sig))

    def terminate(self):
        """SIGTERM to the child."""
        self.send_signal(15)

    def kill(self):
        """SIGKILL to the child."""
        self.send_signal(9)


def call(*popenargs, timeout=None, **kwargs):
    """Run the command and wait; its return code."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run the command and wait; `CalledProcessError` for a non-zero
    return code."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run the command; its standard output (`CalledProcessError` for a
    non-zero return code)."""
    for kw in ("stdout", "check"):
        if kw in kwargs:
            raise ValueError("%s argument not allowed, it will be overridden." % kw)
    if "input" in kwargs and kwargs["input"] is None:
        text = kwargs.get("universal_newlines") or kwargs.get("text") or kwargs.get(
            "encoding") or kwargs.get("errors")
        kwargs["input"] = "" if text else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run the command and wait: a `CompletedProcess`."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            exc.stdout, exc.stderr = process.communicate()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd):
    """`(exitcode, output)` of the shell command `cmd`, stderr included,
    without the last newline."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd):
    """The output of the shell command `cmd` (stderr included), without the
    last newline."""
    return getstatusoutput(cmd)[1]
