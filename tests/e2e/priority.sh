#!/usr/bin/env bash
# The priority policy end to end through deliver and the ledger: customer
# tiers from list files, a VIP outage, an angry third follow-up, replies
# joining their ticket, and a forged tier header.
. "$(dirname "$0")/../lib.sh"
md=$T/md
printf '# VIPs\nceo@bigcorp.example\n*.bigcorp.example\n' > "$T/vip.list"
printf 'enterprise.example  # whole domain\n' > "$T/enterprise.list"
conf() {  # conf [trust_header]
  printf '[general]\nmaildir = %s\n[tiers]\nvip = %s\nenterprise = %s\n' \
    "$md" "$T/vip.list" "$T/enterprise.list" > "$T/mt.conf"
  [ -z "${1:-}" ] || printf 'trust_header = true\n' >> "$T/mt.conf"
}
conf
n=0
F=
send() {  # send FROM SUBJECT BODY [EXTRA-HEADER...]; F = the delivered file
  local from=$1 subj=$2 body=$3 f
  shift 3
  n=$((n + 1))
  f=$T/msg$n.eml
  { printf 'From: %s\nTo: support@example.com\nSubject: %s\nMessage-ID: <m%d@test.example>\n' "$from" "$subj" "$n"
    for h in "$@"; do printf '%s\n' "$h"; done
    printf 'Date: Mon, 16 Nov 2026 09:00:00 +0000\n\n%s\n' "$body"; } > "$f"
  F=
  "$BIN" deliver -q -c "$T/mt.conf" < "$f" || return 1
  F=$(grep -rl "^Message-ID: <m$n@test.example>" "$md" | grep -v mailtriage.db | head -1)
}

# --- tiers from the lists
send "Ops <ops@eu.bigcorp.example>" "Portal down" "Our portal is down, nothing loads."; f=$F
eq "VIP (wildcard subdomain) outage: high" high "$(hdr X-Triage-Priority "$f")"
check "VIP outage: reasons name the tier" grep -q '^X-Triage-Reasons: outage -> high; tier:vip +1; critical needs' "$f"
send "CEO <CEO@BigCorp.example>" "Production halted" "Our production line is down since this morning, the site is down and we are losing orders."; f=$F
eq "VIP outage with impact: critical" critical "$(hdr X-Triage-Priority "$f")"
check "critical in its folder" test -n "$(find "$md/.Triage.Critical/new" -type f -newer "$T/msg$n.eml")"
send "Buyer <buyer@enterprise.example>" "Question" "Can you send me the product sheet?"; f=$F
eq "enterprise question: medium" medium "$(hdr X-Triage-Priority "$f")"
check "enterprise reason" grep -q 'tier:enterprise +1' "$f"
send "Someone <x@bigcorp.example>" "Question" "Can you send me the product sheet?"; f=$F
eq "*.bigcorp.example does not list bigcorp.example itself" low "$(hdr X-Triage-Priority "$f")"

# --- a forged tier header from an untrusted source changes nothing
send "Mallory <m@elsewhere.example>" "Question" "Can you send me the price list?" "X-Customer-Tier: vip"; f=$F
eq "untrusted tier header: low" low "$(hdr X-Triage-Priority "$f")"
check "untrusted tier header: no tier reason" no_match 'tier:' "$f"
conf trust
send "Form <form@web.example>" "Question" "Can you send me the price list?" "X-Customer-Tier: vip"; f=$F
eq "trusted tier header: medium" medium "$(hdr X-Triage-Priority "$f")"
check "trusted tier header: reason" grep -q 'tier:vip +1' "$f"
conf

