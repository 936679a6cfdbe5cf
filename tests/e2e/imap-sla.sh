#!/usr/bin/env bash
# SLA over IMAP (mailtriage poll, imap-sla.c) against a real Dovecot:
# \Answered is a first response, the resolved folder or a deletion
# resolves, an overdue ticket is moved up a folder with $Triage_Escalated
# and its new level keyword and notified once, reminders once per
# interval; an agent's move into another priority folder corrects the
# level, a team folder keeps the ticket open (and escalation leaves it
# there), the pending folder makes it wait on the customer until they
# write again. MAILTRIAGE_NOW moves the clock.
. "$(dirname "$0")/../lib.sh"
# The crash points (MAILTRIAGE_TEST_CRASH_*) are in test builds only.
need hooks || finish
. "$SRC/tests/dovecot-lib.sh"

fake_sendmail
cat > "$T/mt.conf" <<CONF
# These tests follow tickets at high (the payment samples).
[priority]
payment = high
[general]
ledger = $T/ledger.db
maildir = $T/md
[modifiers]
repeat = 0
[sla]
notify_to = leads@example.com
notify_from = triage@example.com
sendmail = $T/sendmail
remind_hours = 3
team_folders = Support.Billing
[account support]
host = 127.0.0.1
port = $IMAPS_PORT
user = support
password_file = $T/pw
ca_file = $TLS/ca.pem
timeout = 10
CONF
now=$(date +%s)
poll() { MAILTRIAGE_NOW=$1 "$BIN" poll -c "$T/mt.conf" --once 2>> "$T/poll.err"; }
ticket() { sql "SELECT ticket_id FROM messages WHERE message_id = '$1'"; }

for n in 01-smoke 02-outage 03-double-charge 04-locked-out 05-question 06-refund-crlf; do
  ctl append INBOX "$S/$n.eml"
done
poll "$now"
eq "filed: exit 0" 0 $?
eq "filed: the target UID of each is known (COPYUID)" 6 \
  "$(sql 'SELECT count(*) FROM imap_seen WHERE target_uid > 0 AND target_uidvalidity > 0')"
check "the resolved folder is made" grep -q "created folder Triage.Resolved" "$T/poll.err"
poll "$now"
eq "nothing answered yet" 0 "$(sql 'SELECT count(*) FROM tickets WHERE first_response IS NOT NULL OR resolved IS NOT NULL')"

# --- an agent answers the refund, resolves the outage, deletes the question
ctl flag Triage.High sample-06@example.co.uk '\Answered'
ctl move Triage.High sample-02@shop.example.net Triage.Resolved
ctl delete Triage.Low sample-05@example.in
seen=$((now + 600))
poll "$seen"
eq "after a cycle: exit 0" 0 $?
eq "\\Answered: first response at the time it was seen" "$seen" \
  "$(sql "SELECT first_response FROM tickets WHERE id = $(ticket sample-06@example.co.uk)")"
eq "moved to Triage.Resolved: resolved" "$seen" \
  "$(sql "SELECT resolved FROM tickets WHERE id = $(ticket sample-02@shop.example.net)")"
eq "deleted: resolved" "$seen" \
  "$(sql "SELECT resolved FROM tickets WHERE id = $(ticket sample-05@example.in)")"
eq "the others stay open" 4 "$(sql 'SELECT count(*) FROM tickets WHERE resolved IS NULL')"
eq "the answer is kept, not moved again" "$seen" \
  "$(poll $((seen + 60)); sql "SELECT first_response FROM tickets WHERE id = $(ticket sample-06@example.co.uk)")"
eq "nothing escalated before it is due" 0 "$(notices)"

# --- five hours later: the unanswered high ticket (4 h) goes up
later=$((now + 5 * 3600))
poll "$later"
eq "escalation cycle: exit 0" 0 $?
eq "overdue high: in Triage.Critical, escalated, level keyword swapped" \
  "Triage.Critical	\$Triage_Critical \$Triage_Escalated \$Triage_Payment" \
  "$(where sample-03@example.de)"
eq "critical: re-notified, stays, marked escalated" \
  "Triage.Critical	\$Triage_Critical \$Triage_Escalated \$Triage_Safety" \
  "$(where sample-01@example.org)"
eq "answered high: not escalated" "Triage.High	\$Triage_High \$Triage_Payment \\Answered" \
  "$(where sample-06@example.co.uk)"
