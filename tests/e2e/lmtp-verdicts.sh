#!/usr/bin/env bash
# The same verdicts, header for header, whichever way mail arrives: 300
# labelled support messages (../shared/corpus/labelled/dev) filed once by
# one "mailtriage deliver" process each and once through "mailtriage
# lmtpd" (several sessions at once) into two Maildirs with the same
# config; each message's X-Triage-Priority, -Signals, -Rules, -Reasons,
# -Language, -Auto and -Error must be the same, and so must its folder.
. "$(dirname "$0")/../lib.sh"
dev=$SRC/../shared/corpus/labelled/dev
need file "$dev" || finish
need tool python3 || finish
mkdir -p "$T/in"
find "$dev" -maxdepth 1 -name '*.eml' | sort | head -300 | while IFS= read -r f; do
  cp "$f" "$T/in/"
done
n=$(ls "$T/in" | wc -l)
# No history: each message its own ticket either way (repeat contacts,
# threads and incidents would depend on the order of arrival, and the
# three LMTP sessions interleave it).
common="[modifiers]
repeat = 0
thread_window_hours = 0.0001
[incidents]
enabled = false"
printf '%s\n[general]\nmaildir = %s/dl\n' "$common" "$T" > "$T/dl.conf"
printf '%s\n[general]\nmaildir = %s/lm\n[lmtp]\nlisten = unix:%s/lmtp.sock\nsessions = 3\n' \
  "$common" "$T" "$T" > "$T/lm.conf"
for f in "$T"/in/*; do
  "$BIN" deliver -q -c "$T/dl.conf" < "$f" || not_ok "deliver $(basename "$f")"
done
"$BIN" lmtpd -c "$T/lm.conf" 2> "$T/lmtpd.log" &
LP=$!
for _ in $(seq 100); do [ -S "$T/lmtp.sock" ] && break; sleep 0.05; done
python3 - "$T/lmtp.sock" "$T/in" "$SRC/tests/data/lmtp" > "$T/lm.out" <<'PY'
# Three clients at once, each sending its share over one session.
import os, socket, sys, threading
sys.path.insert(0, sys.argv[3])
from lmtpc import Conn, stuff
files = sorted(os.path.join(sys.argv[2], f) for f in os.listdir(sys.argv[2]))
ok = [0]
lock = threading.Lock()
def one(part):
    c = Conn(sys.argv[1]); c.reply(); c.send(b"LHLO t\r\n"); c.reply()
    for f in part:
        c.send(b"MAIL FROM:<c@x>\r\nRCPT TO:<support@example.com>\r\nDATA\r\n")
        for _ in range(3): c.line()
        c.send(stuff(open(f, "rb").read()))
        if c.line().startswith("250 2.0.0"):
            with lock: ok[0] += 1
    c.send(b"QUIT\r\n"); c.line()
ts = [threading.Thread(target=one, args=(files[i::3],)) for i in range(3)]
[t.start() for t in ts]; [t.join() for t in ts]
print(ok[0])
PY
kill -TERM "$LP"; wait "$LP"
eq "lmtpd: every message 250" "$n" "$(cat "$T/lm.out")"
python3 - "$T/dl" "$T/lm" > "$T/diff.out" <<'PY'
import email.parser, os, sys
KEYS = ["X-Triage-Priority", "X-Triage-Signals", "X-Triage-Rules",
        "X-Triage-Reasons", "X-Triage-Language", "X-Triage-Auto",
        "X-Triage-Error"]
def load(root):
    out = {}
    for d, _, fs in os.walk(root):
        if not (d.endswith("/new") or d.endswith("/cur")):
            continue
        folder = os.path.relpath(os.path.dirname(d), root)
        for f in fs:
            h = email.parser.BytesHeaderParser().parse(open(os.path.join(d, f), "rb"))
            key = (h.get("Message-ID") or "") + "|" + (h.get("Subject") or "")
            out[key] = (folder,) + tuple(" ".join(str(h.get(k, "")).split()) for k in KEYS)
    return out
a, b = load(sys.argv[1]), load(sys.argv[2])
diff = [k for k in a if a[k] != b.get(k)]
print(len(a), len(b), len(diff))
for k in diff[:5]:
    print(k, a[k], b.get(k), file=sys.stderr)
PY
read -r na nb nd < "$T/diff.out"
eq "deliver filed every message" "$n" "$na"
eq "lmtpd filed every message" "$n" "$nb"
eq "the same verdict and folder for each" 0 "$nd"
finish
