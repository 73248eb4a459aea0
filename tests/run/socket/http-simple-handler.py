# http.server.SimpleHTTPRequestHandler over a temporary directory: files
# with their Content-type (mimetypes and the handler's own map), a listing
# (sorted without case, directories with '/', escaped names), index.html
# for a directory, the redirect adding a slash, 404s, HEAD, %-escapes and
# '..' kept inside the directory, If-Modified-Since (304 or 200), and
# translate_path/guess_type called directly.
import functools
import http.client
import os
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

log = []


class Handler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        log.append(format % args)


tmp = tempfile.mkdtemp()
files = {
    "hello.txt": b"hello world\n",
    "page.HTML": b"<p>page</p>",
    "data.json": b'{"a": 1}',
    "blob.gz": b"\x1f\x8b not really",
    "noext": b"raw",
    "a b&c.txt": b"spaces",
    "Zeta.css": b"body{}",
}
for name, data in files.items():
    with open(os.path.join(tmp, name), "wb") as f:
        f.write(data)
os.mkdir(os.path.join(tmp, "docs"))
with open(os.path.join(tmp, "docs", "index.html"), "wb") as f:
    f.write(b"<h1>docs</h1>")
os.mkdir(os.path.join(tmp, "empty"))
for name in files:
    os.utime(os.path.join(tmp, name), (1700000000, 1700000000))
os.utime(os.path.join(tmp, "docs", "index.html"), (1700000000, 1700000000))
os.utime(os.path.join(tmp, "hello.txt"), (784111777, 784111777))

server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=tmp))
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
thread.start()


def fetch(path, method="GET", headers={}):
    conn = http.client.HTTPConnection("127.0.0.1", port)
    conn.request(method, path, headers=headers)
    r = conn.getresponse()
    body = r.read()
    shown = [(k, v) for k, v in r.getheaders() if k not in ("Date", "Server")]
    print(method, path, r.status, r.reason)
    print("  ", shown)
    print("  ", body.decode("latin-1") if len(body) < 400 else body[:60])
    conn.close()
    return body


for name in sorted(files):
    fetch("/" + name.replace(" ", "%20").replace("&", "%26"))
print(fetch("/").decode())
fetch("/docs")
fetch("/docs/")
fetch("/docs?x=1")
print(fetch("/empty/").decode())
fetch("/missing.txt")
fetch("/hello.txt/")
fetch("/hello.txt", "HEAD")
fetch("/../../hello.txt?q=1#frag")
fetch("/docs/../hello.txt")
fetch("/hello.txt", headers={"If-Modified-Since": "Sun, 06 Nov 1994 08:49:37 GMT"})
fetch("/hello.txt", headers={"If-Modified-Since": "Sun, 06 Nov 1994 08:49:36 GMT"})
fetch("/hello.txt", headers={"If-Modified-Since": "Sunday, 06-Nov-94 08:50:00 GMT"})
fetch("/hello.txt", headers={"If-Modified-Since": "not a date"})
fetch("/hello.txt", headers={"If-Modified-Since": "Sun, 06 Nov 1994 08:49:37 GMT",
                             "If-None-Match": "x"})
server.shutdown()
thread.join()
server.server_close()
for line in sorted(log):
    print(line)

handler = SimpleHTTPRequestHandler.__new__(SimpleHTTPRequestHandler)
handler.directory = "/srv/www"
for path in ["/", "/a/b.txt", "/a/../../etc/passwd", "/x%2Fy", "/a//b/", "/q?x=/y", "/%41"]:
    print(path, handler.translate_path(path))
for path in ["x.gz", "x.GZ", "x.Z", "x.tar.bz2", "x.png", "x.unknownext", "x"]:
    print(path, handler.guess_type(path))
print(SimpleHTTPRequestHandler.server_version, sorted(SimpleHTTPRequestHandler.extensions_map))
for name in files:
    os.remove(os.path.join(tmp, name))
os.remove(os.path.join(tmp, "docs", "index.html"))
os.rmdir(os.path.join(tmp, "docs"))
os.rmdir(os.path.join(tmp, "empty"))
os.rmdir(tmp)
