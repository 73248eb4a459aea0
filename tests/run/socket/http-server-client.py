# http.server and http.client together: an HTTPServer serving GET and POST
# from a thread (serve_forever, then shutdown), HTTPConnection requests on
# one keep-alive HTTP/1.1 connection, the response status, reason, headers
# (without Date and the Python version) and bodies, send_error's page for 404 and 501, a raw
# HTTP/1.0 request over a socket, and the logged request lines.
import http.client
import socket
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer

log = []


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        log.append(format % args)

    def do_GET(self):
        if self.path == "/missing":
            self.send_error(HTTPStatus.NOT_FOUND, "No such page")
            return
        body = ("path=%s agent=%s\n" % (self.path, self.headers.get("user-agent"))).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        data = self.rfile.read(length)
        body = data.upper() + b" (%d bytes)" % length
        self.send_response(HTTPStatus.CREATED)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Echo", self.headers.get("X-Tag", "none"))
        self.end_headers()
        self.wfile.write(body)


server = HTTPServer(("127.0.0.1", 0), Handler)
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
thread.start()


def show(response):
    print(response.status, response.reason, response.version)
    print([(k, v) for k, v in response.getheaders() if k not in ("Date", "Server")])
    print(response.getheader("Server").split()[0])
    print(response.getheader("content-type"), response.getheader("X-None", "dflt"))
    print(response.read())


conn = http.client.HTTPConnection("127.0.0.1", port)
conn.request("GET", "/hello?x=1", headers={"User-Agent": "typhon-test"})
show(conn.getresponse())
conn.request("POST", "/submit", body=b"payload", headers={"X-Tag": "t1"})
show(conn.getresponse())
conn.request("POST", "/text", body="str body")
show(conn.getresponse())
conn.request("GET", "/missing")
show(conn.getresponse())
conn.close()

conn = http.client.HTTPConnection("127.0.0.1:%d" % port)
conn.request("DELETE", "/thing")
r = conn.getresponse()
print(r.status, r.reason, r.headers["Connection"], r.headers["Content-Type"])
print(r.read().decode())
conn.close()

raw = socket.create_connection(("127.0.0.1", port))
raw.sendall(b"GET /raw HTTP/1.0\r\nUser-Agent: raw\r\n\r\n")
data = b""
while True:
    chunk = raw.recv(4096)
    if not chunk:
        break
    data += chunk
raw.close()
print([line for line in data.split(b"\r\n") if not line.startswith((b"Date:", b"Server:"))])

server.shutdown()
server.server_close()
thread.join()
for line in log:
    print(line)
print(http.client.responses[404], HTTPStatus(418).phrase, repr(HTTPStatus.OK))