# --- a reply joins its ticket and keeps at least its priority
send "Ann <ann@shop.example>" "Checkout broken" "The site is down, customers get 503 errors."; f1=$F
t1=$(hdr X-Triage-Ticket "$f1")
send "Ann <ann@shop.example>" "Re: Checkout broken" "Thanks, any news?" "In-Reply-To: <m$n@test.example>"; f2=$F
eq "reply: same ticket" "$t1" "$(hdr X-Triage-Ticket "$f2")"
eq "reply: keeps the ticket's high" high "$(hdr X-Triage-Priority "$f2")"
check "reply: reason says follow-up" grep -q "follow-up of #$t1 keeps high" "$f2"
eq "reply: SLA from the first message" "$(hdr X-Triage-SLA-Due "$f1")" "$(hdr X-Triage-SLA-Due "$f2")"
"$BIN" sla -q --json -c "$T/mt.conf" > "$T/t1.json"
check "reply: the ticket keeps its own reasons and signals" python3 -c '
import json,sys
t=[r for r in map(json.loads, open(sys.argv[1])) if r["ticket"]==int(sys.argv[2])][0]
assert "keeps" not in t["reasons"] and t["reasons"].startswith("outage"), t' "$T/t1.json" "$t1"
check "reply: filed with its ticket" test "$(dirname "$(dirname "$f2")")" = "$md/.Triage.High"
# References, not In-Reply-To
send "Ann <ann@shop.example>" "Another thing" "Also, thanks for the quick help." "References: <m$((n - 1))@test.example> <unknown@x>"; f3=$F
eq "References: same ticket" "$t1" "$(hdr X-Triage-Ticket "$f3")"
# a normalised subject from the same sender, without any reference
send "Ann <ann@shop.example>" "AW: Re:  Checkout   broken" "Is it fixed?"; f4=$F
eq "AW: Re: subject: same ticket" "$t1" "$(hdr X-Triage-Ticket "$f4")"
# ... but not from another sender
send "Bob <bob@shop.example>" "Re: Checkout broken" "Is it fixed?"; f5=$F
check "same subject, other sender: new ticket" test "$(hdr X-Triage-Ticket "$f5")" != "$t1"

# --- an angry third contact
send "Cy <cy@mail.example>" "Cannot log in" "I am locked out of my account after the password reset."; g1=$F
eq "first contact: medium" medium "$(hdr X-Triage-Priority "$g1")"
send "Cy <cy@mail.example>" "Re: Cannot log in" "Any update?" "In-Reply-To: <m$n@test.example>"; g2=$F
send "Cy <cy@mail.example>" "Re: Cannot log in" "THIS IS THE THIRD TIME I WRITE TO YOU!!! I STILL CANNOT LOG IN TO MY ACCOUNT. UNACCEPTABLE." "In-Reply-To: <m$n@test.example>"; g3=$F
src3=$T/msg$n.eml
eq "angry third: one ticket" "$(hdr X-Triage-Ticket "$g1")" "$(hdr X-Triage-Ticket "$g3")"
eq "angry third: high" high "$(hdr X-Triage-Priority "$g3")"
r=$(awk '/^X-Triage-Reasons:/{p=1} p&&/^X-Triage-SLA/{exit} p' "$g3" | tr -d '\n\t')
check "angry third: frustration named ($r)" grep -q 'frustration:words+shouting+!!! +1' <<<"$r"
check "angry third: repeat named" grep -q 'repeat:3 in 48h +1' <<<"$r"
check "angry third: capped below critical" grep -q 'critical needs safety or an outage with impact' <<<"$r"

# --- explain shows the same derivation, history included
"$BIN" explain -c "$T/mt.conf" "$src3" > "$T/explain.txt"
check "explain: follow-up and repeat from the ledger" grep -q "follow-up of #$(hdr X-Triage-Ticket "$g1")" "$T/explain.txt"
check "explain: frustration" grep -q 'frustration:words+shouting+!!! +1' "$T/explain.txt"
check "explain: the third contact, not a fourth (itself left out)" grep -q 'repeat:3 in 48h' "$T/explain.txt"
r=$(grep '^Priority:' "$T/explain.txt")
eq "explain: the verdict deliver gave" "Priority:    high ($(awk '/^X-Triage-Reasons:/{p=1;sub(/^X-Triage-Reasons: /,"")} p&&/^X-Triage-SLA/{exit} p' "$g3" | tr -d '\n' | sed 's/\t/ /g'))" "$r"

