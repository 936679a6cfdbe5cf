#!/usr/bin/env python3
"""A raw LMTP client for the tests (tests/e2e/lmtp.sh): Python's smtplib
reads one reply after DATA, LMTP gives one per recipient.

  lmtpc.py ADDR send FROM RCPT[,RCPT...] FILE [--pipelined] [--cut N]
      one message; prints every reply line after the greeting. --cut N:
      send the first N bytes of the data, then wait to be killed.
  lmtpc.py ADDR script
      stdin is sent as is (CRLF added to bare LF); prints all replies
      until the server closes or 3 s of silence.
  lmtpc.py ADDR idle SECS
      connects, says LHLO, waits; prints what arrives within SECS.
  lmtpc.py ADDR parallel N MSGS FROM RCPT DIR
      N clients at once, each sending MSGS messages of DIR in turn with a
      Message-ID of its own; prints how many 250 replies came back.
ADDR: a unix socket path, or HOST:PORT.
"""
import os
import socket
import sys
import threading
import time


def connect(addr):
    if addr.startswith("/"):
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.connect(addr)
    else:
        host, port = addr.rsplit(":", 1)
        s = socket.create_connection((host, int(port)))
    s.settimeout(30)
    return s


class Conn:
    def __init__(self, addr):
        self.s = connect(addr)
        self.buf = b""

    def line(self):
        while b"\r\n" not in self.buf:
            d = self.s.recv(65536)
            if not d:
                raise EOFError("closed")
            self.buf += d
        ln, self.buf = self.buf.split(b"\r\n", 1)
        return ln.decode()

    def reply(self):
        lines = [self.line()]
        while lines[-1][3:4] == "-":
            lines.append(self.line())
        return lines

    def send(self, data):
        self.s.sendall(data)


def stuff(raw):
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if not raw.endswith(b"\r\n"):
        raw += b"\r\n"
    out = []
    for ln in raw.split(b"\r\n")[:-1]:
        out.append(b"." + ln if ln.startswith(b".") else ln)
    return b"\r\n".join(out) + b"\r\n.\r\n"


def send(addr, sender, rcpts, raw, pipelined=False, cut=None):
    c = Conn(addr)
    out = []
    c.reply()
    c.send(b"LHLO test\r\n")
    c.reply()
    cmds = [b"MAIL FROM:<%s>\r\n" % sender.encode()]
    cmds += [b"RCPT TO:<%s>\r\n" % r.encode() for r in rcpts]
    cmds.append(b"DATA\r\n")
    if pipelined:
        c.send(b"".join(cmds))
        for _ in cmds:
            out.append(" ".join(c.reply()))
    else:
        for cmd in cmds:
            c.send(cmd)
            out.append(" ".join(c.reply()))
    ok = sum(1 for r in out[1:-1] if r.startswith("250"))
    if not out[-1].startswith("354"):
        return out
    data = stuff(raw)
    if cut is not None:
        c.send(data[:cut])
        print("\n".join(out), flush=True)
        time.sleep(60)
        return []
    c.send(data)
    for _ in range(ok):
        out.append(c.line())
    c.send(b"QUIT\r\n")
    out.append(c.line())
    return out


def script(addr):
    c = Conn(addr)
    data = sys.stdin.buffer.read().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    c.s.settimeout(3)
    got = c.line().encode() + b"\r\n"    # the greeting (421: then closed)
    try:
        c.send(data)
    except BrokenPipeError:
        pass
    drain(c, got + c.buf)


def drain(c, got):
    """Prints got and what else arrives until closed or silent. A server
    that closes with our unread lines queued resets the connection: the
    end, like a close (what it sent before is in got already)."""
    try:
        while True:
            d = c.s.recv(65536)
            if not d:
                break
            got += d
    except (socket.timeout, ConnectionResetError):
        pass
    sys.stdout.write(got.decode().replace("\r\n", "\n"))


def idle(addr, secs):
    c = Conn(addr)
    c.s.settimeout(float(secs))
    c.send(b"LHLO test\r\n")
    drain(c, b"")


def parallel(addr, n, msgs, sender, rcpt, d):
    files = sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".eml"))
    count = [0]
    lock = threading.Lock()

    def one(k):
        for m in range(msgs):
            raw = open(files[(k + m) % len(files)], "rb").read()
            mid = b"<par-%d-%d@lmtp.test>" % (k, m)
            lines = raw.split(b"\n")
            lines = [b"Message-ID: " + mid if l.lower().startswith(b"message-id:") else l
                     for l in lines]
            if not any(l.lower().startswith(b"message-id:") for l in raw.split(b"\n")):
                lines.insert(0, b"Message-ID: " + mid)
            try:
                r = send(addr, sender, [rcpt], b"\n".join(lines))
            except Exception as e:
                print("client %d message %d: %r" % (k, m, e), file=sys.stderr)
                r = []
            with lock:
                good = sum(1 for x in r if x.startswith("250 2.0.0"))
                count[0] += good
                if not good:
                    print("client %d message %d: %s" % (k, m, r), file=sys.stderr)
    ts = [threading.Thread(target=one, args=(k,)) for k in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(count[0])


def main():
    addr, cmd = sys.argv[1], sys.argv[2]
    a = sys.argv[3:]
    if cmd == "send":
        cut = int(a[a.index("--cut") + 1]) if "--cut" in a else None
        out = send(addr, a[0], a[1].split(","), open(a[2], "rb").read(),
                   "--pipelined" in a, cut)
        print("\n".join(out))
    elif cmd == "script":
        script(addr)
    elif cmd == "idle":
        idle(addr, a[0])
    elif cmd == "parallel":
        parallel(addr, int(a[0]), int(a[1]), a[2], a[3], a[4])


if __name__ == "__main__":
    main()
