#!/usr/bin/env bash
# Alerts against a real local HTTP server: each channel's payload (slack,
# mattermost, rocketchat, teams, matrix, a generic webhook with a bearer
# token, a command, mail), routing by level, no alert twice for a
# redelivery, 500s retried with backoff, an unreachable server that does
# not hold up filing, escalation and warning events, quiet hours, and a
# sender killed mid-queue: every alert sent, each id at least once and
# none lost.
. "$(dirname "$0")/../lib.sh"
need_tool python3
S=$SRC/contrib/samples
md=$T/md
fake_sendmail
mkdir -p "$T/ctl"
python3 "$SRC/tests/data/webhook/server.py" "$T/port" "$T/hits.jsonl" "$T/ctl" &
srv=$!
trap 'kill $srv 2>/dev/null; rm -rf "$T"' EXIT
for _ in $(seq 50); do [ -s "$T/port" ] && break; sleep 0.1; done
P=$(cat "$T/port")
check "the local HTTP server runs" test -n "$P"
U=http://127.0.0.1:$P
printf 'secret-token\n' > "$T/token"
chmod 600 "$T/token"
printf '%s/slack/T000/B000/XXXX\n' "$U" > "$T/slack.url"
chmod 600 "$T/slack.url"
cat > "$T/cmd.sh" <<SH
#!/bin/sh
cat >> "$T/cmd.out"
echo >> "$T/cmd.out"
SH
chmod +x "$T/cmd.sh"
cat > "$T/mt.conf" <<CONF
[general]
maildir = $md
[priority]
payment = high
[sla]
sendmail = $T/sendmail
notify_from = triage@example.com
[alert slack]
channel = slack
url_file = $T/slack.url
[alert mm]
channel = mattermost
url = $U/mattermost
[alert rc]
channel = rocketchat
url = $U/rocketchat
[alert teams]
channel = teams
url = $U/teams
[alert matrix]
channel = matrix
url = $U/
room = !ops:example.org
token_file = $T/token
[alert hook]
channel = webhook
url = $U/hook
token_file = $T/token
events = new, escalation, warning
levels = critical, high
[alert cmd]
channel = command
command = $T/cmd.sh
[alert mail]
channel = mail
to = oncall@example.com
CONF
hits() { python3 -c '
import json,sys
n=0
for l in open(sys.argv[1]):
    h=json.loads(l)
    if h["path"].startswith(sys.argv[2]) and (len(sys.argv) < 4 or sys.argv[3] in h["body"]): n+=1
print(n)' "$T/hits.jsonl" "$@" 2>/dev/null || echo 0; }
q() { python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$md/mailtriage.db" "$1"; }

# --- a critical ticket: every route hears of it at once
"$BIN" deliver -c "$T/mt.conf" < "$S/01-smoke.eml" 2> "$T/d1.err"
eq "critical: delivered (exit 0)" 0 $?
eq "critical: 7 HTTP/command/mail routes, all sent" 8 "$(q "select count(*) from alerts where state = 'sent' and event = 'new'")"
check "slack: a text payload to the URL from url_file" python3 -c '
import json,sys
h=[json.loads(l) for l in open(sys.argv[1]) if "/slack/T000" in l][0]
b=json.loads(h["body"]); assert list(b)==["text"] and "New critical ticket #1" in b["text"], b
assert h["type"]=="application/json" and h["key"].startswith("mailtriage-"), h' "$T/hits.jsonl"
check "mattermost and rocketchat: text" python3 -c '
import json,sys
hs=[json.loads(l) for l in open(sys.argv[1])]
for p in ("/mattermost","/rocketchat"):
    b=json.loads([h for h in hs if h["path"]==p][0]["body"]); assert "critical" in b["text"], b' "$T/hits.jsonl"
check "teams: a MessageCard with title and text" python3 -c '
import json,sys
h=[json.loads(l) for l in open(sys.argv[1]) if json.loads(l)["path"]=="/teams"][0]
b=json.loads(h["body"]); assert b["@type"]=="MessageCard" and b["title"].startswith("New critical ticket #1") and "text" in b, b' "$T/hits.jsonl"
check "matrix: PUT to the room with a transaction id and the token" python3 -c '
import json,sys
h=[json.loads(l) for l in open(sys.argv[1]) if "/_matrix/" in l][0]
assert h["method"]=="PUT", h
assert h["path"].startswith("/_matrix/client/v3/rooms/%21ops%3Aexample.org/send/m.room.message/mailtriage-"), h["path"]
assert h["auth"]=="Bearer secret-token", h["auth"]
b=json.loads(h["body"]); assert b["msgtype"]=="m.text" and "critical" in b["body"]' "$T/hits.jsonl"
check "webhook: the event as JSON, with id, ticket, signals and the bearer token" python3 -c '
import json,sys
h=[json.loads(l) for l in open(sys.argv[1]) if json.loads(l)["path"]=="/hook"][0]
b=json.loads(h["body"])
assert b["event"]=="new" and b["ticket"]==1 and b["level"]=="critical" and b["signals"]==["safety"], b
assert b["id"]==h["key"] and h["auth"]=="Bearer secret-token", h' "$T/hits.jsonl"
check "command: the event on stdin" grep -q '"event":"new","ticket":1,"level":"critical"' "$T/cmd.out"
check "mail: to the route's address" grep -q -- '-- oncall@example.com' $(ls "$T"/outbox/*.args | head -1)
check "no secret in the log" no_match -e 'secret-token' -e 'T000/B000' "$T/d1.err"

# --- a customer's subject cannot ping a chat channel
sed 's/^Subject: .*/Subject: Fire <!channel> @all help/; s/^Message-ID: .*/Message-ID: <ping@test>/' "$S/01-smoke.eml" |
  "$BIN" deliver -q -c "$T/mt.conf"
check "slack text: markup escaped, mentions broken" python3 -c '
import json,sys
h=[json.loads(l) for l in open(sys.argv[1]) if "/slack/T000" in l and "Fire" in l][0]
t=json.loads(h["body"])["text"]
assert "<!channel>" not in t and "&lt;!channel&gt;" in t and "@all" not in t, t' "$T/hits.jsonl"

# --- a low ticket: no route wants it; the same mail again: no new alert
n=$(wc -l < "$T/hits.jsonl")
"$BIN" deliver -q -c "$T/mt.conf" < "$S/05-question.eml"
"$BIN" deliver -q -c "$T/mt.conf" < "$S/01-smoke.eml"
eq "low ticket and a redelivery: no alert" "$n" "$(wc -l < "$T/hits.jsonl")"

# --- the webhook answers 500 twice: retried with backoff, then sent
printf 2 > "$T/ctl/FAIL-hook"
sed -i 's/^\[alert slack\]/[alert slack]\nlevels = high/' "$T/mt.conf"
now=$(date +%s)
"$BIN" deliver -q -c "$T/mt.conf" < "$S/07-breach.eml"
id=$(q "select id from alerts where route = 'hook' and ticket_id = (select max(id) from tickets)")
eq "500: queued again, one attempt, the answer kept" "queued 1 the server answered HTTP 500" \
  "$(q "select state || ' ' || attempts || ' ' || last_error from alerts where id = $id")"
MAILTRIAGE_NOW=$((now + 10)) "$BIN" sla -q -c "$T/mt.conf" > /dev/null
eq "not retried before its time" 1 "$(q "select attempts from alerts where id = $id")"
MAILTRIAGE_NOW=$((now + 40)) "$BIN" sla -q -c "$T/mt.conf" > /dev/null
eq "second try (after 30 s) fails too: next in 60 s" "queued 2" "$(q "select state || ' ' || attempts from alerts where id = $id")"
MAILTRIAGE_NOW=$((now + 200)) "$BIN" alerts --send -c "$T/mt.conf" > "$T/alerts.txt" 2> "$T/alerts.err"
eq "third try: sent" "sent 3" "$(q "select state || ' ' || attempts from alerts where id = $id")"
eq "the server saw the same id three times" 3 "$(python3 -c '
import json,sys
print(sum(1 for l in open(sys.argv[1]) if json.loads(l)["key"]==sys.argv[2]))' "$T/hits.jsonl" "mailtriage-$id-new")"
check "alerts lists it as sent" grep -qE "^$id +sent +hook +new" "$T/alerts.txt"

# --- an unreachable server does not hold up filing
cat > "$T/down.conf" <<CONF
[general]
maildir = $T/downmd
[alert down]
channel = webhook
url = http://127.0.0.1:9/hook
timeout = 2
CONF
start=$(date +%s%N)
"$BIN" deliver -c "$T/down.conf" < "$S/01-smoke.eml" 2> "$T/down.err"
eq "unreachable: delivered (exit 0)" 0 $?
check "unreachable: within the send budget" test $(( ($(date +%s%N) - start) / 1000000 )) -lt 8000
eq "unreachable: the alert waits in the queue" queued "$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select state from alerts").fetchone()[0])' "$T/downmd/mailtriage.db")"
check "unreachable: logged, with the route's name" grep -q 'alert #1 to \[alert down\] not sent' "$T/down.err"

# --- escalation and warning events (high: 4 h): 80 % gone -> a warning,
# once; past due -> an escalation
cat > "$T/esc.conf" <<CONF
[general]
maildir = $T/escmd
[priority]
payment = high
[alert hook]
channel = webhook
url = $U/esc
events = warning, escalation
levels = high, critical
CONF
"$BIN" deliver -q -c "$T/esc.conf" < "$S/03-double-charge.eml"
t0=$(date +%s)
MAILTRIAGE_NOW=$((t0 + 3 * 3600 + 600)) "$BIN" sla -q -c "$T/esc.conf" > /dev/null
MAILTRIAGE_NOW=$((t0 + 3 * 3600 + 900)) "$BIN" sla -q -c "$T/esc.conf" > /dev/null
eq "warning at 75 % of the target, once" 1 "$(hits /esc '"event":"warning"')"
MAILTRIAGE_NOW=$((t0 + 5 * 3600)) "$BIN" sla -q --escalate -c "$T/esc.conf" > /dev/null
eq "escalation: one alert, high -> critical" 1 "$(hits /esc '"from_level":"high"')"

# --- routes by team: an escalated ticket in a team's folder goes to that
# team's route, not the other team's
cat > "$T/team.conf" <<CONF
[general]
maildir = $T/teammd
[priority]
payment = high
[sla]
team_folders = Support.Billing, Support.Tech
[alert billing]
channel = webhook
url = $U/billing
events = escalation
levels = critical
teams = Support.Billing
[alert tech]
channel = webhook
url = $U/tech
events = escalation
levels = critical
teams = Support.Tech
CONF
"$BIN" deliver -q -c "$T/team.conf" < "$S/03-double-charge.eml"
t1=$(date +%s)
f=$(find "$T/teammd"/.Triage.*/new -type f | head -1)
mkdir -p "$T/teammd/.Support.Billing/cur" "$T/teammd/.Support.Billing/new" "$T/teammd/.Support.Billing/tmp"
mv "$f" "$T/teammd/.Support.Billing/cur/$(basename "$f"):2,S"
MAILTRIAGE_NOW=$((t1 + 5 * 3600)) "$BIN" sla -q --escalate -c "$T/team.conf" > /dev/null
eq "team route: the billing team hears of it" 1 "$(hits /billing '"team":"Support.Billing"')"
eq "team route: the tech team does not" 0 "$(hits /tech)"

# --- quiet hours hold a high alert until they end (critical would go)
h=$(date -u +%H)
cat > "$T/quiet.conf" <<CONF
[general]
maildir = $T/quietmd
[priority]
payment = high
[sla]
timezone = UTC
[alert night]
channel = webhook
url = $U/quiet
levels = high
quiet_hours = $h:00-$(printf '%02d' $(( (10#$h + 2) % 24 ))):00
CONF
"$BIN" deliver -q -c "$T/quiet.conf" < "$S/03-double-charge.eml"
eq "quiet hours: not sent" 0 "$(hits /quiet)"
check "quiet hours: held until they end" python3 -c '
import sqlite3,sys,time
nt=sqlite3.connect(sys.argv[1]).execute("select next_try from alerts").fetchone()[0]
assert nt > time.time() + 3000, nt' "$T/quietmd/mailtriage.db"

# --- digests: the day before at 08:00 (UTC), once a day; weekly on Mondays
cat > "$T/digest.conf" <<CONF
[general]
maildir = $md
[sla]
timezone = UTC
[alert daily]
channel = webhook
url = $U/digest
events = raised
levels = low
digest = daily
digest_at = 08:00
[alert weekly]
channel = teams
url = $U/weekly
events = raised
levels = low
digest = weekly
CONF
# Today 00:00 UTC, or tomorrow's on a Sunday: the runs below span two days,
# and from Sunday they would cross a Monday 08:00 (a second weekly digest).
day0=$(python3 -c 'import time; t=int(time.time()); d=t - t % 86400
print(d + 86400 if time.gmtime(d).tm_wday == 6 else d)')
dsla() { MAILTRIAGE_NOW=$1 "$BIN" sla -q -c "$T/digest.conf" > /dev/null; }
dsla $((day0 + 9 * 3600))
dsla $((day0 + 10 * 3600))
eq "daily digest: once" 1 "$(hits /digest)"
check "daily digest: the day before, counts and the oldest open tickets" python3 -c '
import json,sys
h=[json.loads(l) for l in open(sys.argv[1]) if json.loads(l)["path"]=="/digest"][0]
b=json.loads(h["body"])
assert b["event"]=="digest" and b["until"]==int(sys.argv[2]) + 8*3600 and b["since"]==b["until"]-86400, b
assert b["open"] >= 1 and b["oldest"] and b["oldest"][0]["ticket"] >= 1, b
assert "daily digest" in b["title"], b' "$T/hits.jsonl" "$day0"
dsla $((day0 + 86400 + 9 * 3600))
eq "the next day: the next digest" 2 "$(hits /digest)"
eq "weekly digest: once over those days" 1 "$(hits /weekly)"
check "weekly digest: as a Teams card, from a Monday 08:00" python3 -c '
import json,sys,time
h=[json.loads(l) for l in open(sys.argv[1]) if json.loads(l)["path"]=="/weekly"][0]
b=json.loads(h["body"]); assert b["@type"]=="MessageCard" and "weekly digest" in b["title"], b' "$T/hits.jsonl"

# --- killed while sending: the next run sends the rest, none is lost
cat > "$T/kill.conf" <<CONF
[general]
maildir = $T/killmd
[alert slow]
channel = webhook
url = http://127.0.0.1:9/unreachable
timeout = 1
CONF
for i in 1 2 3 4 5; do
  sed "s/^Message-ID: .*/Message-ID: <kill-$i@test>/; s/^Subject: .*/Subject: Charger smoking, unit $i/" "$S/01-smoke.eml" |
    "$BIN" deliver -q -c "$T/kill.conf" 2> /dev/null
done
sed -i "s|^url = .*|url = $U/slow|; s/^timeout = 1/timeout = 10/" "$T/kill.conf"
printf 1 > "$T/ctl/DELAY"
MAILTRIAGE_NOW=$(( $(date +%s) + 3600 )) "$BIN" alerts --send -c "$T/kill.conf" > /dev/null 2>&1 &
pid=$!
sleep 2.5
kill -9 "$pid"
wait "$pid" 2>/dev/null
rm -f "$T/ctl/DELAY"
sent_before=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from alerts where state = ?", ("sent",)).fetchone()[0])' "$T/killmd/mailtriage.db")
check "killed mid-queue: some sent, some not ($sent_before of 5)" test "$sent_before" -lt 5
MAILTRIAGE_NOW=$(( $(date +%s) + 7200 )) "$BIN" alerts --send -c "$T/kill.conf" > /dev/null 2>&1
eq "after the restart: all five sent" 5 "$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from alerts where state = ?", ("sent",)).fetchone()[0])' "$T/killmd/mailtriage.db")"
check "every alert reached the server, the one in flight at most twice" python3 -c '
import json,sys,collections
c=collections.Counter(json.loads(l)["key"] for l in open(sys.argv[1]) if json.loads(l)["path"]=="/slow")
assert len(c)==5, c
assert sum(1 for v in c.values() if v > 1) <= 1 and max(c.values()) <= 2, c' "$T/hits.jsonl"

# --- config errors point at the group
printf '[alert x]\nchannel = pager\n' > "$T/bad.conf"
"$BIN" check -c "$T/bad.conf" > /dev/null 2> "$T/bad.err"
eq "check: a bad route is a config error" 78 $?
check "check: names the group" grep -q 'bad.conf:1:1: error: \[alert x\] needs channel' "$T/bad.err"
finish
