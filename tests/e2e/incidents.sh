#!/usr/bin/env bash
# Incidents: three customers reporting a checkout outage in their own
# words within minutes become one incident (one alert instead of three,
# X-Triage-Incident, a fourth report joins it); three unrelated outages
# and one customer writing three times do not; an incident closes by hand
# or when all its tickets are resolved.
. "$(dirname "$0")/../lib.sh"
md=$T/md
cat > "$T/alert.sh" <<SH
#!/bin/sh
cat >> "$T/alerts.out"
echo >> "$T/alerts.out"
SH
chmod +x "$T/alert.sh"
conf() {  # conf MAILDIR > file
  cat <<CONF
[general]
maildir = $1
[alert team]
channel = command
command = $T/alert.sh
events = new, incident, incident_update
levels = critical, high, medium, low
CONF
}
conf "$md" > "$T/mt.conf"
n=0
send() {  # send CONF FROM SUBJECT BODY; F = the filed message
  n=$((n + 1))
  printf 'From: %s\nTo: support@example.com\nSubject: %s\nMessage-ID: <inc-%d@test>\n\n%s\n' \
    "$2" "$3" "$n" "$4" | "$BIN" deliver -q -c "$1"
  F=$(grep -rl "^Message-ID: <inc-$n@test>" "$(sed -n 's/^maildir = //p' "$1")" | grep -v mailtriage.db | head -1)
}
q() { python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$1/mailtriage.db" "$2"; }
alerts() { grep -c "\"event\":\"$1\"" "$T/alerts.out" 2>/dev/null || true; }

# The first two reports are high on their own (no business impact said), so
# that the incident is what raises them.
send "$T/mt.conf" a@shop1.example "Checkout is down" "Our checkout does not complete, the payment step times out."
send "$T/mt.conf" b@shop2.example "Cannot pay at checkout" "Since this morning the checkout page shows an error 500 and nobody can buy."
eq "two reports: no incident yet" 0 "$(q "$md" "select count(*) from incidents")"
eq "two reports: an alert each" 2 "$(alerts new)"
send "$T/mt.conf" c@shop3.example "Outage: checkout" "Checkout broken for all our users, the site is unusable!"
eq "the third customer: one incident" 1 "$(q "$md" "select count(*) from incidents")"
eq "... with the three tickets" 3 "$(q "$md" "select count(*) from tickets where incident_id = 1")"
eq "... on the words they share" checkout "$(q "$md" "select terms from incidents")"
eq "the third mail: X-Triage-Incident" 1 "$(hdr X-Triage-Incident "$F")"
eq "... raised a level ([incidents] raise): critical" critical "$(hdr X-Triage-Priority "$F")"
check "... filed as critical" test -n "$(echo "$F" | grep '/.Triage.Critical/')"
check "... the reason says so" grep -q '^X-Triage-Reasons: .*incident #1 -> critical' "$F"
eq "... the ticket too" critical "$(q "$md" "select priority from tickets where id = 3")"
eq "... its message row in the critical folder" Triage.Critical "$(q "$md" "select folder from messages where message_id = 'inc-3@test'")"
eq "the tickets filed before are raised too (in the ledger)" "critical critical" \
  "$(q "$md" "select group_concat(priority, ' ') from tickets where id in (1, 2)")"
check "... saying why" test "$(q "$md" "select count(*) from tickets where id in (1, 2) and reasons like '%incident #1 -> critical'")" = 2
eq "one incident alert, not a third new one" "1 2" "$(alerts incident) $(alerts new)"
check "the incident alert says so" grep -q '"event":"incident","ticket":3.*"incident":1' "$T/alerts.out"
send "$T/mt.conf" d@shop4.example "checkout still failing" "We see the same: checkout returns an error for every order."
eq "a later report joins it" 1 "$(hdr X-Triage-Incident "$F")"
eq "... with an update of the incident, not a new ticket's alert" "1 2 1" "$(alerts incident) $(alerts new) $(alerts incident_update)"
# the members filed before it opened get the header from sla, once
first=$(grep -rl '^Message-ID: <inc-1@test>' "$md" | grep -v mailtriage.db)
mv "$first" "$(dirname "$(dirname "$first")")/cur/$(basename "$first"):2,S"
"$BIN" sla -q -c "$T/mt.conf" > /dev/null
"$BIN" sla -q -c "$T/mt.conf" > /dev/null
for i in 1 2 3 4; do
  fs=$(grep -rl "^Message-ID: <inc-$i@test>" "$md" | grep -v mailtriage.db)
  eq "member $i: one file, with X-Triage-Incident" "1 1" "$(echo "$fs" | grep -c .) $(hdr X-Triage-Incident "$(echo "$fs" | head -1)")"
done
fs=$(grep -rl '^Message-ID: <inc-1@test>' "$md" | grep -v mailtriage.db)
check "the seen flag kept" test -n "$(echo "$fs" | grep ':2,S$')"
check "the rewritten file's name gives its size (S=)" bash -c 's=$(basename "$1" | sed -n "s/.*,S=\([0-9]*\).*/\1/p"); [ "$s" = "$(stat -c %s "$1")" ]' _ "$fs"
check "the original bytes below our headers" bash -c 'strip_tags() { awk "BEGIN{o=1} o && /^X-Triage-[A-Za-z-]+:/ {next} o && /^[ \t]/ {next} {o=0; print}" "$1"; }; strip_tags "$1" | grep -q "Our checkout does not complete"' _ "$fs"
eq "the ledger follows the file" 1 "$(q "$md" "select count(*) from messages where message_id = 'inc-1@test' and path = '$fs'")"
"$BIN" incidents -c "$T/mt.conf" > "$T/list"
check "incidents lists it, open, with 4 tickets" grep -qE '^#1 +outage +open .* 4 +Outage: checkout \[checkout\]' "$T/list"
"$BIN" incidents -c "$T/mt.conf" --json > "$T/list.json"
check "incidents --json" python3 -c '
import json,sys
r=[json.loads(l) for l in open(sys.argv[1])]
assert r[0]["id"]==1 and r[0]["tickets"]==4 and r[0]["open_tickets"]==4 and r[0]["closed"]==0, r' "$T/list.json"

# --- three unrelated outages: no incident
um=$T/unrelated
conf "$um" > "$T/u.conf"
send "$T/u.conf" d@corp.example "Email down" "Our email server is down, nobody can send mail."
send "$T/u.conf" e@corp2.example "VPN not connecting" "The VPN is down for the whole office, we cannot work."
send "$T/u.conf" f@corp3.example "Printer service outage" "The print service is down since 9am."
eq "unrelated outages: no incident" 0 "$(q "$um" "select count(*) from incidents")"

# --- one customer, three times: repeat contacts, not an incident
rm=$T/repeat
conf "$rm" > "$T/r.conf"
for i in 1 2 3; do
  send "$T/r.conf" a@shop1.example "Checkout is down ($i)" "Checkout still does not work, attempt $i."
done
eq "one customer three times: no incident" 0 "$(q "$rm" "select count(*) from incidents")"

# --- closing by hand, and when every ticket is resolved
"$BIN" incident close 1 -c "$T/mt.conf" 2> /dev/null
eq "close (mailtriage incident close ID): exit 0" 0 $?
check "closing alerts: the incident closed, with its four tickets" grep -q '"event":"incident","ticket":0,"level":"","incident":1,"state":"closed".*closed after [^ ]* (4 tickets)' "$T/alerts.out"
eq "closed" 1 "$(q "$md" "select closed is not null from incidents where id = 1")"
"$BIN" incidents -c "$T/mt.conf" --close 1 2> /dev/null
eq "closing it again: EX_DATAERR" 65 $?
"$BIN" report -c "$T/mt.conf" --format json -o "$T/r.json"
check "report: the incident, its tickets, none open" python3 -c '
import json,sys
i=json.load(open(sys.argv[1]))["incidents"]
assert (i["opened"], i["tickets"], i["open"]) == (1, 4, 0), i
assert i["recognised_median_s"] is not None and i["recognised_median_s"] >= 0, i
assert i["lasted_median_s"] is not None, i' "$T/r.json"
"$BIN" report -c "$T/mt.conf" > "$T/r.txt"
check "report text: the incidents line" grep -q '^incidents 1 (4 tickets, 0 still open)' "$T/r.txt"
cm=$T/closing
conf "$cm" > "$T/c.conf"
send "$T/c.conf" a@shop1.example "Checkout is down" "Our customers cannot complete checkout, the payment step times out."
send "$T/c.conf" b@shop2.example "Cannot pay at checkout" "Since this morning the checkout page shows an error 500 and nobody can buy."
send "$T/c.conf" c@shop3.example "Outage: checkout" "Checkout broken for all our users, the site is unusable!"
eq "a second incident elsewhere" 1 "$(q "$cm" "select count(*) from incidents where closed is null")"
mkdir -p "$cm/.Triage.Resolved/cur" "$cm/.Triage.Resolved/new" "$cm/.Triage.Resolved/tmp"
for f in "$cm"/.Triage.*/new/*; do mv "$f" "$cm/.Triage.Resolved/cur/$(basename "$f"):2,S"; done
"$BIN" sla -q -c "$T/c.conf" > /dev/null
eq "all its tickets resolved: closed by sla" 1 "$(q "$cm" "select closed is not null from incidents")"
finish