"$BIN" explain --no-history -c "$T/mt.conf" "$src3" > "$T/explain2.txt"
check "explain --no-history: no follow-up" no_match 'follow-up of' "$T/explain2.txt"

# --- the ledger keeps tickets and their messages apart
rows=$(python3 - "$md/mailtriage.db" "$(hdr X-Triage-Ticket "$g1")" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
t = int(sys.argv[2])
msgs = db.execute("select count(*) from messages where ticket_id=?", (t,)).fetchone()[0]
prio, tier = db.execute("select priority, coalesce(tier,'-') from tickets where id=?", (t,)).fetchone()
vip = db.execute("select count(*) from tickets where tier='vip'").fetchone()[0]
print(msgs, prio, vip)
PY
)
eq "ledger: 3 messages in the ticket, raised to high, VIP tickets recorded" "3 high 3" "$rows"

# --- business-hours SLA across a weekend and a time-zone change: high
# (4 business hours, Mon-Fri 09:00-17:00 Berlin) arriving Friday 16:00
# CEST is due Monday 12:00 CET; the clocks went back on Sunday 25 October.
printf '[high]\nbusiness_hours = true\n[sla]\ntimezone = Europe/Berlin\nschedule = Mon-Fri 09:00-17:00\n' > "$T/bh.conf"
"$BIN" explain --json --no-history -c "$T/bh.conf" --arrived 2026-10-23T16:00:00+02:00 \
  "$SRC/contrib/samples/02-outage.eml" > "$T/bh.json"
eq "business hours: due Monday 12:00 CET" "high 2026-10-26T11:00:00Z" \
  "$(python3 -c 'import json,sys,datetime; j=json.load(open(sys.argv[1])); print(j["priority"], datetime.datetime.utcfromtimestamp(j["sla_due_epoch"]).strftime("%Y-%m-%dT%H:%M:%SZ"))' "$T/bh.json")"
"$BIN" explain -c "$T/bh.conf" --no-history --arrived 2026-10-24T10:00:00+02:00 "$SRC/contrib/samples/02-outage.eml" > "$T/bh.txt"
check "business hours: Saturday arrival due Monday 13:00 CET" grep -q 'Mon, 26 Oct 2026 12:00:00 +0000' "$T/bh.txt"
"$BIN" explain -c "$T/bh.conf" --no-history --arrived 2026-10-24T10:00:00+02:00 "$SRC/contrib/samples/01-smoke.eml" > "$T/bh2.txt"
check "critical stays round the clock" grep -q 'Sat, 24 Oct 2026 09:00:00 +0000' "$T/bh2.txt"

# --- holidays: dates and an iCalendar file close whole days. High
# arriving Wednesday 23 December 16:00 CET, 24th (a date) and 25th-26th
# (the .ics, DTEND exclusive) closed: 1h Wednesday, 3h Monday 28th.
cat > "$T/xmas.ics" <<'ICS'
BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
SUMMARY:Weihnachten
DTSTART;VALUE=DATE:20251225
DTEND;VALUE=DATE:20251227
RRULE:FREQ=YEARLY
END:VEVENT
END:VCALENDAR
ICS
printf '[high]\nbusiness_hours = true\n[sla]\ntimezone = Europe/Berlin\nholidays = 2026-12-24, xmas.ics\n' > "$T/hol.conf"
"$BIN" explain -c "$T/hol.conf" --no-history --arrived 2026-12-23T16:00:00+01:00 "$SRC/contrib/samples/02-outage.eml" > "$T/hol.txt"
check "holidays: due Monday 28 December 12:00 CET" grep -q 'Mon, 28 Dec 2026 11:00:00 +0000' "$T/hol.txt"
"$BIN" check -c "$T/hol.conf" --maildir "$T/md" > "$T/hol.out" 2>&1
check "check counts the holidays" grep -q '^holidays: 203 days from 2025-12-25 to 2125-12-26' "$T/hol.out"
printf 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:2026-12-25\nEND:VEVENT\nEND:VCALENDAR\n' > "$T/xmas.ics"
rc=0; "$BIN" check -c "$T/hol.conf" --maildir "$T/md" > /dev/null 2> "$T/hol.err" || rc=$?
eq "check: a bad calendar is a config error" 78 "$rc"
check "the error points into the calendar" grep -q 'xmas.ics:3:20: error: bad DTSTART' "$T/hol.err"
printf '[sla]\nholidays = 2026-12-24, Christmas\n' > "$T/hol2.conf"
rc=0; "$BIN" check -c "$T/hol2.conf" --maildir "$T/md" > /dev/null 2> "$T/hol.err" || rc=$?
check "a bad entry is named at its column" grep -q 'hol2.conf:2:24: error: \[sla\] holidays: bad entry "Christmas"' "$T/hol.err"

