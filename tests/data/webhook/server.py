#!/usr/bin/env python3
"""A local HTTP server for the alert tests: records every request (method,
path, headers that matter, body) as one JSON line in LOG, answers 200 --
or 500 while the file FAIL-<first path segment> holds a count above
zero (decremented per request), after sleeping DELAY seconds when the
file DELAY exists.
Usage: server.py PORTFILE LOG CONTROLDIR (binds 127.0.0.1 on a free port
and writes it to PORTFILE)."""
import http.server, json, os, sys, time

portfile, log, ctl = sys.argv[1:4]


class Handler(http.server.BaseHTTPRequestHandler):
    def handle_one(self):
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n).decode("utf-8", "replace")
        delay = os.path.join(ctl, "DELAY")
        if os.path.exists(delay):
            time.sleep(float(open(delay).read() or 0))
        code = 200
        seg = self.path.strip("/").split("/")[0]
        fail = os.path.join(ctl, "FAIL-" + seg)
        if os.path.exists(fail):
            left = int(open(fail).read() or 0)
            if left > 0:
                code = 500
                open(fail, "w").write(str(left - 1))
        with open(log, "a") as f:
            f.write(json.dumps({
                "method": self.command, "path": self.path, "code": code,
                "key": self.headers.get("Idempotency-Key"),
                "auth": self.headers.get("Authorization"),
                "type": self.headers.get("Content-Type"),
                "body": body}) + "\n")
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    do_POST = handle_one
    do_PUT = handle_one

    def log_message(self, *a):
        pass


srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(portfile + ".tmp", "w") as f:
    f.write(str(srv.server_address[1]))
os.rename(portfile + ".tmp", portfile)
srv.serve_forever()
