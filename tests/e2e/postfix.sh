#!/usr/bin/env bash
# The real Postfix, started by this test from its own config directory on
# 127.0.0.1 and a free high port, with contrib/postfix/master.cf's pipe
# transport: mail submitted over SMTP reaches mailtriage deliver and lands
# in its priority folder; when mailtriage exits 75 the message is deferred
# (queued, logged "deferred", not bounced) and a flush delivers it once the
# cause is fixed. Needs root (Postfix's master runs as root, the queue
# belongs to mail_owner = postfix).
MT_ROOT=need
. "$(dirname "$0")/../lib.sh"
S=$SRC/contrib/samples
need tool postfix postqueue python3 || finish

PF_TRANSPORT=mailtriage:
PF_MAIN_EXTRA=
. "$SRC/tests/postfix-lib.sh"
awk '/^mailtriage[ \t]/ { on = 1; print; next }
     on && /^[ \t]/ { print; next } { on = 0 }' "$SRC/contrib/postfix/master.cf" |
  sed -e "s|user=[^ ]*|user=nobody:nogroup|" \
      -e "s|/usr/bin/mailtriage deliver|$P/bin/mailtriage deliver -c $P/mt.conf --filters $P/bin/filters|" \
      -e "s|--maildir [^ ]*|--maildir $MD|" >> "$CFG/master.cf"
check "shipped master.cf has a mailtriage pipe service" grep -q '^mailtriage .* pipe$' "$CFG/master.cf"
check "pipe service has flags=DRq" grep -q 'flags=DRq' "$CFG/master.cf"

pf_start

# --- delivered over SMTP, through pipe, into the priority folder
smtp_send "$S/02-outage.eml"
eq "SMTP accepted the message" 0 $?
check "log: status=sent via mailtriage" wait_status sample-02@shop.example.net sent
f=$(only_file "$MD/.Triage.High") && ok "in Triage.High" || not_ok "in Triage.High"
if [ -n "$f" ]; then
  eq "X-Triage-Priority" high "$(hdr X-Triage-Priority "$f")"
  eq "X-Triage-Signals" outage "$(hdr X-Triage-Signals "$f")"
  check "X-Triage-Ticket" grep -qE '^X-Triage-Ticket: [0-9]+' "$f"
  check "Delivered-To from pipe's D flag" grep -q '^Delivered-To: support@triage.test' "$f"
  check "Return-Path from pipe's R flag" grep -q '^Return-Path: <customer@example.net>' "$f"
  check "body intact" grep -qF "$(tail -2 "$S/02-outage.eml" | head -1)" "$f"
  eq "owned by the pipe user" nobody "$(stat -c %U "$f")"
fi

# --- mailtriage exits 75 (broken config): deferred, not bounced; a flush
# after the fix delivers it
printf '[priority]\noutage = urgent\n' > "$P/mt.conf"
smtp_send "$S/01-smoke.eml"
check "broken config: log says deferred" wait_status sample-01@example.org deferred
check "broken config: deferred with dsn 4.x" grep -q "$(qid_of sample-01@example.org): to=.*dsn=4\..*status=deferred" "$P/log/maillog"
check "broken config: mailtriage's reason in the log" grep -q 'configuration unusable: message deferred' "$P/log/maillog"
check "broken config: message in the queue" queue_has sample-01@example.org
check "broken config: not bounced" no_match 'status=bounced' "$P/log/maillog"
check "broken config: nothing delivered" test ! -e "$MD/.Triage.Critical"
: > "$P/mt.conf"
postqueue -c "$CFG" -f
check "fixed and flushed: log says sent" wait_status sample-01@example.org sent
check "fixed and flushed: queue empty" bash -c "postqueue -c '$CFG' -p | grep -q 'Mail queue is empty'"
f=$(only_file "$MD/.Triage.Critical") && ok "fixed and flushed: in Triage.Critical" ||
  not_ok "fixed and flushed: in Triage.Critical"
[ -n "$f" ] && eq "fixed and flushed: priority" critical "$(hdr X-Triage-Priority "$f")"

# --- mailtriage exits 75 (Maildir not writable): the same
chmod 0500 "$MD"
smtp_send "$S/03-double-charge.eml"
check "unwritable Maildir: log says deferred" wait_status sample-03@example.de deferred
check "unwritable Maildir: message in the queue" queue_has sample-03@example.de
chmod 0700 "$MD"
postqueue -c "$CFG" -f
check "writable again and flushed: sent" wait_status sample-03@example.de sent
check "writable again: delivered once" test "$(find "$MD" -path '*/new/*' -type f | wc -l)" -eq 3
check "never bounced" no_match 'status=bounced' "$P/log/maillog"

# --- mailtriage sla --escalate mails its notices through this Postfix:
# its sendmail queues them, and the pipe transport brings them back into
# the support Maildir (here the leads' address is on triage.test too).
cat > "$P/bin/sendmail" <<SH
#!/bin/sh
exec /usr/sbin/sendmail -C "$CFG" "\$@"
SH
chmod 0755 "$P/bin/sendmail"
printf '[sla]\nnotify_to = leads@triage.test\nnotify_from = triage@triage.test\nsendmail = %s\n' \
  "$P/bin/sendmail" > "$P/sla.conf"
chmod a+r "$P/sla.conf"
# Postfix lets a user other than root name a config directory (-C) only
# when the default main.cf lists it; a machine with "No configuration"
# has none, so one is made for the test and removed after.
if [ ! -e /etc/postfix/main.cf ]; then
  printf 'alternate_config_directories = %s\n' "$CFG" > /etc/postfix/main.cf
  made_main_cf=1
