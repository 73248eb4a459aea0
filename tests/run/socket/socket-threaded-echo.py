# A threaded echo server: a server thread blocks in accept() and recv()
# while the main thread connects, so blocking socket calls must let the
# other thread run; one handler thread per client, several clients, and
# makefile() reading lines and writing through the socket.
import socket
import threading

server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen(8)
port = server.getsockname()[1]
results = []


def handle(conn):
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data.upper())


def serve(count):
    threads = []
    for _ in range(count):
        conn, _ = server.accept()
        t = threading.Thread(target=handle, args=(conn,))
        t.start()
        threads.append(t)
    for t in threads:
        t.join()


acceptor = threading.Thread(target=serve, args=(3,))
acceptor.start()
clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(3)]
for i, c in enumerate(clients):
    c.sendall(b"message %d" % i)
for c in clients:
    print(c.recv(100))
for c in reversed(clients):
    c.sendall(b"bye")
    print(c.recv(100))
    c.close()
acceptor.join()


def line_server():
    conn, _ = server.accept()
    with conn, conn.makefile("rb") as reader, conn.makefile("w") as writer:
        for line in reader:
            writer.write("got %s\n" % line.decode().strip())
            writer.flush()


t = threading.Thread(target=line_server)
t.start()
c = socket.create_connection(("127.0.0.1", port))
f = c.makefile("rw")
print(f.mode, f.encoding)
for word in ["alpha", "beta", "gamma"]:
    f.write(word + "\n")
    f.flush()
    print(repr(f.readline()))
c.shutdown(socket.SHUT_WR)
print(repr(f.readline()))
f.close()
c.close()
t.join()
server.close()
print("done")
