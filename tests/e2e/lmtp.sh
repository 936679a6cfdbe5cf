#!/usr/bin/env bash
# mailtriage lmtpd (RFC 2033) over a unix socket and 127.0.0.1: one
# message to two recipients is filed into each one's Maildir (one reply
# each), pipelined commands, unknown recipients and oversized mail
# refused for good, a recipient whose Maildir cannot be written deferred
# (4xx) while the other is filed, a retry filed once, a worker killed
# mid-DATA (nothing filed; the retry files it once), many sessions at
# once, SIGHUP (a bad config is refused and the old one kept), idle
# timeout, SIGTERM (421 between messages, socket removed), and systemd
# socket activation (with an unusable config: 421 at the greeting).
. "$(dirname "$0")/../lib.sh"
S=$SRC/contrib/samples
need tool python3 || finish
C="python3 $SRC/tests/data/lmtp/lmtpc.py"
SOCK=$T/lmtp.sock
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
MPORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$T/mt.conf" <<CONF
[general]
maildir = $T/md
[lmtp]
listen = unix:$SOCK 127.0.0.1:$PORT
maildir = $T/boxes/%d/%u
recipients = @a.test, @b.test, vip@c.test
max_size = 200000
sessions = 3
idle_timeout = 30
[metrics]
listen = 127.0.0.1:$MPORT
CONF
start() {
  "$BIN" lmtpd -c "$1" 2>> "$T/lmtpd.log" &
  PID=$!
  for _ in $(seq 100); do [ -S "$SOCK" ] && return 0; sleep 0.05; done
  return 1
}
files() { find "$T/boxes/$1" -path '*/new/*' -type f 2>/dev/null | wc -l; }
q() { python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$1" "$2"; }
check "lmtpd starts and listens" start "$T/mt.conf"

# --- one message, two recipients: one reply each, a copy in each Maildir
$C "$SOCK" send cust@example.com support@a.test,Help@B.test "$S/02-outage.eml" > "$T/r1"
eq "two recipients: a 250 for each" 2 "$(grep -c '^250 2.0.0 <.*> filed: ticket #1, high' "$T/r1")"
eq "support@a.test: filed in its own Maildir" 1 "$(files a.test/support)"
eq "help@b.test: filed in its own (lower-cased) Maildir" 1 "$(files b.test/help)"
f=$(find "$T/boxes/a.test/support" -path '*/new/*' -type f)
check "Return-Path and Delivered-To before the original headers" python3 -c '
import sys; h = open(sys.argv[1], "rb").read().split(b"\n")
i = h.index(b"Return-Path: <cust@example.com>")
assert h[i + 1] == b"Delivered-To: <support@a.test>" and all(not l.startswith(b"Received:") for l in h[:i]), h[:i + 2]' "$f"
eq "tagged as deliver tags" "high" "$(hdr X-Triage-Priority "$f")"
eq "each Maildir keeps its ledger" 1 "$(q "$T/boxes/b.test/help/mailtriage.db" 'SELECT count(*) FROM messages WHERE delivered = 1')"
check "body after the headers unchanged (LF endings, dots unstuffed)" python3 -c '
import sys; a = open(sys.argv[1], "rb").read(); b = open(sys.argv[2], "rb").read().replace(b"\r\n", b"\n")
assert a.endswith(b.split(b"\n\n", 1)[1]), "body differs"' "$f" "$S/02-outage.eml"

# --- the same message again (the MTA retrying): filed once
$C "127.0.0.1:$PORT" send cust@example.com support@a.test "$S/02-outage.eml" > "$T/r2"
check "a redelivery: 250, already filed" grep -q '^250 2.0.0 <support@a.test> already filed' "$T/r2"
eq "a redelivery: still one copy" 1 "$(files a.test/support)"

# --- pipelined (RFC 2920): all commands in one write, replies in order
$C "$SOCK" send cust@example.com vip@c.test,ops@b.test "$S/01-smoke.eml" --pipelined > "$T/r3"
eq "pipelined: replies in order" "250 2.1.0 sender OK|250 2.1.5 recipient OK|250 2.1.5 recipient OK|354" \
  "$(head -4 "$T/r3" | cut -c1-24 | sed 's/ *$//' | paste -sd'|' | sed 's/354 2.0.0 go ahead, end/354/')"
eq "pipelined: both filed" 2 "$(grep -c '^250 2.0.0 <.*> filed' "$T/r3")"

# --- [metrics] listen: the workers' outcomes reach one endpoint
scrape() { python3 -c 'import sys, urllib.request; sys.stdout.write(urllib.request.urlopen("http://127.0.0.1:%s/metrics" % sys.argv[1], timeout=10).read().decode())' "$MPORT"; }
metric() { scrape | awk -v k="$1" '$1 == k { print $2 }'; }
sleep 0.3
eq "metrics: both recipients of the outage filed" 2 \
  "$(metric 'mailtriage_messages_total{priority="high",signal="outage",outcome="filed"}')"
eq "metrics: the redelivery counted as a duplicate" 1 \
  "$(metric 'mailtriage_messages_total{priority="high",signal="outage",outcome="duplicate"}')"
check "metrics: rule hits of filed mail" bash -c "$(declare -f scrape); MPORT=$MPORT scrape | grep -q '^mailtriage_rule_hits_total{rule=\"outage/'"

# --- refused for good: unknown recipient, a name no Maildir can have,
# --- too big (SIZE= and after DATA)
printf 'LHLO t\nMAIL FROM:<c@x>\nRCPT TO:<who@elsewhere.test>\nRCPT TO:<../x@a.test>\nRCPT TO:<.@a.test>\nRCPT TO:<.Triage.Low@a.test>\nRSET\nMAIL FROM:<c@x> SIZE=999999\nQUIT\n' |
  $C "$SOCK" script > "$T/r4"
check "a local part of \".\" or \".x\" names no Maildir: 550 5.1.3" \
  test "$(grep -cE '^550 5.1.3 <(\.|\.Triage\.Low)@a\.test>' "$T/r4")" -eq 2
check "unknown recipient: 550 5.1.1" grep -q '^550 5.1.1 <who@elsewhere.test>' "$T/r4"
check "a recipient that names no Maildir: 550 5.1.3" grep -q '^550 5.1.3 <../x@a.test>' "$T/r4"
check "SIZE= over max_size: 552 5.3.4" grep -q '^552 5.3.4' "$T/r4"
python3 -c 'import sys; sys.stdout.write("Subject: big\n\n" + ("x" * 100 + "\n") * 3000)' > "$T/big.eml"
$C "$SOCK" send c@x support@a.test "$T/big.eml" > "$T/r5"
check "a message over max_size: 552 5.3.4 after DATA" grep -q '^552 5.3.4 message too big' "$T/r5"
eq "nothing filed for it" 1 "$(files a.test/support)"

# --- a NUL in the message: the bytes as sent, nothing more (the copy
# --- is not cut at the NUL, nor padded with anything else)
python3 -c 'import sys; sys.stdout.buffer.write(b"Subject: nul\n\n" + b"\0" + b"A" * 60000 + b"\n")' > "$T/nul.eml"
$C "$SOCK" send c@x nul@a.test "$T/nul.eml" > "$T/rn"
check "a NUL in the body: filed" grep -q '^250 2.0.0 <nul@a.test> filed' "$T/rn"
f=$(find "$T/boxes/a.test/nul" -path '*/new/*' -type f | head -1)
check "... its body byte for byte" python3 -c '
import sys; d = open(sys.argv[1], "rb").read()
assert d.endswith(b"\n\n\0" + b"A" * 60000 + b"\n"), len(d)
assert len(d) < 60001 + 2000, len(d)' "$f"

# --- a message to more Maildirs than a worker keeps open: every one
# --- filed, and the worker's descriptors stay bounded
rcpts=$(seq -f 'r%g@b.test' 1 90 | paste -sd,)
$C "$SOCK" send cust@example.com "$rcpts" "$S/05-question.eml" > "$T/rm"
eq "90 recipients: 90 filed" 90 "$(grep -c '^250 2.0.0 <r[0-9]*@b.test> filed' "$T/rm")"
maxfd=0
for w in $(pgrep -P "$PID"); do
  n=$(ls /proc/"$w"/fd 2>/dev/null | wc -l); [ "$n" -gt "$maxfd" ] && maxfd=$n
done
check "a worker holds at most 64 Maildirs' ledgers open (fds: $maxfd)" test "$maxfd" -lt 280

# --- one recipient's Maildir cannot be written: 451 for it, 250 for the
# --- other; once fixed, the retry files it once
mkdir -p "$T/boxes/a.test/locked"
chmod 0500 "$T/boxes/a.test/locked"
$C "$SOCK" send cust@example.com locked@a.test,ok@a.test "$S/04-locked-out.eml" > "$T/r6"
check "unwritable Maildir: 451 4.3.0 for that recipient" grep -q '^451 4.3.0 <locked@a.test>' "$T/r6"
check "... and 250 for the other" grep -q '^250 2.0.0 <ok@a.test> filed' "$T/r6"
sleep 0.3
check "metrics: the deferral counted" test "$(scrape | grep -c '^mailtriage_messages_total{.*outcome="deferred"}')" -ge 1
chmod 0700 "$T/boxes/a.test/locked"
$C "$SOCK" send cust@example.com locked@a.test "$S/04-locked-out.eml" > "$T/r7"
check "fixed: the retry is filed" grep -q '^250 2.0.0 <locked@a.test> filed' "$T/r7"
eq "filed once" 1 "$(files a.test/locked)"

# --- a worker killed with -9 in the middle of DATA: nothing filed, and
# --- the MTA's retry files it once
$C "$SOCK" send cust@example.com cut@a.test "$S/03-double-charge.eml" --cut 200 > "$T/r8" &
CL=$!
for _ in $(seq 50); do grep -q '^354' "$T/r8" 2>/dev/null && break; sleep 0.1; done
sleep 0.3
# the busiest child (one fd more: the session) gets the -9
VICTIM=$(LPID=$PID python3 - <<'PY'
import os
best = None
for p in os.listdir("/proc"):
    if not p.isdigit(): continue
    try:
        st = open("/proc/%s/stat" % p).read().split()
        if st[3] != os.environ["LPID"]: continue
        n = len(os.listdir("/proc/%s/fd" % p))
        if best is None or n > best[1]: best = (p, n)
    except Exception:
        pass
print(best[0] if best else "")
PY
)
check "a worker to kill" test -n "$VICTIM"
kill -9 "$VICTIM" 2>/dev/null
kill "$CL" 2>/dev/null; wait "$CL" 2>/dev/null
eq "killed mid-DATA: nothing filed" 0 "$(files a.test/cut)"
sleep 1.2	# the parent starts another worker (at most one a second)
$C "$SOCK" send cust@example.com cut@a.test "$S/03-double-charge.eml" > "$T/r9"
check "the retry: filed" grep -q '^250 2.0.0 <cut@a.test> filed' "$T/r9"
eq "the retry: once" 1 "$(files a.test/cut)"
check "the dead worker was logged and replaced" grep -q 'worker [0-9]* died (signal 9); starting another' "$T/lmtpd.log"

# --- many sessions at once: 12 clients x 5 messages, each filed once
mkdir -p "$T/par"; cp "$S"/0[1-7]*.eml "$T/par/"
eq "parallel: 60 messages, 60 replies 250" 60 "$($C "$SOCK" parallel 12 5 cust@example.com many@a.test "$T/par")"
eq "parallel: 60 files, each once" 60 "$(files a.test/many)"
eq "parallel: 60 rows in the ledger" 60 "$(q "$T/boxes/a.test/many/mailtriage.db" 'SELECT count(*) FROM messages WHERE delivered = 1')"

# --- SIGHUP: a broken config is refused, the old one keeps serving; a
# --- good one is taken
cp "$T/mt.conf" "$T/mt.conf.good"
echo "bogus line" >> "$T/mt.conf"
# logged: LINE appears in the daemon's log within 20 s (a loaded machine
# may take a while to reload).
logged() { for _ in $(seq 200); do grep -q "$1" "$T/lmtpd.log" && return 0; sleep 0.1; done; return 1; }
kill -HUP "$PID"
check "bad reload refused" logged 'reload failed: keeping the old configuration'
$C "$SOCK" send cust@example.com after@a.test "$S/05-question.eml" > "$T/r11"
check "still serving with the old config" grep -q '^250 2.0.0 <after@a.test> filed' "$T/r11"
sed -e 's/^sessions = 3/sessions = 2/' -e 's/^idle_timeout = 30/idle_timeout = 3/' "$T/mt.conf.good" > "$T/mt.conf"
kill -HUP "$PID"
check "good reload taken" logged 'reloaded: 2 workers'

# --- idle timeout (the reloaded config's 3 s)
$C "$SOCK" idle 6 > "$T/r10"
check "an idle client gets 421 4.4.2" grep -q '^421 4.4.2' "$T/r10"


# --- a client that writes and never reads holds a worker no longer than
# --- idle_timeout (3 s now): SIGTERM below still ends lmtpd at once
python3 - "$SOCK" <<'PY' &
import socket, sys, time
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1])
s.setblocking(False)
try:
    for _ in range(100000):
        s.send(b"NOOP\r\n" * 64)
