#!/usr/bin/env bash
# The LMTP store ([store] lmtp): deliver hands the tagged copy to a real
# Dovecot LMTP service, which files it into the level's folder by the
# recipient's +detail, or by its Sieve rules on X-Triage-Priority. Each
# message once: a redelivery, a crash after the ledger commit and one
# after the server's 250 (the same X-Triage-Delivery id again, dropped by
# the server's Sieve duplicate rule); the server down or refusing the
# recipient defers (75) and says why; check asks the server; lmtpd in
# front of the store answers 250 only once the server has the copy.
. "$(dirname "$0")/../lib.sh"
need hooks || finish
need tool sievec || finish
need file /usr/lib/dovecot/lmtp || finish
DV_EXTRA="protocols = imap lmtp
recipient_delimiter = +
lmtp_save_to_detail_mailbox = yes
lda_mailbox_autocreate = yes
lda_mailbox_autosubscribe = yes
postmaster_address = postmaster@localhost
service lmtp {
  unix_listener lmtp {
    mode = 0666
  }
}
protocol lmtp {
  mail_plugins = \$mail_plugins sieve
}
plugin {
  sieve_before = $T/dovecot/sieve/dedup.sieve
  sieve = file:$T/dovecot/sieve/user;active=$T/dovecot/sieve/user.sieve
}"
mkdir -p "$T/dovecot/sieve/user"
# The rule the man page documents: a copy whose delivery id was seen
# before is dropped.
cat > "$T/dovecot/sieve/dedup.sieve" <<'SIEVE'
require ["duplicate"];
if duplicate :header "X-Triage-Delivery" {
  discard;
  stop;
}
SIEVE
sievec "$T/dovecot/sieve/dedup.sieve" || not_ok "sievec compiled the duplicate rule"
. "$SRC/tests/dovecot-lib.sh"
[ "$(id -u)" = 0 ] && chmod -R a+rX "$T/dovecot/sieve"
LMTP=$DV/run/lmtp
check "Dovecot's LMTP socket is there" test -S "$LMTP"

cat > "$T/mt.conf" <<CONF
[general]
maildir = $T/md
ledger = $T/ledger.db
[modifiers]
repeat = 0
[store]
lmtp = unix:$LMTP
recipient = support
CONF
mkdir -p "$T/md"
deliver() { "$BIN" deliver -c "$T/mt.conf" < "$1" 2>> "$T/deliver.err"; }
count() { ctl dump | awk -F'\t' -v m="$1" '$2 == m' | wc -l; }

"$BIN" check -c "$T/mt.conf" > "$T/check.out" 2>&1
eq "check: the server takes mail for every folder" 0 $?
for f in 01-smoke 02-outage 04-locked-out 05-question; do
  deliver "$(mkmsg $f.eml $f@lmtp)"
  eq "$f: exit 0" 0 $?
done
eq "smoke in Triage.Critical" "Triage.Critical" "$(where 01-smoke@lmtp | cut -f1)"
eq "outage in Triage.High" "Triage.High" "$(where 02-outage@lmtp | cut -f1)"
eq "locked-out in Triage.Medium" "Triage.Medium" "$(where 04-locked-out@lmtp | cut -f1)"
eq "question in Triage.Low" "Triage.Low" "$(where 05-question@lmtp | cut -f1)"
python3 "$CTL" header X-Triage-Priority > "$T/prio.txt"
check "the copy is tagged" grep -q '01-smoke@lmtp	critical' "$T/prio.txt"
id=$(sql "SELECT file FROM messages WHERE message_id = '01-smoke@lmtp'")
check "the ledger keeps the delivery id" bash -c "[[ '$id' == lmtp:* ]]"
eq "the copy carries it" "${id#lmtp:}" "$(python3 "$CTL" header X-Triage-Delivery | awk -F'\t' '$2 == "01-smoke@lmtp" { print $3 }')"
eq "ledger: four delivered" 4 "$(sql "SELECT count(*) FROM messages WHERE delivered = 1")"
check "the log names the recipient" grep -q 'path=lmtp:support+Triage.Critical' "$T/deliver.err"

# --- the same message again: filed once
deliver "$T/msg-01-smoke@lmtp.eml"
eq "redelivery: exit 0" 0 $?
eq "redelivery: still once" 1 "$(count 01-smoke@lmtp)"

# --- a crash after the ledger commit, before the server has it
mkmsg 03-double-charge.eml crash1@lmtp > /dev/null
MAILTRIAGE_TEST_CRASH_AFTER_COMMIT=1 deliver "$T/msg-crash1@lmtp.eml"
eq "crash before the put: 75" 75 $?
eq "crash before the put: not on the server" 0 "$(count crash1@lmtp)"
deliver "$T/msg-crash1@lmtp.eml"
eq "the MTA's retry: exit 0" 0 $?
eq "the MTA's retry: filed once" 1 "$(count crash1@lmtp)"

# --- a crash after the server's 250, before the ledger's mark
mkmsg 07-breach.eml crash2@lmtp > /dev/null
MAILTRIAGE_TEST_CRASH_AFTER_PUT=1 deliver "$T/msg-crash2@lmtp.eml"
eq "crash after the put: 75" 75 $?
eq "crash after the put: on the server" 1 "$(count crash2@lmtp)"
eq "crash after the put: not marked" 0 "$(sql "SELECT delivered FROM messages WHERE message_id = 'crash2@lmtp'")"
deliver "$T/msg-crash2@lmtp.eml"
eq "the retry: exit 0" 0 $?
eq "the retry: the server dropped the second copy" 1 "$(count crash2@lmtp)"
eq "the retry: marked" 1 "$(sql "SELECT delivered FROM messages WHERE message_id = 'crash2@lmtp'")"

