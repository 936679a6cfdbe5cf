#!/usr/bin/env bash
# Acknowledgements: a new ticket's customer is told its tag, priority and
# expected first response in their language; the RFC 3834 suppression
# matrix, one case each; one per address per interval; none for
# follow-ups; a reply with the tag joins its ticket; our acknowledgement
# coming back starts no loop; a kill between filing and sending, then a
# retry: one acknowledgement; a bounce of it marks the address.
. "$(dirname "$0")/../lib.sh"
md=$T/md
mkdir -p "$T/out"
cat > "$T/sendmail" <<SH
#!/bin/sh
# Keeps each message; the first time \$T/die exists, dies with mailtriage
# before taking the message (a crash between filing and sending).
if [ -e "$T/die" ]; then rm -f "$T/die"; kill -9 \$PPID; exit 1; fi
f=\$(mktemp "$T/out/msg.XXXXXX")
printf '%s\n' "\$*" > "\$f.args"
cat > "\$f"
SH
chmod +x "$T/sendmail"
cat > "$T/mt.conf" <<EOF
[general]
maildir = $md
[filters]
dir = $SRC/filters
[sla]
sendmail = $T/sendmail
agents = agent@example.com
notify_from = triage@example.com
[ack]
enabled = true
from = support@example.com
templates = $SRC/conf/ack
EOF
mt() { local cmd=$1; shift; "$BIN" "$cmd" -c "$T/mt.conf" "$@"; }
acks() { find "$T/out" -name 'msg.*' ! -name '*.args' | wc -l; }
last_ack() { ls -t "$T"/out/msg.* | grep -v '\.args$' | head -1; }
mail() {  # mail FROM SUBJECT MSGID BODY [EXTRA-HEADER...]
  local from=$1 subj=$2 id=$3 body=$4; shift 4
  printf 'From: %s\nTo: support@example.com\nSubject: %s\nMessage-ID: <%s>\nDate: Thu, 03 Dec 2026 10:00:00 +0000\n' "$from" "$subj" "$id"
  for h in "$@"; do printf '%s\n' "$h"; done
  printf 'Content-Type: text/plain; charset=utf-8\n\n%s\n' "$body"
}
EN="Hello, since this morning nobody in our office can log in to the portal and all orders are stuck. Please help."

# --- a new ticket: one acknowledgement, as RFC 3834 asks
mail "Anna Smith <anna@customer.example>" "Portal down" a1@customer.example "$EN" | mt deliver -q
eq "new ticket: one acknowledgement" 1 "$(acks)"
f=$(last_ack)
eq "to the customer" "-oi -f support@example.com -- anna@customer.example" "$(cat "$f.args")"
eq "From the support address" support@example.com "$(hdr From "$f")"
eq "the tag in the subject" "[#1] Re: Portal down" "$(hdr Subject "$f")"
eq "Auto-Submitted: auto-replied" auto-replied "$(hdr Auto-Submitted "$f")"
eq "In-Reply-To the customer's mail" "<a1@customer.example>" "$(hdr In-Reply-To "$f")"
check "References the customer's mail" grep -q '^References:.*<a1@customer.example>' "$f"
check "the priority in plain words" grep -Eq 'priority to (urgent|high|normal|low)' "$f"
check "the expected first response" grep -Eq 'first answer from us by 20[0-9]{2}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}' "$f"
check "greets by name" grep -q '^Hello Anna Smith,' "$f"
ack_id=$(hdr Message-ID "$f")

# --- in the customer's language
mail "Jean Dupont <jean@client.example>" "Paiement refusé" f1@client.example \
  "Bonjour, notre paiement a été refusé deux fois ce matin et nous ne pouvons plus commander. Merci de nous aider rapidement." | mt deliver -q
check "French mail: French acknowledgement" grep -q '^Bonjour Jean Dupont,' "$(last_ack)"
eq "French subject, RFC 2047 encoded" "[#2] Re: Paiement refusé" "$(python3 -c '
import email.header,sys
print(str(email.header.make_header(email.header.decode_header(sys.argv[1]))))' "$(hdr Subject "$(last_ack)")")"