fi
# Started as root, sla becomes the mailbox's owner (nobody) itself.
MAILTRIAGE_NOW=$(( $(date +%s) + 25 * 3600 )) \
  "$P/bin/mailtriage" sla --escalate -q -c "$P/sla.conf" --maildir "$MD" \
  --filters "$P/bin/filters" > /dev/null
eq "sla --escalate: exit 0" 0 $?
check "escalated files still owned by the mailbox user" \
  bash -c "[ -z \"\$(find '$MD' -ignore_readdir_race ! -user nobody -printf '%u %p\\n' | tee /dev/stderr)\" ]"
sent=0
for _ in $(seq 300); do
  sent=$(grep -c 'to=<leads@triage.test>.*status=sent' "$P/log/maillog")
  [ "$sent" -ge 3 ] && break
  sleep 0.1
done
eq "three escalation notices sent through Postfix" 3 "$sent"
eq "notices delivered into the mailbox" 3 \
  "$(grep -rl '^Subject: \[mailtriage\] #[0-9]* escalated' "$MD" --include='*' 2>/dev/null | grep -v mailtriage.db | wc -l)"
check "notice from the configured sender" grep -q 'from=<triage@triage.test>' "$P/log/maillog"
check "still never bounced" no_match 'status=bounced' "$P/log/maillog"

# --- acknowledgements through the real Postfix: the pipe's deliver sends
# one with this Postfix's sendmail, and it lands in the customer's own
# (virtual) mailbox on this instance; a second ticket the same day from
# the same address gets none.
mkdir -p "$P/vmail/anna" "$P/vmail/oncall" "$P/bin/ack"
chown -R nobody:nogroup "$P/vmail"
cp "$SRC"/conf/ack/*.txt "$P/bin/ack/"
chmod -R a+rX "$P/bin/ack"
postconf -c "$CFG" -e "virtual_mailbox_domains = customer.test" \
  "virtual_mailbox_base = $P/vmail" \
  "virtual_mailbox_maps = inline:{ anna@customer.test=anna/, oncall@customer.test=oncall/ }" \
  "virtual_uid_maps = static:$(id -u nobody)" \
  "virtual_gid_maps = static:$(id -g nobody)"
printf 'virtual   unix - n n - - virtual\n' >> "$CFG/master.cf"
printf '[sla]\nsendmail = %s\nnotify_from = alerts@triage.test\n[ack]\nenabled = true\nfrom = support@triage.test\ntemplates = %s\n[alert oncall]\nchannel = mail\nto = oncall@customer.test\nlevels = critical, high, medium, low\n' \
  "$P/bin/sendmail" "$P/bin/ack" > "$P/mt.conf"
postfix -c "$CFG" reload > /dev/null 2>&1
eq "postfix reloaded with a customer mailbox" 0 $?
send_from() {  # send_from SENDER FILE
  python3 - "$PORT" "$1" "$2" <<'PY'
import smtplib, sys
with smtplib.SMTP("127.0.0.1", int(sys.argv[1]), timeout=30) as s:
    s.sendmail(sys.argv[2], ["support@triage.test"], open(sys.argv[3], "rb").read())
PY
}
printf 'From: Anna <anna@customer.test>\nTo: support@triage.test\nSubject: Portal down\nMessage-ID: <ack1@customer.test>\n\nHello, since this morning nobody in our office can log in to the portal. Please help.\n' > "$T/ack1.eml"
send_from anna@customer.test "$T/ack1.eml"
check "customer mail: sent via mailtriage" wait_status ack1@customer.test sent
acks_in() { find "$P/vmail/anna/new" -type f 2>/dev/null | wc -l; }
for _ in $(seq 300); do [ "$(acks_in)" -ge 1 ] && break; sleep 0.1; done
eq "the acknowledgement reached the customer's mailbox" 1 "$(acks_in)"
f=$(find "$P/vmail/anna/new" -type f | head -1)
if [ -n "$f" ]; then
  eq "... from the support address" support@triage.test "$(hdr From "$f")"
  check "... with the ticket tag" grep -qE '^Subject: \[#[0-9]+\] Re: Portal down' "$f"
  eq "... Auto-Submitted: auto-replied" auto-replied "$(hdr Auto-Submitted "$f")"
  eq "... in reply to the customer's mail" "<ack1@customer.test>" "$(hdr In-Reply-To "$f")"
  check "... the envelope sender is the support address" grep -q 'from=<support@triage.test>' "$P/log/maillog"
fi
alerts_in() { find "$P/vmail/oncall/new" -type f 2>/dev/null | wc -l; }
for _ in $(seq 300); do [ "$(alerts_in)" -ge 1 ] && break; sleep 0.1; done
eq "the alert ([alert oncall] channel = mail) reached the on-call mailbox" 1 "$(alerts_in)"
f=$(find "$P/vmail/oncall/new" -type f | head -1)
if [ -n "$f" ]; then
  check "... about the new ticket" grep -qE '^Subject: New [a-z]+ ticket #[0-9]+: Portal down' "$f"
  eq "... Auto-Submitted: auto-generated" auto-generated "$(hdr Auto-Submitted "$f")"
  check "... with the event as JSON" grep -q '"event":"new"' "$f"
fi
printf 'From: Anna <anna@customer.test>\nTo: support@triage.test\nSubject: Invoice copy\nMessage-ID: <ack2@customer.test>\n\nCould you send me a copy of last month'"'"'s invoice?\n' > "$T/ack2.eml"
send_from anna@customer.test "$T/ack2.eml"
check "second mail: sent via mailtriage" wait_status ack2@customer.test sent
sleep 1
eq "a second ticket the same day: no second acknowledgement" 1 "$(acks_in)"
check "acknowledgements never bounced" no_match 'status=bounced' "$P/log/maillog"

if [ "$fail" -gt 0 ]; then echo "--- maillog"; cat "$P/log/maillog"; fi
finish
