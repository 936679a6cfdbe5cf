#!/usr/bin/env bash
# Two pollers of one IMAP account on one PostgreSQL ledger (two hosts):
# one polls, the other stands by; kill -9 of the active one and the other
# takes over within the lease; every message filed once; a clean stop
# hands the lease back.
. "$(dirname "$0")/../lib.sh"
. "$SRC/tests/dovecot-lib.sh"
. "$SRC/tests/pg-lib.sh"
pg_newdb shared || { not_ok "create the database"; finish; }
for g in a b; do
  cat > "$T/$g.conf" <<CONF
[general]
maildir = $T/md-$g
ledger = $(pg_url shared)
[account support]
host = 127.0.0.1
port = $IMAPS_PORT
user = support
password_file = $T/pw
ca_file = $TLS/ca.pem
timeout = 10
poll_interval = 1
lease = 3
CONF
done
q() { pgsql shared "$1"; }
inbox() { ctl dump | awk -F'\t' '$1 == "INBOX"' | wc -l; }
# wait_inbox_empty SECONDS
wait_inbox_empty() {
  local i
  for i in $(seq $(( $1 * 4 ))); do [ "$(inbox)" = 0 ] && return 0; sleep 0.25; done
  return 1
}
for f in 01-smoke 02-outage 03-double-charge 04-locked-out 05-question; do
  ctl append INBOX "$(mkmsg $f.eml $f@shared)"
done
"$BIN" poll -v -c "$T/a.conf" 2> "$T/a.log" &
pa=$!
sleep 0.5
"$BIN" poll -v -c "$T/b.conf" 2> "$T/b.log" &
pb=$!
check "the first five filed" wait_inbox_empty 30
holder=$(q "select holder from leases")
case $holder in
  *:$pa) active=$pa standby=$pb slog=$T/b.log ;;
  *:$pb) active=$pb standby=$pa slog=$T/a.log ;;
  *) active= ;;
esac
check "one poller holds the account's lease ($holder)" test -n "$active"
sleep 1
check "the other stands by" grep -q 'standing by' "$slog"
kill -9 "$active"
wait "$active" 2> /dev/null
for f in 06-refund-crlf 07-breach 08-forged; do
  ctl append INBOX "$(mkmsg $f.eml $f@shared)"
done
t0=$(date +%s)
check "the other takes over and files the rest" wait_inbox_empty 30
check "within the lease and a renewal (<= 8 s)" test $(( $(date +%s) - t0 )) -le 8
check "it says it took over" grep -q 'taking over polling' "$slog"
ctl dump | awk -F'\t' '$1 != "INBOX" { print $2 }' | sort | uniq -c | awk '$1 != 1' > "$T/twice"
eq "each message in one place only" "" "$(cat "$T/twice")"
eq "all eight filed" 8 "$(ctl dump | awk -F'\t' '$1 != "INBOX"' | wc -l)"
eq "one ledger row per message" 8 "$(q "select count(*) from messages")"
eq "every IMAP row done" 8 "$(q "select count(*) from imap_seen where state = 'done'")"
kill -TERM "$standby"
wait "$standby"
eq "a clean stop hands the lease back" 0 "$(q "select count(*) from leases")"
finish