# --- a tier of its own ([tier NAME]) with its own targets: platinum
# customers' critical mail within 30 minutes, their high mail within an
# hour; the built-in enterprise tier gets a resolution target of its own
printf 'platinum.example\n' > "$T/platinum.list"
cat > "$T/tier.conf" <<CONF
[general]
maildir = $T/tiermd
[tiers]
enterprise = $T/enterprise.list
[tier platinum]
list = $T/platinum.list
modifier = 1
sla_hours = critical 0.5, high 1
[tier enterprise]
resolve_hours = high 3
CONF
printf 'From: Pat <pat@platinum.example>\nSubject: Site down\nMessage-ID: <plat-1@test>\n\nOur site is down, nobody can log in.\n' > "$T/plat.eml"
"$BIN" explain -c "$T/tier.conf" --no-history --arrived 2026-11-16T09:00:00Z "$T/plat.eml" > "$T/plat.txt"
check "own tier: named in the reasons" grep -q 'tier:platinum +1' "$T/plat.txt"
check "own tier: high within its own hour" grep -q 'Mon, 16 Nov 2026 10:00:00 +0000' "$T/plat.txt"
"$BIN" deliver -q -c "$T/tier.conf" < "$T/plat.eml"
eq "own tier: recorded on the ticket" platinum "$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select tier from tickets").fetchone()[0])' "$T/tiermd/mailtriage.db")"
printf 'From: Eve <eve@enterprise.example>\nSubject: Site down\nMessage-ID: <ent-1@test>\n\nOur site is down, nobody can log in.\n' |
  "$BIN" deliver -q -c "$T/tier.conf"
eq "built-in tier with its own resolution target (3 h)" 10800 "$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select resolve_due - created from tickets where tier=\"enterprise\"").fetchone()[0])' "$T/tiermd/mailtriage.db")"
"$BIN" check -c "$T/tier.conf" > "$T/tier.out" 2>&1
check "check lists the tiers" grep -q '^tiers: 2 entries (enterprise, platinum)' "$T/tier.out"

# --- a bad tier list is a config error with its position
printf 'ok@example.com\nnot an entry\n' > "$T/bad.list"
printf '[tiers]\nvip = %s\n' "$T/bad.list" > "$T/bad.conf"
"$BIN" filter -c "$T/bad.conf" < "$T/msg1.eml" > /dev/null 2> "$T/err"
eq "bad tier list: EX_CONFIG" 78 $?
check "bad tier list: file:line:col" grep -q "bad.list:2:1: error: one address or domain per line" "$T/err"

# --- explain of a filed message counts no later mail of its ticket
send "Cy <cy@mail.example>" "Re: Cannot log in" "Hello?" "In-Reply-To: <m$n@test.example>"
"$BIN" explain -c "$T/mt.conf" "$src3" > "$T/explain3.txt"
check "explain: later messages are not its history" grep -q 'repeat:3 in 48h' "$T/explain3.txt"
finish
