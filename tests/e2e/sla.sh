#!/usr/bin/env bash
# mailtriage sla: answered and resolved tickets seen on the Maildir,
# escalation of overdue ones (moved up a folder, tagged, notified), no
# repeats, reminders once per interval, and two runs at once.
. "$(dirname "$0")/../lib.sh"
S=$SRC/contrib/samples
md=$T/md
fake_sendmail
cat > "$T/mt.conf" <<CONF
# These tests follow tickets at high (the payment samples).
[priority]
payment = high
[general]
maildir = $md
[sla]
notify_to = leads@example.com
notify_from = triage@example.com
sendmail = $T/sendmail
escalations_folder = Triage.Escalations
remind_hours = 3
CONF
for f in "$S"/0[1-7]*.eml; do "$BIN" deliver -q -c "$T/mt.conf" < "$f"; done
now=$(date +%s)
sla() { MAILTRIAGE_NOW=$1 "$BIN" sla -q -c "$T/mt.conf" "${@:2}"; }
count() { python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$md/mailtriage.db" "$1"; }

# --- listing
sla "$now" > "$T/list"
eq "sla lists every open ticket" 7 "$(grep -cE '^[0-9]+ +open ' "$T/list")"
sla "$now" --json > "$T/list.json"
check "sla --json parses" python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$T/list.json"
check "sorted by due time, critical first" python3 -c '
import json,sys
rows=[json.loads(l) for l in open(sys.argv[1])]
assert [r["due"] for r in rows]==sorted(r["due"] for r in rows)
assert rows[0]["priority"]=="critical"' "$T/list.json"

# --- an agent replies to the refund (R flag) and resolves the outage
f=$(find "$md/.Triage.High/new" -type f -exec grep -l 'Refund for cancelled order' {} +)
mv "$f" "$md/.Triage.High/cur/$(basename "$f"):2,RS"
refund=$(hdr X-Triage-Ticket "$md/.Triage.High/cur/$(basename "$f"):2,RS")
f=$(find "$md/.Triage.High/new" -type f -exec grep -l 'Dashboard down' {} +)
outage=$(hdr X-Triage-Ticket "$f")
mkdir -p "$md/.Triage.Resolved/cur" "$md/.Triage.Resolved/new" "$md/.Triage.Resolved/tmp"
mv "$f" "$md/.Triage.Resolved/cur/$(basename "$f"):2,S"
sla "$now" > "$T/list"
check "answered ticket shown as answered" grep -qE "^$refund +answered " "$T/list"
check "resolved ticket no longer listed" no_match -E "^$outage " "$T/list"
eq "first response recorded" 1 "$(count "select first_response is not null from tickets where id=$refund")"
eq "resolution recorded" 1 "$(count "select resolved is not null from tickets where id=$outage")"

# --- list: ticket, arrival, state, priority, due and folder per message
L() { MAILTRIAGE_NOW=$1 "$BIN" list -c "$T/mt.conf" "${@:2}"; }
L "$now" > "$T/list.all"
check "list: header" grep -q '^TICKET  ARRIVED  *STATE  *PRIORITY DUE  *FOLDER  *SIGNALS  *SUBJECT' "$T/list.all"
check "list: the answered ticket" grep -qE "^#$refund +[0-9-]+ [0-9:]+ +answered +high " "$T/list.all"
check "list: the resolved ticket" grep -qE "^#$outage +[0-9-]+ [0-9:]+ +resolved " "$T/list.all"
check "list --open leaves the resolved ticket out" no_match -E "^#$outage " <(L "$now" --open)
eq "list --overdue: nothing overdue yet" 0 "$(L "$now" --overdue | tail -n +2 | wc -l)"
check "list --overdue five hours later: only overdue, unanswered tickets" python3 -c '
import json,sys
rows=[json.loads(l) for l in sys.stdin]
assert rows and all(r["state"]=="overdue" and r["due"] < int(sys.argv[1]) for r in rows), rows' \
  "$((now + 5 * 3600))" < <(L "$((now + 5 * 3600))" --overdue --json)
check "list --json: one object per message, with its folder" python3 -c '
import json,sys
rows=[json.loads(l) for l in sys.stdin]
assert len(rows)==7 and all(r["folder"].startswith("Triage.") for r in rows), rows' < <(L "$now" --json)

# --- an agent moves the question (low) into Triage.High: the ticket is
# re-prioritised, with a new due time from its start, recorded as a
# correction with the rules that had set it
f=$(find "$md/.Triage.Low/new" -type f | head -1)
q=$(hdr X-Triage-Ticket "$f")
created=$(count "select created from tickets where id=$q")
mkdir -p "$md/.Triage.High/cur"
mv "$f" "$md/.Triage.High/cur/$(basename "$f"):2,S"
sla "$now" > /dev/null
eq "moved to Triage.High: the ticket is high" high "$(count "select priority from tickets where id=$q")"
eq "... due 4 hours from its start" "$((created + 4 * 3600))" "$(count "select sla_due from tickets where id=$q")"
eq "... one correction low -> high" "low high" "$(count "select from_level || ' ' || to_level from corrections where ticket_id=$q")"
sla "$now" > /dev/null
eq "... recorded once" 1 "$(count "select count(*) from corrections where ticket_id=$q")"
# moving it back down is a correction too
f=$(find "$md/.Triage.High/cur" -name "$(basename "$f")*" | head -1)
mkdir -p "$md/.Triage.Medium/cur"
mv "$f" "$md/.Triage.Medium/cur/"
sla "$now" > /dev/null
eq "moved to Triage.Medium: medium" medium "$(count "select priority from tickets where id=$q")"
eq "... two corrections" 2 "$(count "select count(*) from corrections where ticket_id=$q")"
# and back where it came from (the escalation tests below expect it low)
f=$(find "$md/.Triage.Medium/cur" -name "$(basename "$f")*" | head -1)
mv "$f" "$md/.Triage.Low/cur/"
sla "$now" > /dev/null
eq "moved back to Triage.Low: low again, due 72 hours from its start" \
  "low $((created + 72 * 3600))" "$(count "select priority || ' ' || sla_due from tickets where id=$q")"
MAILTRIAGE_NOW=$now "$BIN" report -c "$T/mt.conf" --format json -o "$T/corr.json"
check "report: three corrections, one up, two down, by signal and rule" python3 -c '
import json,sys
c=json.load(open(sys.argv[1]))["corrections"]
assert (c["total"], c["raised"], c["lowered"]) == (3, 1, 2), c
assert c["by_signal"]["none"] == 3, c' "$T/corr.json"

# --- nothing is overdue yet: --escalate does nothing
sla "$now" --escalate > /dev/null
eq "not overdue: no notices" 0 "$(notices)"

# --- five hours later: high (4 h) and critical (1 h) tickets are overdue
later=$((now + 5 * 3600))
sla "$later" --escalate > /dev/null
eq "escalate: exit 0" 0 $?
# unanswered high: the double charge -> critical; critical ones re-notified
dc=$(find "$md/.Triage.Critical/new" -type f -exec grep -l 'Doppelte_Abbuchung' {} + | head -1)
check "overdue high moved into Critical" test -n "$dc"
check "moved message has X-Triage-Escalated" grep -q '; high -> critical, no response by ' <<<"$(hdr X-Triage-Escalated "$dc")"
eq "moved message: priority rewritten" critical "$(hdr X-Triage-Priority "$dc")"
check "moved message: original bytes kept" cmp -s <(strip_tags "$dc") "$S/03-double-charge.eml"
eq "moved message: gone from High" 0 "$(grep -rl 'Doppelte_Abbuchung' "$md/.Triage.High" | wc -l)"
check "answered ticket not escalated" test -f "$md/.Triage.High/cur/$(basename "$(ls "$md/.Triage.High/cur")")"
# the outage was resolved and the refund answered: only the double charge
eq "escalations recorded (1 high -> critical, 2 critical re-notified)" "1 2" \
  "$(count "select count(*) from escalations where from_level='high'") $(count "select count(*) from escalations where from_level='critical'")"
eq "one notice per escalation" 3 "$(notices)"
check "notice goes to the configured address" grep -q -- '-oi -f triage@example.com -- leads@example.com' $(ls "$T"/outbox/*.args | head -1)
check "notice names ticket and reason" grep -q 'Subject: \[mailtriage\] #[0-9]* escalated high -> critical' $(grep -l 'escalated high' "$T"/outbox/msg.??????)
eq "copies in the escalations folder" 3 "$(find "$md/.Triage.Escalations/new" -type f | wc -l)"
check "ledger: ticket raised to critical" test "$(count "select priority from tickets where subject like 'Doppelte%'")" = critical

# --- the same run again: nothing escalates twice
sla "$later" --escalate > /dev/null
eq "rerun: no new notices" 3 "$(notices)"
eq "rerun: no new escalations" 3 "$(count 'select count(*) from escalations')"

# --- within the reminder interval: nothing; after it: one reminder each,
# even with two runs at once
sla $((later + 2 * 3600)) --escalate > /dev/null
eq "within remind_hours: no reminder" 3 "$(notices)"
sla $((later + 4 * 3600)) --escalate > /dev/null &
sla $((later + 4 * 3600)) --escalate > /dev/null &
wait
eq "after remind_hours: one reminder per escalated ticket, not two" 6 "$(notices)"
check "reminder wording" grep -q 'reminder: #[0-9]* critical, still no response' $(ls "$T"/outbox/msg.?????? | xargs grep -l reminder | head -1)
r=$(ls "$T"/outbox/msg.?????? | xargs grep -l 'X-Triage-Escalation:.*reminder' | head -1)
check "a reminder names the next reminder, not a new due time" grep -q '^  Next reminder: ' "$r"
check "... and no 'Now due'" no_match '^  Now due:' "$r"
eq "reminders counted in the ledger" 3 "$(count 'select sum(reminders) from tickets')"

# --- the medium ticket (24 h) escalates a day later, to high
sla $((now + 25 * 3600)) --escalate > /dev/null
check "medium -> high a day later" test -n "$(find "$md/.Triage.High" -type f -exec grep -l 'Locked out after password' {} +)"
eq "low ticket (72 h) not yet" 0 "$(count "select count(*) from escalations e join tickets t on t.id=e.ticket_id where t.subject like 'Re: Export%'")"

# --- an agent's reply that reaches mailtriage (a Bcc) is the ticket's
# first response: filed into Triage.Sent, joined to the ticket, which keeps
# its priority; one that answers no ticket is no work to track
printf 'agents = support@example.com, *.helpdesk.example.com\n' >> "$T/mt.conf"
printf 'From: Ann <ann@shop.example>\nSubject: Invoice wrong\nMessage-ID: <cust-1@test>\n\nMy invoice shows the wrong amount, I was overcharged.\n' |
  "$BIN" deliver -q -c "$T/mt.conf"
cust=$(count "select ticket_id from messages where message_id='cust-1@test'")
printf 'From: Support <support@example.com>\nSubject: Re: Invoice wrong\nMessage-ID: <agent-1@test>\nIn-Reply-To: <cust-1@test>\n\nSorry, we refunded the difference. Unacceptable on our side!!!\n' |
  MAILTRIAGE_NOW=$now "$BIN" deliver -q -c "$T/mt.conf"
eq "agent reply: exit 0" 0 $?
f=$(grep -rl '^Message-ID: <agent-1@test>' "$md/.Triage.Sent" 2>/dev/null | head -1)
check "agent reply: filed into Triage.Sent" test -n "$f"
eq "agent reply: same ticket" "$cust" "$(hdr X-Triage-Ticket "$f")"
eq "agent reply: first response recorded" 1 "$(count "select first_response is not null from tickets where id=$cust")"
eq "agent reply: the ticket keeps its priority" high "$(count "select priority from tickets where id=$cust")"
sla "$now" > "$T/list"
check "agent reply: ticket listed as answered" grep -qE "^$cust +answered " "$T/list"
printf 'From: Bo <bo@eu.helpdesk.example.com>\nSubject: Maintenance notice\nMessage-ID: <agent-2@test>\n\nWe will update the servers tonight.\n' |
  "$BIN" deliver -q -c "$T/mt.conf"
a2=$(count "select ticket_id from messages where message_id='agent-2@test'")
eq "agent mail answering nothing: resolved at once" 1 "$(count "select resolved is not null from tickets where id=$a2")"

# --- the conversation: a customer writing again after an answer starts a
# next reply target (reply_hours), missed -> escalated; an R flag seen
# before does not answer a later target; the pending folder pauses the
# clocks until the customer writes again or the message is moved out;
# past resolve_hours an answered ticket is LATE.
cmd=$T/convmd
cat > "$T/conv.conf" <<CONF
[general]
maildir = $cmd
[priority]
payment = high
[high]
sla_hours = 4
reply_hours = 2
resolve_hours = 8
[sla]
agents = support@example.com
sendmail = $T/sendmail
notify_to = leads@example.com
CONF
cv() { python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$cmd/mailtriage.db" "$1"; }
csla() { MAILTRIAGE_NOW=$1 "$BIN" sla -q -c "$T/conv.conf" "${@:2}"; }
msg() {  # msg FROM ID IN-REPLY-TO TEXT
  printf 'From: %s\nSubject: Re: Charged twice\nMessage-ID: <%s>\n%s\n%s\n' "$1" "$2" \
    "${3:+In-Reply-To: <$3>}" "$4" | "$BIN" deliver -q -c "$T/conv.conf"
}
printf 'From: Cy <cy@shop.example>\nSubject: Charged twice\nMessage-ID: <c-1@test>\n\nYou charged my card twice for the same order.\n' |
  "$BIN" deliver -q -c "$T/conv.conf"
ct=$(cv "select ticket_id from messages where message_id='c-1@test'")
eq "conversation: a high ticket" high "$(cv "select priority from tickets where id=$ct")"
msg support@example.com a-1@test c-1@test "We are looking into it."
t0=$(date +%s)
eq "agent's answer: the first response" 1 "$(cv "select answered is not null and first_response is not null from tickets where id=$ct")"
msg cy@shop.example c-2@test a-1@test "Any news? Still charged twice."
eq "customer again after the answer: a next reply target" 1 "$(cv "select count(*) from replies where ticket_id=$ct")"
eq "the ticket waits on us again" 1 "$(cv "select answered is null from tickets where id=$ct")"
due=$(cv "select sla_due from tickets where id=$ct")
check "next reply due in reply_hours (2 h) from the follow-up" test $((due - t0)) -ge 7100 -a $((due - t0)) -le 7300
f=$(grep -rl '^Message-ID: <c-2@test>' "$cmd/.Triage.High/new")
check "the follow-up's X-Triage-SLA-Due is the next reply's" grep -q "^X-Triage-SLA-Due: $(python3 -c 'import sys,email.utils; print(email.utils.formatdate(int(sys.argv[1]), usegmt=False).replace("-0000","+0000"))' "$due")" "$f"
csla $((t0 + 3 * 3600)) > "$T/conv.list"
check "missed next reply: OVERDUE" grep -qE "^$ct +OVERDUE " "$T/conv.list"
csla $((t0 + 3 * 3600)) --escalate > /dev/null
eq "missed next reply: escalated high -> critical" "high critical" "$(cv "select from_level || ' ' || to_level from escalations where ticket_id=$ct")"
eq "first response's due kept for the report (created + 4 h)" 14400 "$(cv "select first_due - created from tickets where id=$ct")"
msg support@example.com a-2@test c-2@test "Refunded the second charge."
eq "the next reply recorded as answered" 1 "$(cv "select answered is not null from replies where ticket_id=$ct")"
msg cy@shop.example c-3@test a-2@test "Thanks, but the refund is not there yet."
f=$(grep -rl '^Message-ID: <c-3@test>' "$cmd/.Triage.Critical/new")
mv "$f" "$cmd/.Triage.Critical/cur/$(basename "$f"):2,RS"
csla $((t0 + 60)) > "$T/conv.list"
check "an R flag answers the open next reply" grep -qE "^$ct +answered " "$T/conv.list"
msg cy@shop.example c-4@test a-2@test "Still nothing on my statement."
csla $((t0 + 120)) > "$T/conv.list"
check "an R flag seen before answers no later target" grep -qE "^$ct +open " "$T/conv.list"
f=$(grep -rl '^Message-ID: <c-4@test>' "$cmd/.Triage.Critical/new")
mkdir -p "$cmd/.Triage.Pending/cur" "$cmd/.Triage.Pending/new" "$cmd/.Triage.Pending/tmp"
mv "$f" "$cmd/.Triage.Pending/cur/$(basename "$f"):2,S"
csla $((t0 + 180)) > "$T/conv.list"
check "moved to the pending folder: waiting on the customer" grep -qE "^$ct +waiting " "$T/conv.list"
n=$(cv "select count(*) from escalations where ticket_id=$ct")
csla $((t0 + 20 * 3600)) --escalate > /dev/null
eq "waiting: no escalation however late" "$n" "$(cv "select count(*) from escalations where ticket_id=$ct")"
csla $((t0 + 20 * 3600)) --json > "$T/conv.json"
check "sla --json: waiting_since and resolve_due" python3 -c '
import json,sys
r=[json.loads(l) for l in open(sys.argv[1])]
r=[x for x in r if x["ticket"]==int(sys.argv[2])][0]
assert r["state"]=="waiting" and r["waiting_since"]>0 and r["replies"]==3, r
# the running pause moves the resolution target
assert r["resolve_due"] > int(sys.argv[3]) + 20*3600, r' "$T/conv.json" "$ct" "$t0"
msg cy@shop.example c-5@test a-2@test "Here is the statement you asked for."
eq "the customer writes: the pause ends, a next reply starts" "1 4" "$(cv "select (paused is null) || ' ' || (select count(*) from replies where ticket_id=$ct) from tickets where id=$ct")"

# moved out of the pending folder again: the clocks run, shifted by the pause
printf 'From: Di <di@shop.example>\nSubject: Invoice missing\nMessage-ID: <d-1@test>\n\nI was charged but got no invoice for the payment.\n' |
  "$BIN" deliver -q -c "$T/conv.conf"
dt=$(cv "select ticket_id from messages where message_id='d-1@test'")
res0=$(cv "select resolve_due from tickets where id=$dt")
f=$(find "$cmd"/.Triage.*/new -type f -exec grep -l '^Message-ID: <d-1@test>' {} +)
back=$(dirname "$(dirname "$f")")
mv "$f" "$cmd/.Triage.Pending/cur/$(basename "$f"):2,S"
pz=$(date +%s)
csla "$pz" > /dev/null
g=$(find "$cmd/.Triage.Pending/cur" -name "$(basename "$f")*")
mv "$g" "$back/cur/"
csla $((pz + 3600)) > "$T/conv.list"
p=$(cv "select paused_secs from tickets where id=$dt")
check "resumed: about an hour paused ($p s)" test "$p" -ge 3500 -a "$p" -le 3700
eq "resumed: the resolution due moved by the pause" "$p" "$(( $(cv "select resolve_due from tickets where id=$dt") - res0 ))"
check "moving it to the pending folder answered it" grep -qE "^$dt +answered " "$T/conv.list"
eq "... at the time it was moved" 1 "$(cv "select first_response between $pz - 5 and $pz + 5 from tickets where id=$dt")"
csla $((pz + 3600 + 9 * 3600)) > "$T/conv.list"
check "answered but past resolve_hours (8 h + the pause): LATE" grep -qE "^$dt +LATE " "$T/conv.list"
csla $((pz + 3600 + 6 * 3600)) > "$T/conv.list"
check "within resolve_hours + the pause: answered" grep -qE "^$dt +answered " "$T/conv.list"

# report: next replies and resolution apart from the first response
crep() { MAILTRIAGE_NOW=$1 "$BIN" report -c "$T/conv.conf" "${@:2}"; }
crep $((t0 + 600)) --format json -o "$T/conv.json"
check "report: 4 next replies, 3 answered in time (one by the pending folder), 1 not yet due" python3 -c '
import json,sys
j=json.load(open(sys.argv[1]))
r=j["next_reply"]["all"]
assert (r["tickets"], r["in_time"], r["pending"], r["overdue"]) == (4, 3, 1, 0), r
assert j["sla"]["all"]["in_time"] == 2, j["sla"]
x=j["resolution"]["all"]
assert (x["tickets"], x["pending"]) == (2, 2), x' "$T/conv.json"
crep $((t0 + 10 * 3600)) --format json -o "$T/conv.json"
check "report ten hours on: the open reply and both resolutions overdue" python3 -c '
import json,sys
j=json.load(open(sys.argv[1]))
assert j["next_reply"]["all"]["overdue"] == 1, j["next_reply"]["all"]
x=j["resolution"]
assert x["all"]["overdue"] == 2 and x["high"]["overdue"] == 2, x' "$T/conv.json"
crep $((t0 + 600)) > "$T/conv.txt"
check "report text: NEXT REPLY and RESOLUTION tables" grep -q '^RESOLUTION' "$T/conv.txt"
check "report text: next reply attainment 100%" grep -qE '^NEXT REPLY' "$T/conv.txt"
crep $((t0 + 600)) --format csv -o "$T/conv.csv"
check "report csv: next_reply and resolution sections" python3 -c '
import sys; t=open(sys.argv[1]).read(); assert "next_reply" in t and "resolution" in t and "resolved" in t' "$T/conv.csv"
crep $((t0 + 600)) --format html -o "$T/conv.html"
check "report html: the targets table" grep -q 'Next reply and resolution' "$T/conv.html"

# --- no ledger: a clear error
"$BIN" sla --maildir "$T/none" 2> "$T/err"
eq "no ledger: EX_NOINPUT" 66 $?
check "no ledger: says so" grep -q 'no ledger at' "$T/err"

# --- team folders: a ticket an agent moved to a team stays open, and
# escalating it leaves its file where the team put it
tmd=$T/teammd
cat > "$T/team.conf" <<CONF
[general]
maildir = $tmd
[sla]
team_folders = Support.Billing, Support.Tech
sendmail = $T/sendmail
notify_to = leads@example.com
CONF
"$BIN" deliver -q -c "$T/team.conf" < "$S/03-double-charge.eml"
f=$(find "$tmd"/.Triage.*/new -type f | head -1)
tt=$(hdr X-Triage-Ticket "$f")
mkdir -p "$tmd/.Support.Billing/cur" "$tmd/.Support.Billing/new" "$tmd/.Support.Billing/tmp"
mv "$f" "$tmd/.Support.Billing/cur/$(basename "$f"):2,S"
MAILTRIAGE_NOW=$now "$BIN" sla -q -c "$T/team.conf" > "$T/team.list"
check "moved to a team folder: still open" grep -qE "^$tt +open " "$T/team.list"
MAILTRIAGE_NOW=$((now + 30 * 3600)) "$BIN" sla -q --escalate -c "$T/team.conf" > /dev/null
eq "escalated all the same" 1 "$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from escalations").fetchone()[0])' "$tmd/mailtriage.db")"
eq "its file stayed in the team folder" 1 "$(find "$tmd/.Support.Billing/cur" -type f | wc -l)"
MAILTRIAGE_NOW=$((now + 30 * 3600)) "$BIN" report -c "$T/team.conf" --format json -o "$T/team.json"
check "report: the ticket under its team" python3 -c '
import json,sys
t=json.load(open(sys.argv[1]))["teams"]
assert t["Support.Billing"]["tickets"] == 1 and t["Support.Tech"]["tickets"] == 0, t' "$T/team.json"
MAILTRIAGE_NOW=$((now + 30 * 3600)) "$BIN" report -c "$T/team.conf" > "$T/team.txt"
check "report text: a TEAMS table" grep -q '^TEAMS' "$T/team.txt"
printf '[sla]\nteam_folders = ../etc\n' > "$T/badteam.conf"
"$BIN" check -c "$T/badteam.conf" > /dev/null 2> "$T/badteam.err"
eq "check: a team folder that is no folder name: 78" 78 $?
check "check: names it" grep -q 'team_folders: "../etc" is not a folder name' "$T/badteam.err"
finish