# --- the server down: deferred, then filed once
dv_stop
mkmsg 02-outage.eml down@lmtp > /dev/null
: > "$T/deliver.err"
deliver "$T/msg-down@lmtp.eml"
eq "server down: 75" 75 $?
check "server down: says which server" grep -q "LMTP server unix:$LMTP" "$T/deliver.err"
check "server down: the mail not delivered in the ledger" test "$(sql "SELECT count(*) FROM messages WHERE message_id = 'down@lmtp' AND delivered = 1")" = 0
"$BIN" check -c "$T/mt.conf" > "$T/check.out" 2>&1
eq "server down: check fails (EX_CONFIG)" 78 $?
check "server down: check says so" grep -q '\[store\] lmtp: LMTP server' "$T/check.out"
dv_start || not_ok "dovecot restarted"
deliver "$T/msg-down@lmtp.eml"
eq "server back: exit 0" 0 $?
eq "server back: filed once" 1 "$(count down@lmtp)"

# --- a recipient the server does not know: deferred with its answer
sed 's/^recipient = support$/recipient = nosuchuser/' "$T/mt.conf" > "$T/bad.conf"
: > "$T/deliver.err"
"$BIN" deliver -c "$T/bad.conf" < "$(mkmsg 04-locked-out.eml unknown@lmtp)" 2>> "$T/deliver.err"
eq "unknown recipient: 75" 75 $?
check "unknown recipient: the server's answer logged" grep -q 'answered RCPT TO:<nosuchuser+Triage.Medium> with: 550' "$T/deliver.err"
"$BIN" check -c "$T/bad.conf" > "$T/check.out" 2>&1
eq "unknown recipient: check fails (EX_CONFIG)" 78 $?
check "unknown recipient: check gives the answer" grep -q "answered RCPT TO:<nosuchuser+" "$T/check.out"

# --- config: lmtp without a recipient, at file:line:col
printf '[store]\nlmtp = unix:%s\n' "$LMTP" > "$T/norcpt.conf"
"$BIN" check -c "$T/norcpt.conf" > "$T/check.out" 2>&1
check "no recipient: check fails" test $? -ne 0
check "no recipient: file:line:col and what to do" grep -q "norcpt.conf:2:[0-9]*: .*needs recipient" "$T/check.out"

# --- mailtriage lmtpd in front of the same store (Postfix -> lmtpd ->
# --- Dovecot): the 250 comes only once the server has the copy
cat "$T/mt.conf" > "$T/lmtpd.conf"
printf '[lmtp]\nlisten = unix:%s/mt.sock\n' "$T" >> "$T/lmtpd.conf"
"$BIN" lmtpd -c "$T/lmtpd.conf" 2>> "$T/lmtpd.log" &
LPID=$!
for _ in $(seq 200); do [ -S "$T/mt.sock" ] && break; sleep 0.05; done
python3 "$SRC/tests/data/lmtp/lmtpc.py" "$T/mt.sock" send cust@example.com support@triage.test "$(mkmsg 01-smoke.eml viad@lmtp)" > "$T/r-lmtpd"
check "lmtpd: 250 once filed through the store" grep -q '^250 2.0.0 <support@triage.test> filed' "$T/r-lmtpd"
eq "lmtpd: in Triage.Critical on the server" "Triage.Critical" "$(where viad@lmtp | cut -f1)"
dv_stop
python3 "$SRC/tests/data/lmtp/lmtpc.py" "$T/mt.sock" send cust@example.com support@triage.test "$(mkmsg 02-outage.eml viad2@lmtp)" > "$T/r-lmtpd2"
check "lmtpd: the server down is 451 (the MTA retries)" grep -q '^451 4.3.0 <support@triage.test> not filed' "$T/r-lmtpd2"
dv_start || not_ok "dovecot restarted"
kill -TERM "$LPID"; wait "$LPID"

# --- detail = false: the server's Sieve rules file by X-Triage-Priority
cat > "$T/dovecot/sieve/user/triage.sieve" <<'SIEVE'
require ["fileinto"];
if header :is "X-Triage-Priority" "critical" { fileinto "Support.Now"; stop; }
if header :is "X-Triage-Priority" "high" { fileinto "Support.Today"; stop; }
SIEVE
ln -sf user/triage.sieve "$T/dovecot/sieve/user.sieve"
[ "$(id -u)" = 0 ] && chmod -R a+rwX "$T/dovecot/sieve"
sed 's/^recipient = support$/recipient = support\ndetail = false/' "$T/mt.conf" > "$T/sieve.conf"
"$BIN" deliver -c "$T/sieve.conf" < "$(mkmsg 01-smoke.eml sieve1@lmtp)" 2>> "$T/deliver.err"
eq "by Sieve: exit 0" 0 $?
eq "by Sieve: critical in Support.Now" "Support.Now" "$(where sieve1@lmtp | cut -f1)"
"$BIN" deliver -c "$T/sieve.conf" < "$(mkmsg 02-outage.eml sieve2@lmtp)" 2>> "$T/deliver.err"
eq "by Sieve: high in Support.Today" "Support.Today" "$(where sieve2@lmtp | cut -f1)"

# --- escalation: recorded, the mail stays where the server filed it
later=$(( $(date +%s) + 30 * 86400 ))
MAILTRIAGE_NOW=$later "$BIN" sla -c "$T/mt.conf" --escalate > "$T/esc.out" 2> "$T/esc.err"
eq "sla --escalate: exit 0" 0 $?
check "sla --escalate: escalations recorded" test "$(sql "SELECT count(*) FROM escalations")" -gt 0
eq "sla --escalate: question still in Triage.Low on the server" "Triage.Low" "$(where 05-question@lmtp | cut -f1)"

eq "every message exactly once" "" "$(ctl dump | cut -f2 | sort | uniq -d)"
finish
