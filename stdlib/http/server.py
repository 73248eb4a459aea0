"""HTTP servers: `HTTPServer`, `ThreadingHTTPServer` and
`BaseHTTPRequestHandler` (request-line and header parsing, `do_<METHOD>`
dispatch, `send_response`/`send_header`/`end_headers`, `send_error`'s
HTML page, keep-alive for HTTP/1.1, the access log on stderr) and
`SimpleHTTPRequestHandler` (files and directory listings under a
directory), as CPython's `http.server`. The CGI handler and the
command-line server are not provided.
"""

import http.client
import io
import mimetypes
import os
import shutil
import socket
import socketserver
import sys
import time
import urllib.parse
from http import HTTPStatus

__all__ = ["HTTPServer", "ThreadingHTTPServer", "BaseHTTPRequestHandler",
           "SimpleHTTPRequestHandler"]

__version__ = "0.6"

DEFAULT_ERROR_MESSAGE = """\
<!DOCTYPE HTML>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <title>Error response</title>
    </head>
    <body>
        <h1>Error response</h1>
        <p>Error code: %(code)d</p>
        <p>Message: %(message)s.</p>
        <p>Error code explanation: %(code)s - %(explain)s.</p>
    </body>
</html>
"""

DEFAULT_ERROR_CONTENT_TYPE = "text/html;charset=utf-8"

_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
           "Oct", "Nov", "Dec"]