# --- none for a follow-up: a reply with the tag joins ticket 1
n=$(acks)
mail anna@customer.example "Re: [#1] Re: Portal down" a2@customer.example "Still down, any news? We lose orders every minute." | mt deliver -q
eq "follow-up: no acknowledgement" "$n" "$(acks)"
f=$(grep -l 'a2@customer.example' "$md"/.Triage.*/new/* | head -1)
eq "the tag joins its ticket" 1 "$(hdr X-Triage-Ticket "$f")"
mail bob@customer.example "About [#1] Re: Portal down" a3@customer.example "Same here, colleague of Anna." | mt deliver -q
f=$(grep -l 'a3@customer.example' "$md"/.Triage.*/new/* | head -1)
eq "a tag from another sender joins it too" 1 "$(hdr X-Triage-Ticket "$f")"

# --- at most one per address in the interval
mail anna@customer.example "Another question" a4@customer.example "How do I export my invoices as a CSV file?" | mt deliver -q
eq "second ticket within 24 h: no acknowledgement" "$n" "$(acks)"

# --- the suppression matrix: one case each, a new ticket each time
i=0
while IFS='|' read -r what from hdrs; do
  i=$((i + 1))
  n=$(acks)
  set --
  [ -n "$hdrs" ] && set -- "$hdrs"
  mail "$from" "Portal down $i" "m$i@matrix.example" "$EN" "$@" | mt deliver -q
  eq "no acknowledgement: $what" "$n" "$(acks)"
done <<'MATRIX'
Auto-Submitted: auto-generated|c1@customer.example|Auto-Submitted: auto-generated
Auto-Submitted: auto-replied|c2@customer.example|Auto-Submitted: auto-replied
Precedence: bulk|c3@customer.example|Precedence: bulk
Precedence: list|c4@customer.example|Precedence: list
Precedence: junk|c5@customer.example|Precedence: junk
List-Id|c6@customer.example|List-Id: <users.lists.example>
null Return-Path|c7@customer.example|Return-Path: <>
noreply sender|noreply@customer.example|
no-reply sender|no-reply@customer.example|
mailer-daemon|MAILER-DAEMON@customer.example|
postmaster|postmaster@customer.example|
a list's -request address|users-request@lists.example|
a robot Return-Path|c8@customer.example|Return-Path: <bounces@mailer.example>
our own support address|support@example.com|
an agent|agent@example.com|
our notices' sender|triage@example.com|
X-Autoreply|c9@customer.example|X-Autoreply: yes
a quoted local part|"x y"@customer.example|
MATRIX
n=$(acks)
mail "Eve <eve@customer.example>" "Portal down again" ok@customer.example "$EN" | mt deliver -q
eq "and an ordinary new customer still gets one" $((n + 1)) "$(acks)"

# --- our own acknowledgement coming back: no loop
n=$(acks)
mt deliver -q < "$(last_ack)"
eq "our acknowledgement delivered to us: no acknowledgement" "$n" "$(acks)"
check "... filed as our own automatic mail" grep -lq '^X-Triage-Auto: own' "$md/.Triage.Auto/new"/*
mail anna@customer.example "Automatic reply: [#1] Re: Portal down" oof1@customer.example "I am away." \
  "In-Reply-To: $ack_id" "Auto-Submitted: auto-replied" | mt deliver -q
eq "her out-of-office answering it: no acknowledgement" "$n" "$(acks)"
f=$(grep -l 'oof1@customer.example' "$md"/.Triage.Auto/new/* | head -1)
eq "... joins the ticket through our acknowledgement" 1 "$(hdr X-Triage-Ticket "$f")"

# --- killed between filing and sending, then the MTA's retry: one
touch "$T/die"
n=$(acks)
mail "Finn <finn@customer.example>" "Cannot pay" k1@customer.example "$EN" > "$T/k1.eml"
mt deliver -q < "$T/k1.eml" 2> /dev/null
check "the first attempt died in sendmail" test ! -e "$T/die"
eq "nothing sent yet" "$n" "$(acks)"
mt deliver -q < "$T/k1.eml"
eq "the retry: exit 0" 0 $?
eq "the retry sent it: one acknowledgement" $((n + 1)) "$(acks)"
mt deliver -q < "$T/k1.eml"
eq "another retry: still one" $((n + 1)) "$(acks)"
eq "one copy of the mail" 1 "$(grep -l 'k1@customer.example' "$md"/.Triage.*/new/* | wc -l)"

# --- ... or the next run of anything sends it
touch "$T/die"
n=$(acks)
mail "Gina <gina@customer.example>" "Login broken" k2@customer.example "$EN" | mt deliver -q 2> /dev/null
eq "died again: nothing sent" "$n" "$(acks)"
mt sla > /dev/null
eq "the next sla run sent it" $((n + 1)) "$(acks)"
k2=$(last_ack)
check "... the recorded one, for Gina" grep -q '^Hello Gina,' "$k2"

# --- a delay notice (4.x.x) of an acknowledgement marks nothing
id=$(hdr Message-ID "$k2")
printf 'From: MAILER-DAEMON@mx.customer.example\nTo: support@example.com\nSubject: Delayed Mail (still being retried)\nMessage-ID: <dly1@mx.customer.example>\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: text/plain\n\nStill trying.\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.customer.example\n\nFinal-Recipient: rfc822; gina@customer.example\nAction: delayed\nStatus: 4.4.7\n\n--b\nContent-Type: text/rfc822-headers\n\nFrom: support@example.com\nMessage-ID: %s\n\n--b--\n' "$id" |
  mt deliver 2> "$T/delay.err"
check "a delay notice: filed as automatic" grep -lq 'dly1@mx.customer.example' "$md/.Triage.Auto/new"/*
check "a delay notice: the address not marked" no_match 'bounced our mail' "$T/delay.err"

# --- a bounce of an acknowledgement marks the address (its returned
# Message-ID folded onto a second line); none goes there again, and
# report lists it
printf 'From: MAILER-DAEMON@mx.customer.example\nTo: support@example.com\nSubject: Undelivered Mail Returned to Sender\nMessage-ID: <dsn1@mx.customer.example>\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: text/plain\n\nYour message could not be delivered.\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.customer.example\n\nFinal-Recipient: rfc822; gina@customer.example\nAction: failed\nStatus: 5.1.1\n\n--b\nContent-Type: text/rfc822-headers\n\nFrom: support@example.com\nTo: gina@customer.example\nMessage-ID:\n %s\nSubject: [#9] Re: Login broken\n\n--b--\n' "$id" |
  mt deliver 2> "$T/bounce.err"
check "the bounce is recorded" grep -q 'gina@customer.example bounced our mail' "$T/bounce.err"
mt report --format json -o "$T/report.json"
check "report lists the undeliverable address" python3 -c '
import json,sys
r=json.load(open(sys.argv[1]))
u=[x for x in r["undeliverable"] if x["address"]=="gina@customer.example"]
assert u and u[0]["status"]=="5.1.1", r["undeliverable"]
assert r["automatic"]["bounce"]>=1' "$T/report.json"
n=$(acks)
cat > "$T/later.conf" < "$T/mt.conf"
printf 'interval = 0.0001\n' >> "$T/later.conf"
sleep 1
mail gina@customer.example "Another problem" k3@customer.example "$EN" | "$BIN" deliver -q -c "$T/later.conf"
eq "no acknowledgement to an undeliverable address" "$n" "$(acks)"
mail "Hugo <hugo@customer.example>" "Another problem" k4@customer.example "$EN" | "$BIN" deliver -q -c "$T/later.conf"
eq "... while others still get theirs" $((n + 1)) "$(acks)"

# --- check validates the templates at file:line:col
mkdir -p "$T/tpl"
cp "$SRC"/conf/ack/*.txt "$T/tpl/"
printf 'critical: now\nhigh: soon\nmedium: normal\nlow: later\n\nHello {nmae}, ticket {tag}.\n' > "$T/tpl/de.txt"
printf 'critical: now\nhigh: soon\nmedium: normal\n\nHello {name}.\n' > "$T/tpl/fr.txt"
sed "s|templates = .*|templates = $T/tpl|" "$T/mt.conf" > "$T/tpl.conf"
"$BIN" check -c "$T/tpl.conf" > /dev/null 2> "$T/tpl.err"
eq "check: bad templates, exit 78" 78 $?
check "check: an unknown placeholder at its line and column" grep -q "tpl/de.txt:6:7: error: unknown placeholder {nmae}" "$T/tpl.err"
check "check: a missing level" grep -q "tpl/fr.txt:1:1: error: no 'low:' line" "$T/tpl.err"
sed '/^from = /d' "$T/mt.conf" > "$T/nofrom.conf"
"$BIN" check -c "$T/nofrom.conf" > /dev/null 2> "$T/nofrom.err"
check "check: enabled without from" grep -q 'needs from = the support address' "$T/nofrom.err"

finish
