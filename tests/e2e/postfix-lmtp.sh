#!/usr/bin/env bash
# The real Postfix's lmtp: transport into mailtriage lmtpd, both started by
# this test: a message for two recipients is filed into each one's
# Maildir; with lmtpd down the mail is deferred and a flush delivers it
# once; a recipient whose Maildir cannot be written is deferred (4xx)
# while the other is delivered, and delivered once after the fix; lmtpd
# killed in the middle of a session (after the first recipient's
# reservation) loses nothing and files nothing twice after Postfix's
# retry; many messages at once, each filed once. Needs root (Postfix).
MT_ROOT=need
. "$(dirname "$0")/../lib.sh"
S=$SRC/contrib/samples
need tool postfix postqueue python3 || finish
# The crash point (MAILTRIAGE_TEST_CRASH_AFTER_COMMIT) is in test builds.
need hooks || finish

PF_MAIN_EXTRA="lmtp_destination_recipient_limit = 50"
PF_TRANSPORT="lmtp:unix:/tmp/placeholder"
. "$SRC/tests/postfix-lib.sh"
SOCK=$P/lmtp.sock
postconf -c "$CFG" -e "transport_maps = inline:{ triage.test=lmtp:unix:$SOCK }"
printf 'lmtp      unix - - n - - lmtp\n' >> "$CFG/master.cf"
B=$P/boxes				# one Maildir per recipient, owned by nobody
mkdir -p "$B"
chown nobody:nogroup "$B"
printf '[general]\nuser = nobody\nmaildir = %s\n[lmtp]\nlisten = unix:%s\nmaildir = %s/%%u\nrecipients = @triage.test\nsessions = 3\n' \
  "$B" "$SOCK" "$B" > "$P/lmtp.conf"
chmod a+r "$P/lmtp.conf"
pf_start

lmtpd_start() {	# [ENV=VALUE...]: as root; it drops to nobody itself
  env "$@" "$P/bin/mailtriage" lmtpd -c "$P/lmtp.conf" --filters "$P/bin/filters" \
    2>> "$P/lmtpd.log" &
  LPID=$!
  for _ in $(seq 100); do [ -S "$SOCK" ] && return 0; sleep 0.05; done
  return 1
}
lmtpd_stop() { kill -TERM "$LPID" 2>/dev/null; wait "$LPID" 2>/dev/null; rm -f "$SOCK"; }
files() { find "$B/$1" -path '*/new/*' -type f 2>/dev/null | wc -l; }
check "lmtpd started" lmtpd_start

# --- one message, two recipients, through Postfix's lmtp client
smtp_send "$S/02-outage.eml" support@triage.test help@triage.test
check "both recipients: status=sent" wait_status sample-02@shop.example.net sent 2
check "... relayed by lmtp to the socket" grep -q "relay=[^ ]*\[$SOCK\].*status=sent" "$P/log/maillog"
check "... 250 with mailtriage's words" grep -q 'status=sent (250 2.0.0 <support@triage.test> filed: ticket #1, high)' "$P/log/maillog"
eq "support's Maildir: one copy" 1 "$(files support)"
eq "help's Maildir: one copy" 1 "$(files help)"
f=$(find "$B/support" -path '*/new/*' -type f | head -1)
[ -n "$f" ] && eq "tagged" high "$(hdr X-Triage-Priority "$f")"
[ -n "$f" ] && eq "owned by the Maildir user" nobody "$(stat -c %U "$f")"

# --- lmtpd down: deferred; up again and flushed: delivered once
lmtpd_stop
smtp_send "$S/01-smoke.eml" support@triage.test
check "lmtpd down: deferred" wait_status sample-01@example.org deferred
check "... not bounced" no_match 'status=bounced' "$P/log/maillog"
check "lmtpd started again" lmtpd_start
postqueue -c "$CFG" -f
check "flushed: sent" wait_status sample-01@example.org sent
eq "flushed: filed once" 2 "$(files support)"

# --- help's Maildir unwritable: support delivered, help deferred with
# --- 4.3.0; after the fix a flush delivers help once
chmod 0500 "$B/help"
smtp_send "$S/03-double-charge.eml" support@triage.test help@triage.test
check "support delivered" wait_status sample-03@example.de sent
check "help deferred" wait_status sample-03@example.de deferred
check "... with dsn 4.3.0" grep -q "to=<help@triage.test>.*dsn=4.3.0.*status=deferred" "$P/log/maillog"
chmod 0700 "$B/help"
postqueue -c "$CFG" -f
check "help delivered after the fix" wait_status sample-03@example.de sent 2
eq "support: its copy once" 3 "$(files support)"
eq "help: its copy once" 2 "$(files help)"

# --- the worker dies right after the first recipient's reservation (a
# --- test build's crash point): Postfix defers on the lost connection;
# --- its retry files each recipient once
lmtpd_stop
check "lmtpd started with a crash point" lmtpd_start MAILTRIAGE_TEST_CRASH_AFTER_COMMIT=1
smtp_send "$S/04-locked-out.eml" support@triage.test help@triage.test
check "crashed mid-session: deferred" wait_status sample-04@example.com deferred
eq "crashed: nothing filed yet" "3 2" "$(files support) $(files help)"
lmtpd_stop
check "lmtpd started without it" lmtpd_start
postqueue -c "$CFG" -f
check "the retry: both sent" wait_status sample-04@example.com sent 2
eq "the retry: each filed once" "4 3" "$(files support) $(files help)"

# --- many messages at once: Postfix opens several sessions
senders=
for i in $(seq 20); do
  sed "s/^Message-ID: <.*>/Message-ID: <many-$i@triage.test>/" "$S/05-question.eml" > "$T/many-$i.eml"
  smtp_send "$T/many-$i.eml" many@triage.test &
  senders="$senders $!"
done
wait $senders	# (not lmtpd)
sent=0
for _ in $(seq 300); do
  sent=$(grep -c 'to=<many@triage.test>.*status=sent' "$P/log/maillog")
  [ "$sent" -ge 20 ] && break
  sleep 0.1
done
eq "20 messages: 20 delivered" 20 "$sent"
eq "20 messages: 20 files" 20 "$(files many)"
check "never bounced" no_match 'status=bounced' "$P/log/maillog"
lmtpd_stop
if [ "$fail" -gt 0 ]; then echo "--- maillog"; cat "$P/log/maillog"; echo "--- lmtpd"; cat "$P/lmtpd.log"; fi
finish