def _escape(text):
    """`html.escape(text, quote=False)`, without importing `html` (whose
    entity table would be compiled into every server)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class HTTPServer(socketserver.TCPServer):
    allow_reuse_address = 1

    def server_bind(self):
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = socket.getfqdn(host)
        self.server_port = port


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    daemon_threads = True


def _version_number(text):
    """`major, minor` of an `HTTP/x.y` version, or None when malformed."""
    if not text.startswith("HTTP/"):
        return None
    parts = text[5:].split(".")
    if len(parts) != 2 or not all(p.isdigit() and len(p) <= 10 for p in parts):
        return None
    return int(parts[0]), int(parts[1])


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Reads requests from the connection and calls `do_GET`, `do_POST`,
    ... for each; subclasses write those."""

    sys_version = "Python/" + sys.version.split()[0]
    server_version = "BaseHTTP/" + __version__
    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    default_request_version = "HTTP/0.9"
    protocol_version = "HTTP/1.0"
    MessageClass = http.client.HTTPMessage
    responses = {v: (v.phrase, v.description) for v in HTTPStatus.__members__.values()}
    weekdayname = _DAYS
    monthname = _MONTHS

    def parse_request(self):
        self.command = None
        self.request_version = version = self.default_request_version
        self.close_connection = True
        requestline = str(self.raw_requestline, "iso-8859-1").rstrip("\r\n")
        self.requestline = requestline
        words = requestline.split()
        if not words:
            return False
        if len(words) >= 3:
            version = words[-1]
            number = _version_number(version)
            if number is None:
                self.send_error(HTTPStatus.BAD_REQUEST,
                                "Bad request version (%r)" % version)
                return False
            if number >= (1, 1) and self.protocol_version >= "HTTP/1.1":
                self.close_connection = False
            if number >= (2, 0):
                self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED,
                                "Invalid HTTP version (%s)" % version[5:])
                return False
            self.request_version = version
        if len(words) > 3:
            self.send_error(HTTPStatus.BAD_REQUEST,
                            "Bad request syntax (%r)" % requestline)
            return False
        command, path = words[0], words[1] if len(words) > 1 else None
        if len(words) == 1:
            self.send_error(HTTPStatus.BAD_REQUEST,
                            "Bad request syntax (%r)" % requestline)
            return False
        if len(words) == 2:
            self.close_connection = True
            if command != "GET":
                self.send_error(HTTPStatus.BAD_REQUEST,
                                "Bad HTTP/0.9 request type (%r)" % command)
                return False
        self.command, self.path = command, path
        if self.path.startswith("//"):
            self.path = "/" + self.path.lstrip("/")
        try:
            self.headers = http.client.parse_headers(self.rfile, _class=self.MessageClass)
        except http.client.LineTooLong as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Line too long",
                            str(err))
            return False
        except http.client.HTTPException as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Too many headers",
                            str(err))
            return False
        connection = self.headers.get("Connection", "").lower()
        if connection == "close":
            self.close_connection = True
        elif connection == "keep-alive" and self.protocol_version >= "HTTP/1.1":
            self.close_connection = False
        expect = self.headers.get("Expect", "").lower()
        if (expect == "100-continue" and self.protocol_version >= "HTTP/1.1"
                and self.request_version >= "HTTP/1.1"):
            if not self.handle_expect_100():
                return False
        return True

    def handle_expect_100(self):
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    def handle_one_request(self):
        try:
            self.raw_requestline = self.rfile.readline(65537)
            if len(self.raw_requestline) > 65536:
                self.requestline = ""
                self.request_version = ""
                self.command = ""
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            method = getattr(self, "do_" + self.command, None)
            if method is None:
                self.send_error(HTTPStatus.NOT_IMPLEMENTED,
                                "Unsupported method (%r)" % self.command)
                return
            method()
            self.wfile.flush()
        except TimeoutError as e:
            self.log_error("Request timed out: %r", e)
            self.close_connection = True

    def handle(self):
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection:
            self.handle_one_request()

    def send_error(self, code, message=None, explain=None):
        shortmsg, longmsg = self.responses.get(code, ("???", "???"))
        if message is None:
            message = shortmsg
        if explain is None:
            explain = longmsg
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)
        self.send_header("Connection", "close")
        body = None
        if code >= 200 and code not in (HTTPStatus.NO_CONTENT, HTTPStatus.RESET_CONTENT,
                                        HTTPStatus.NOT_MODIFIED):
            content = self.error_message_format % {
                "code": code,
                "message": _escape(message),
                "explain": _escape(explain),
            }
            body = content.encode("UTF-8", "replace")
            self.send_header("Content-Type", self.error_content_type)
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and body:
            self.wfile.write(body)

    def send_response(self, code, message=None):
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header("Server", self.version_string())
        self.send_header("Date", self.date_time_string())

    def send_response_only(self, code, message=None):
        if self.request_version != "HTTP/0.9":
            if message is None:
                message = self.responses[code][0] if code in self.responses else ""
            if not hasattr(self, "_headers_buffer"):
                self._headers_buffer = []
            line = "%s %d %s\r\n" % (self.protocol_version, code, message)
            self._headers_buffer.append(line.encode("latin-1", "strict"))

    def send_header(self, keyword, value):
        if self.request_version != "HTTP/0.9":
            if not hasattr(self, "_headers_buffer"):
                self._headers_buffer = []
            line = "%s: %s\r\n" % (keyword, value)
            self._headers_buffer.append(line.encode("latin-1", "strict"))
        if keyword.lower() == "connection":
            if value.lower() == "close":
                self.close_connection = True
            elif value.lower() == "keep-alive":
                self.close_connection = False

    def end_headers(self):
        if self.request_version != "HTTP/0.9":
            self._headers_buffer.append(b"\r\n")
            self.flush_headers()

    def flush_headers(self):
        if hasattr(self, "_headers_buffer"):
            self.wfile.write(b"".join(self._headers_buffer))
            self._headers_buffer = []

    def log_request(self, code="-", size="-"):
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        self.log_message(format, *args)

    def log_message(self, format, *args):
        message = format % args
        sys.stderr.write("%s - - [%s] %s\n" % (
            self.address_string(), self.log_date_time_string(),
            message.translate(_control_char_table)))

    def version_string(self):
        return self.server_version + " " + self.sys_version

    def date_time_string(self, timestamp=None):
        if timestamp is None:
            timestamp = time.time()
        t = time.gmtime(timestamp)
        return "%s, %02d %s %04d %02d:%02d:%02d GMT" % (
            _DAYS[t.tm_wday], t.tm_mday, _MONTHS[t.tm_mon], t.tm_year,
            t.tm_hour, t.tm_min, t.tm_sec)

    def log_date_time_string(self):
        t = time.localtime(time.time())
        return "%02d/%3s/%04d %02d:%02d:%02d" % (
            t.tm_mday, _MONTHS[t.tm_mon], t.tm_year, t.tm_hour, t.tm_min, t.tm_sec)

    def address_string(self):
        return self.client_address[0]


