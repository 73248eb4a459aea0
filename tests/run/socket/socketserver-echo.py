# socketserver: a ThreadingTCPServer with a StreamRequestHandler echoing
# lines (serve_forever in a thread, shutdown, server_close joining the
# handler threads), a TCPServer driven by handle_request with
# verify_request refusing a client, and a UDPServer with a
# DatagramRequestHandler.
import socket
import socketserver
import threading

events = []


class LineEcho(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(b"echo: " + line)


with socketserver.ThreadingTCPServer(("127.0.0.1", 0), LineEcho) as server:
    host, port = server.server_address
    print(host, server.socket.type, server.request_queue_size)
    t = threading.Thread(target=server.serve_forever, args=(0.05,))
    t.start()
    clients = [socket.create_connection((host, port)) for _ in range(3)]
    for i, c in enumerate(clients):
        c.sendall(b"line %d\n" % i)
    for c in clients:
        f = c.makefile("rb")
        print(f.readline())
        f.close()
        c.close()
    server.shutdown()
    t.join()


class Picky(socketserver.TCPServer):
    allow_reuse_address = True

    def verify_request(self, request, client_address):
        ok = len(events) % 2 == 0
        events.append("verify %s" % ok)
        return ok


class Hello(socketserver.BaseRequestHandler):
    def setup(self):
        events.append("setup")

    def handle(self):
        self.request.sendall(b"hello " + self.request.recv(100))

    def finish(self):
        events.append("finish")


with Picky(("127.0.0.1", 0), Hello) as server:
    port = server.server_address[1]
    for name in (b"a", b"b"):
        c = socket.create_connection(("127.0.0.1", port))
        c.sendall(name)
        server.handle_request()
        print(c.recv(100))
        c.close()
print(events)


class Upper(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read().upper())


with socketserver.UDPServer(("127.0.0.1", 0), Upper) as server:
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.sendto(b"datagram", server.server_address)
    server.handle_request()
    print(u.recvfrom(100)[0])
    u.close()
print(server.socket.fileno())