eq "medium (24 h): not yet" "Triage.Medium	\$Triage_Account \$Triage_Medium" "$(where sample-04@example.com)"
eq "ledger: ticket raised to critical" critical \
  "$(sql "SELECT priority FROM tickets WHERE id = $(ticket sample-03@example.de)")"
eq "ledger: the message's new folder" "imap://support/Triage.Critical" \
  "$(sql "SELECT path FROM messages WHERE message_id = 'sample-03@example.de'")"
eq "ledger: its new UID" "$(python3 - "$IMAP_PORT" <<'PY'
import imaplib, sys
c = imaplib.IMAP4("127.0.0.1", int(sys.argv[1])); c.login("support", "secret")
c.select("Triage.Critical", readonly=True)
print(c.uid("SEARCH", None, "HEADER", "Message-ID", "<sample-03@example.de>")[1][0].decode())
PY
)" "$(sql "SELECT target_uid FROM imap_seen WHERE message_id = 'sample-03@example.de'")"
eq "escalations: high -> critical, critical -> critical" "1 1" \
  "$(sql "SELECT count(*) FROM escalations WHERE from_level = 'high'") $(sql "SELECT count(*) FROM escalations WHERE from_level = 'critical'")"
eq "one notice each" 2 "$(notices)"
check "notice to the configured address" grep -q -- '-oi -f triage@example.com -- leads@example.com' $(ls "$T"/outbox/*.args | head -1)
check "notice names ticket and levels" grep -q 'Subject: \[mailtriage\] #[0-9]* escalated high -> critical' "$T"/outbox/msg.??????
check "escalation logged" grep -q "moved to Triage.Critical (escalated)" "$T/poll.err"

# --- the same time again: nothing changes
ctl dump > "$T/dump1"
poll "$later"
eq "rerun: exit 0" 0 $?
check "rerun: the server is unchanged" cmp -s "$T/dump1" <(ctl dump)
eq "rerun: no new notices" 2 "$(notices)"
eq "rerun: no new escalations" 2 "$(sql 'SELECT count(*) FROM escalations')"

# --- reminders: none within remind_hours, then one per ticket
poll $((later + 2 * 3600))
eq "within remind_hours: no reminder" 2 "$(notices)"
poll $((later + 4 * 3600))
poll $((later + 4 * 3600))
eq "after remind_hours: one reminder per escalated ticket" 4 "$(notices)"
check "reminder wording" grep -q 'reminder: #[0-9]* critical, still no response' "$T"/outbox/msg.??????
check "server still unchanged" cmp -s "$T/dump1" <(ctl dump)

# --- an answer to the escalated ticket stops the reminders
ctl flag Triage.Critical sample-03@example.de '\Answered'
poll $((later + 8 * 3600))
eq "answered after escalation: only the critical one reminded" 5 "$(notices)"

# --- a day later the medium ticket goes up; killed between the ledger
# commit and the server: the next cycle finishes it, notifying once
day=$((now + 25 * 3600))
MAILTRIAGE_TEST_CRASH_AFTER_ESCALATE=1 MAILTRIAGE_NOW=$day "$BIN" poll -c "$T/mt.conf" --once 2>> "$T/poll.err"
eq "crash hook: exit 75" 75 $?
eq "crash: escalation recorded, not yet moved" "moving" \
  "$(sql "SELECT state FROM escalations WHERE ticket_id = $(ticket sample-04@example.com)")"
eq "crash: still in Triage.Medium" "Triage.Medium	\$Triage_Account \$Triage_Medium" "$(where sample-04@example.com)"
poll "$day"
eq "after the crash: exit 0" 0 $?
eq "after the crash: moved up once" "Triage.High	\$Triage_Account \$Triage_Escalated \$Triage_High" \
  "$(where sample-04@example.com)"
eq "after the crash: one notice for it" 1 "$(grep -l 'escalated medium -> high' "$T"/outbox/msg.?????? | wc -l)"
eq "after the crash: escalation finished" "moved 1" \
  "$(sql "SELECT state || ' ' || (notified IS NOT NULL) FROM escalations WHERE ticket_id = $(ticket sample-04@example.com)")"
eq "every message exactly once" "" "$(ctl dump | cut -f2 | sort | uniq -d)"

# --- an agent moves the answered high ticket down to Triage.Low: the
# ticket is corrected, and the message stays where the agent put it
ctl move Triage.High sample-06@example.co.uk Triage.Low
poll $((day + 60))
eq "moved to Triage.Low: ticket corrected to low" low \
  "$(sql "SELECT priority FROM tickets WHERE id = $(ticket sample-06@example.co.uk)")"
eq "the correction recorded with what had set it" "high low payment" \
  "$(sql "SELECT from_level || ' ' || to_level || ' ' || signals FROM corrections WHERE ticket_id = $(ticket sample-06@example.co.uk)")"
poll $((day + 120))
eq "the message stays in Triage.Low" Triage.Low "$(where sample-06@example.co.uk | cut -f1)"

# --- a team folder keeps the ticket open; escalating it adds the
# keywords and leaves it there
ctl create Support.Billing
ctl move Triage.High sample-04@example.com Support.Billing
poll $((day + 180))
eq "moved to a team folder: still open" 1 \
  "$(sql "SELECT resolved IS NULL FROM tickets WHERE id = $(ticket sample-04@example.com)")"
poll $((day + 10 * 3600))
eq "escalated in the team folder: keywords, not moved" \
  "Support.Billing	\$Triage_Account \$Triage_Critical \$Triage_Escalated" \
  "$(where sample-04@example.com)"

# --- the pending folder: the critical ticket waits on the customer (no
# reminders), until the customer writes again
ctl move Triage.Critical sample-01@example.org Triage.Pending
t1=$(ticket sample-01@example.org)
n1() { grep -l "^Subject: .*#$t1 " "$T"/outbox/msg.?????? | wc -l; }
n=$(n1)
poll $((day + 11 * 3600))
eq "in Triage.Pending: waiting on the customer, answered" "1 1" \
  "$(sql "SELECT (paused IS NOT NULL) || ' ' || (answered IS NOT NULL) FROM tickets WHERE id = $(ticket sample-01@example.org)")"
poll $((day + 30 * 3600))
eq "waiting: no reminder however late" "$n" "$(n1)"
eq "waiting: the message stays in Triage.Pending" Triage.Pending "$(where sample-01@example.org | cut -f1)"
printf 'From: Dana Whitfield <dana.whitfield@example.org>\r\nSubject: Re: Charger is smoking - please advise urgently\r\nMessage-ID: <sample-01b@example.org>\r\nIn-Reply-To: <sample-01@example.org>\r\n\r\nHere are the photos you asked for.\r\n' > "$T/followup.eml"
ctl append INBOX "$T/followup.eml"
poll $((day + 31 * 3600))
eq "the customer writes: same ticket, no longer waiting, a next reply due" "$(ticket sample-01@example.org) 1 1" \
  "$(sql "SELECT m.ticket_id || ' ' || (t.paused IS NULL) || ' ' || (SELECT count(*) FROM replies r WHERE r.ticket_id = t.id) FROM messages m JOIN tickets t ON t.id = m.ticket_id WHERE m.message_id = 'sample-01b@example.org'")"
eq "paused time counted" 1 \
  "$(sql "SELECT paused_secs > 0 FROM tickets WHERE id = $(ticket sample-01@example.org)")"

# --- an incident over IMAP: three customers report the checkout down;
# every member gets $Triage_Incident, also the two filed before it opened
i=0
for who in a@shop1.example b@shop2.example c@shop3.example; do
  i=$((i + 1))
  case $i in
  1) subj="Checkout is down"; body="Our customers cannot complete checkout, the payment step times out." ;;
  2) subj="Cannot pay at checkout"; body="Since this morning the checkout page shows an error 500 and nobody can buy." ;;
  3) subj="Outage: checkout"; body="Checkout broken for all our users, the site is unusable!" ;;
  esac
  printf 'From: %s\r\nSubject: %s\r\nMessage-ID: <inc-%d@imap.test>\r\n\r\n%s\r\n' "$who" "$subj" "$i" "$body" > "$T/inc$i.eml"
  ctl append INBOX "$T/inc$i.eml"
done
inc=$(date +%s)
poll "$inc"
eq "incident over IMAP: opened" 1 "$(sql "SELECT count(*) FROM incidents")"
poll "$inc"
for i in 1 2 3; do
  check "member $i: \$Triage_Incident" bash -c 'echo "$1" | grep -q "\$Triage_Incident"' _ "$(where "inc-$i@imap.test")"
done
finish