# Control characters in logged messages are shown escaped (`\x1b`).
_control_char_table = {c: "\\x%02x" % c for c in list(range(0x20)) + list(range(0x7F, 0xA0))}


def _http_date(text):
    """The POSIX time of an HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`,
    the RFC 850 `Sunday, 06-Nov-94 08:49:37 GMT` and the asctime `Sun Nov
    6 08:49:37 1994` forms, `GMT`/`UTC`/`+0000` zones), or None when it is
    not one or its zone is not UTC: an `If-Modified-Since` the file
    handler then ignores, as CPython does with a date it cannot compare."""
    words = text.replace(",", " ").split()
    if words and words[0].rstrip(",").lower()[:3] in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
        words = words[1:]
    if len(words) == 1 and words[0].count("-") == 2:
        words = words[0].split("-")
    elif len(words) >= 2 and words[0].count("-") == 2:
        words = words[0].split("-") + words[1:]
    if len(words) < 4:
        return None
    months = [m.lower() for m in _MONTHS[1:]]
    if words[0].lower()[:3] in months:
        # asctime: month day time year, no zone
        month, day, clock, year = words[0], words[1], words[2], words[3]
        zone = words[4] if len(words) > 4 else "GMT"
    else:
        day, month, year, clock = words[0], words[1], words[2], words[3]
        zone = words[4] if len(words) > 4 else "GMT"
    if month.lower()[:3] not in months or not day.isdigit() or not year.isdigit():
        return None
    if zone.upper() not in ("GMT", "UTC", "UT", "Z", "+0000", "-0000"):
        return None
    two_digits = len(year) <= 2
    year = int(year)
    if two_digits:
        year += 2000 if year < 69 else 1900
    parts = clock.split(":")
    if len(parts) not in (2, 3) or not all(p.isdigit() for p in parts):
        return None
    hour, minute = int(parts[0]), int(parts[1])
    second = int(parts[2]) if len(parts) == 3 else 0
    month = months.index(month.lower()[:3]) + 1
    day = int(day)
    if not (1 <= day <= 31 and hour < 24 and minute < 60 and second < 62):
        return None
    # Days since the epoch of a proleptic Gregorian date.
    y = year - (month <= 2)
    era_days = (y // 400) * 146097
    yoe = y % 400
    doy = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    days = era_days + doe - 719468
    return days * 86400 + hour * 3600 + minute * 60 + second


class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    """Serves GET and HEAD of the files under `directory` (the current
    directory by default): `index.html`/`index.htm` or an HTML listing for
    a directory, a redirect adding the slash a directory path lacks, 404
    for what cannot be opened, 304 for an unchanged file asked with
    `If-Modified-Since`."""

    server_version = "SimpleHTTP/" + __version__
    extensions_map = {
        ".gz": "application/gzip",
        ".Z": "application/octet-stream",
        ".bz2": "application/x-bzip2",
        ".xz": "application/x-xz",
    }

    def __init__(self, *args, directory=None, **kwargs):
        self.directory = os.fspath(os.getcwd() if directory is None else directory)
        super().__init__(*args, **kwargs)

    def do_GET(self):
        f = self.send_head()
        if f:
            try:
                self.copyfile(f, self.wfile)
            finally:
                f.close()

    def do_HEAD(self):
        f = self.send_head()
        if f:
            f.close()

    def send_head(self):
        """Send the status and headers for the path asked; the open file
        (or listing) whose bytes follow them, or None when there are none."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            parts = urllib.parse.urlsplit(self.path)
            if not parts.path.endswith("/"):
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", urllib.parse.urlunsplit(
                    (parts[0], parts[1], parts[2] + "/", parts[3], parts[4])))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            for index in ("index.html", "index.htm"):
                candidate = os.path.join(path, index)
                if os.path.isfile(candidate):
                    path = candidate
                    break
            else:
                return self.list_directory(path)
        ctype = self.guess_type(path)
        if path.endswith("/"):
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            f = open(path, "rb")
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            fs = os.fstat(f.fileno())
            if "If-Modified-Since" in self.headers and "If-None-Match" not in self.headers:
                since = _http_date(self.headers["If-Modified-Since"])
                if since is not None and int(fs.st_mtime // 1) <= since:
                    self.send_response(HTTPStatus.NOT_MODIFIED)
                    self.end_headers()
                    f.close()
                    return None
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-type", ctype)
            self.send_header("Content-Length", str(fs[6]))
            self.send_header("Last-Modified", self.date_time_string(fs.st_mtime))
            self.end_headers()
            return f
        except:
            f.close()
            raise

    def list_directory(self, path):
        """Send the headers of an HTML page listing `path`, sorted without
        case, directories with a slash and links with an `@`; the page as
        a file, or None (404) when the directory cannot be read."""
        try:
            names = os.listdir(path)
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "No permission to list directory")
            return None
        names.sort(key=lambda name: name.lower())
        try:
            shown = urllib.parse.unquote(self.path, errors="surrogatepass")
        except UnicodeDecodeError:
            shown = urllib.parse.unquote(path)
        title = "Directory listing for " + _escape(shown)
        encoding = sys.getfilesystemencoding()
        lines = [
            "<!DOCTYPE HTML>",
            '<html lang="en">',
            "<head>",
            '<meta charset="%s">' % encoding,
            "<title>%s</title>\n</head>" % title,
            "<body>\n<h1>%s</h1>" % title,
            "<hr>\n<ul>",
        ]
        for name in names:
            full = os.path.join(path, name)
            link = shown_name = name
            if os.path.isdir(full):
                link = shown_name = name + "/"
            if os.path.islink(full):
                shown_name = name + "@"
            lines.append('<li><a href="%s">%s</a></li>' % (
                urllib.parse.quote(link, errors="surrogatepass"), _escape(shown_name)))
        lines.append("</ul>\n<hr>\n</body>\n</html>\n")
        page = "\n".join(lines).encode(encoding, "surrogateescape")
        f = io.BytesIO(page)
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-type", "text/html; charset=%s" % encoding)
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        return f

    def translate_path(self, path):
        """The file under `directory` a URL path names: query and fragment
        dropped, %-escapes decoded, `.`/`..` and empty components skipped;
        a trailing slash kept."""
        path = path.split("?", 1)[0].split("#", 1)[0]
        trailing_slash = path.rstrip().endswith("/")
        try:
            path = urllib.parse.unquote(path, errors="surrogatepass")
        except UnicodeDecodeError:
            path = urllib.parse.unquote(path)
        path = os.path.normpath(path)
        result = self.directory
        for word in path.split("/"):
            if not word or os.path.dirname(word) or word in (os.curdir, os.pardir):
                continue
            result = os.path.join(result, word)
        if trailing_slash:
            result += "/"
        return result

    def copyfile(self, source, outputfile):
        shutil.copyfileobj(source, outputfile)

    def guess_type(self, path):
        """The Content-type for `path`: `extensions_map` by its suffix (as
        written, then lower-cased), then `mimetypes`, then
        `application/octet-stream`."""
        ext = os.path.splitext(path)[1]
        if ext in self.extensions_map:
            return self.extensions_map[ext]
        ext = ext.lower()
        if ext in self.extensions_map:
            return self.extensions_map[ext]
        guess, _ = mimetypes.guess_type(path)
        return guess if guess else "application/octet-stream"