except BlockingIOError:
    pass
time.sleep(20)
PY
HOG=$!
sleep 1

# --- SIGTERM: a session between messages hears 421; lmtpd exits 0 and
# --- removes its socket
python3 - "$SOCK" > "$T/r12" <<'PY' &
import socket, sys, time
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.settimeout(10)
s.recv(512); s.sendall(b"LHLO t\r\n"); time.sleep(0.5); s.recv(512)
got = b""
try:
    while True:
        d = s.recv(512)
        if not d: break
        got += d
except Exception:
    pass
print(got.decode().strip())
PY
CL=$!
sleep 0.8
kill -TERM "$PID"
for _ in $(seq 200); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
check "SIGTERM: gone within 20 s (a client that never reads included)" bash -c "! kill -0 $PID 2>/dev/null"
wait "$PID"
eq "SIGTERM: exit 0" 0 $?
kill "$HOG" 2>/dev/null
wait "$CL"
check "a session between messages: 421 4.3.2" grep -q '^421 4.3.2' "$T/r12"
check "the socket file is removed" test ! -e "$SOCK"

# --- systemd socket activation: the socket passed as fd 3; an unusable
# --- config answers 421 (the MTA retries) instead of refusing the mail
activate() {	# CONF: run lmtpd on a socket we bind, as systemd would
  : > "$T/act.log"
  python3 - "$BIN" "$1" "$T/act.sock" 2> "$T/act.log" <<'PY' &
import os, socket, sys
s = socket.socket(socket.AF_UNIX); s.bind(sys.argv[3]); s.listen(8)
pid = os.fork()
if pid == 0:
    os.dup2(s.fileno(), 3)
    os.set_inheritable(3, True)
    os.environ["LISTEN_PID"] = str(os.getpid()); os.environ["LISTEN_FDS"] = "1"
    os.execv(sys.argv[1], [sys.argv[1], "lmtpd", "-c", sys.argv[2]])
print(pid, flush=True)
os.waitpid(pid, 0)
PY
  for _ in $(seq 400); do grep -q 'listening for LMTP' "$T/act.log" && break; sleep 0.05; done
}
printf '[general]\nmaildir = %s/act\n[lmtp]\nsessions = 1\n' "$T" > "$T/act.conf"
activate "$T/act.conf"; AP=$!
$C "$T/act.sock" send cust@example.com s@a.test "$S/05-question.eml" > "$T/r13"
check "socket activation: filed (no listen key needed)" grep -q '^250 2.0.0 <s@a.test> filed' "$T/r13"
pkill -TERM -f "lmtpd -c $T/act.conf"; wait "$AP"; rm -f "$T/act.sock"
printf '[general]\nmaildir = %s/act\nnonsense\n' "$T" > "$T/bad.conf"
activate "$T/bad.conf"; AP=$!
printf 'LHLO t\n' | $C "$T/act.sock" script > "$T/r14"
check "unusable config: 421 at the greeting" grep -q '^421 4.3.5 mailtriage: configuration unusable' "$T/r14" ||
  { cat "$T/r14" "$T/act.log"; }
pkill -TERM -f "lmtpd -c $T/bad.conf"; wait "$AP"

# --- check knows [lmtp]
printf '[general]\nmaildir = %s/md\n[lmtp]\nlisten = 10.1.2.3:24\n' "$T" > "$T/remote.conf"
"$BIN" check -c "$T/remote.conf" > "$T/check.out" 2>&1
check "check: a non-loopback listen address refused" grep -q 'not a loopback address' "$T/check.out"
if [ "$fail" -gt 0 ]; then echo "--- lmtpd.log"; grep -v ' filed: ' "$T/lmtpd.log"; fi
finish
