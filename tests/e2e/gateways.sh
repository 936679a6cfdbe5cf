#!/usr/bin/env bash
# Several gateways, one PostgreSQL ledger (ledger-pg.c), one Maildir they
# share: 1,000 messages each delivered through two gateways at once are
# filed once; sla --escalate on both hosts at once escalates and notifies
# each ticket once; a database restart mid-run defers (75), and the
# MTA's retries then file each message once; list, report, status and
# check read the shared ledger.
. "$(dirname "$0")/../lib.sh"
. "$SRC/tests/pg-lib.sh"
DEV=$SRC/../shared/corpus/labelled/dev
need_file "$DEV" || finish
N=${MT_GATEWAY_MESSAGES:-1000}
M=$T/Maildir
mkdir -p "$M"
fake_sendmail
pg_newdb gw || { not_ok "create the database"; finish; }
for g in a b; do
  mkdir -p "$T/$g"
  cat > "$T/$g/mailtriage.conf" <<CONF
[general]
maildir = $M
ledger = $(pg_url gw)
ledger_timeout = 60
[sla]
notify_to = leads@example.com
notify_from = triage@example.com
sendmail = $T/sendmail
escalations_folder = Triage.Escalations
CONF
done
q() { pgsql gw "$1"; }
files() { find "$M" -path '*/new/*' -type f ! -path '*Escalations*' | wc -l; }

check "check accepts the shared ledger" "$BIN" check -c "$T/a/mailtriage.conf" -q

# --- each message through both gateways at once: filed once
find "$DEV" -name '*.eml' | sort | head -n "$N" > "$T/list"
deliver() {  # deliver GATEWAY FILE: its exit status in $T/rc
  "$BIN" deliver -q -c "$T/$1/mailtriage.conf" < "$2" 2>> "$T/$1.log"
  echo "$?" >> "$T/rc.$1"
}
export -f deliver
export BIN T
awk '{ print "a " $0; print "b " $0 }' "$T/list" |
  xargs -P 6 -n 2 bash -c 'deliver "$0" "$1"'
eq "every delivery exit 0" "$((2 * N)) 0" "$(cat "$T"/rc.a "$T"/rc.b | wc -l) $(grep -cv '^0$' "$T"/rc.a "$T"/rc.b | awk -F: '{ s += $2 } END { print s }')"
rows=$(q "select count(*) from messages")
eq "one row per input message" "$N" "$rows"
keys=$(q "select count(*) from (select distinct body_hash, message_id from messages) k")
eq "one row per message (no key twice)" "$rows" "$keys"
eq "every row delivered" 0 "$(q "select count(*) from messages where delivered = 0")"
eq "one file per row" "$rows" "$(files)"
# Every input message is in the ledger (none lost): by Message-ID.
python3 - "$T/list" > "$T/ids" <<'PY'
import email, sys
for path in open(sys.argv[1]).read().split():
    m = email.message_from_binary_file(open(path, "rb"))
    mid = (m.get("Message-ID") or "").strip()
    if mid.startswith("<") and mid.endswith(">"):
        print(mid[1:-1])
PY
q "select message_id from messages" | sort -u > "$T/have"
eq "no message lost" "" "$(sort -u "$T/ids" | comm -23 - "$T/have" | head -3)"

# --- list, report and status read it
check "list reads the shared ledger" sh -c "'$BIN' list -c '$T/a/mailtriage.conf' | grep -q ."
check "report reads the shared ledger" "$BIN" report -c "$T/b/mailtriage.conf" --format json -o "$T/r.json"
eq "report counts every ticket" "$(q "select count(*) from tickets")" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sla"]["all"]["tickets"])' "$T/r.json" 2>/dev/null)"
"$BIN" status -c "$T/a/mailtriage.conf" > "$T/status" 2>&1
check "status names the ledger without a password" grep -q "postgresql:///gw" "$T/status"

# --- sla --escalate on both hosts at once, two days on: each once
later=$(( $(date +%s) + 2 * 86400 ))
MAILTRIAGE_NOW=$later "$BIN" sla -q -c "$T/a/mailtriage.conf" --escalate > /dev/null &
MAILTRIAGE_NOW=$later "$BIN" sla -q -c "$T/b/mailtriage.conf" --escalate > /dev/null &
wait
esc=$(q "select count(*) from escalations")
check "tickets escalated" test "$esc" -gt 0
eq "one notice per escalation" "$esc" "$(q "select count(*) from escalations where notified is not null")"
eq "one notice sent per escalation (not two)" "$esc" "$(notices)"
eq "no escalation left moving" 0 "$(q "select count(*) from escalations where state <> 'moved'")"
eq "still one file per row" "$rows" "$(files)"

# --- the database restarts mid-run: 75, then the retries file each once
pg_newdb gw2 || not_ok "create gw2"
sed -i "s|/gw?|/gw2?|" "$T/a/mailtriage.conf"
sed -n '1,200p' "$T/list" > "$T/list2"
: > "$T/rc2"
M2=$T/Maildir2
mkdir -p "$M2"
sed -i "s|^maildir = .*|maildir = $M2|; s|^ledger_timeout = .*|ledger_timeout = 3|" "$T/a/mailtriage.conf"
(
  i=0
  while read -r f; do
    i=$((i + 1))
    "$BIN" deliver -q -c "$T/a/mailtriage.conf" < "$f" 2>> "$T/restart.log"
    echo "$? $f" >> "$T/rc2"
    [ "$i" = 60 ] && touch "$T/stop-now"
  done < "$T/list2"
) &
runner=$!
while [ ! -e "$T/stop-now" ]; do sleep 0.1; done
pg_stop fast
sleep 2
pg_start
wait "$runner"
codes=$(awk '{ print $1 }' "$T/rc2" | sort -u | tr '\n' ' ')
check "only 0 and 75 during the restart ($codes)" test -z "$(awk '$1 != 0 && $1 != 75' "$T/rc2")"
check "some deliveries deferred while it was down" grep -q '^75 ' "$T/rc2"
check "the deferral says why" grep -q 'ledger postgresql:///gw2' "$T/restart.log"
# The MTA retries what was deferred.
awk '$1 == 75 { print $2 }' "$T/rc2" | while read -r f; do
  "$BIN" deliver -q -c "$T/a/mailtriage.conf" < "$f" || echo "retry failed: $f"
done > "$T/retry.out" 2>&1
eq "every retry delivered" "" "$(cat "$T/retry.out")"
rows2=$(pgsql gw2 "select count(*) from messages")
eq "one row per message after the restart" 200 "$rows2"
eq "no row left pending" 0 "$(pgsql gw2 "select count(*) from messages where delivered = 0")"
eq "one file per row after the restart" "$rows2" "$(find "$M2" -path '*/new/*' -type f | wc -l)"
finish
