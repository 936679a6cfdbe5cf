#!/usr/bin/env bash
# mailtriage poll against a real, throwaway Dovecot started here: folders
# and keywords, \Seen untouched, exactly once across a crash, a UIDVALIDITY
# reset and a server restart, certificate and plaintext refusals, IDLE,
# SIGHUP and SIGTERM. The certificates are the committed ones in
# tests/data/tls (see gen.sh there).
. "$(dirname "$0")/../lib.sh"
# The crash points (MAILTRIAGE_TEST_CRASH_*) are in test builds only.
need hooks || finish
. "$SRC/tests/dovecot-lib.sh"

# conf FILE [extra lines for the support account]: a config with the
# support account over IMAPS and the test CA.
conf() {
  local f=$1; shift
  {
    printf '[general]\nledger = %s\nmaildir = %s\n\n' "$T/ledger.db" "$T/md"
    # The samples come back under new Message-IDs from the same senders:
    # no repeat-contact raise, so each lands in its own level's folder.
    printf '[modifiers]\nrepeat = 0\n\n'
    # Alerts of new critical tickets, to a command that keeps them.
    printf '[alert cmd]\nchannel = command\ncommand = %s\n\n' "$T/alert.sh"
    printf '[account support]\nhost = 127.0.0.1\nport = %s\nuser = support\n' "$IMAPS_PORT"
    printf 'password_file = %s\nca_file = %s\ntimeout = 10\n' "$T/pw" "$TLS/ca.pem"
    for l in "$@"; do printf '%s\n' "$l"; done
  } > "$f"
}
logins_on() { grep -c "Login: user=<support>.*lip=$1," "$DV/dovecot.log"; }
cap() { printf '%s' "${1:0:1}" | tr a-z A-Z; printf '%s' "${1:1}"; }

printf '#!/bin/sh\ncat >> %s\necho >> %s\n' "$T/alerts.out" "$T/alerts.out" > "$T/alert.sh"
chmod +x "$T/alert.sh"
conf "$T/mt.conf"

# --- every sample ends up in its priority folder with its keywords
for f in "$S"/*.eml; do
  if [ "$(basename "$f")" = 02-outage.eml ]; then ctl append INBOX "$f" '\Seen'; else ctl append INBOX "$f"; fi
done
"$BIN" poll -c "$T/mt.conf" --once 2> "$T/once.err"
eq "poll --once: exit 0" 0 $?
for f in "$S"/*.eml; do
  b=$(basename "$f")
  mid=$(hdr Message-ID "$f" | tr -d '<>')
  tagged=$("$BIN" filter < "$f")
  prio=$(printf '%s\n' "$tagged" | hdr X-Triage-Priority /dev/stdin)
  sigs=$(printf '%s\n' "$tagged" | hdr X-Triage-Signals /dev/stdin)
  want="\$Triage_$(cap "$prio")"
  [ "$sigs" != none ] && for s in ${sigs//,/ }; do want="$want \$Triage_$(cap "$s")"; done
  [ "$b" = 02-outage.eml ] && want="$want \\Seen"
  want=$(printf '%s\n' $want | sort | tr '\n' ' ' | sed 's/ $//')
  eq "$b: in Triage.$(cap "$prio") with keywords" "Triage.$(cap "$prio")	$want" "$(where "$mid")"
  [ "$prio" = critical ] && ncrit=$((${ncrit:-0} + 1))
done
eq "poll: an alert for each new critical ticket, at once" "${ncrit:-0}" "$(grep -c '"event":"new".*"level":"critical"' "$T/alerts.out")"
check "poll: at least one critical sample" test "${ncrit:-0}" -ge 1
eq "INBOX is empty" "" "$(ctl dump | awk -F'\t' '$1 == "INBOX"')"
check "folder creation logged" grep -q "created folder Triage.Critical" "$T/once.err"
ctl dump > "$T/dump1"
"$BIN" poll -c "$T/mt.conf" --once 2> /dev/null
eq "second run: exit 0" 0 $?
check "second run: nothing changed" cmp -s "$T/dump1" <(ctl dump)
eq "ledger: 8 messages" 8 "$(sql 'SELECT count(*) FROM messages')"
eq "ledger: 8 UIDs done" 8 "$(sql "SELECT count(*) FROM imap_seen WHERE state = 'done'")"
eq "ledger: filed into IMAP folders" 8 "$(sql "SELECT count(*) FROM messages WHERE delivered = 1 AND path LIKE 'imap://support/Triage.%'")"
python3 - "$IMAP_PORT" > "$T/subscribed" <<'PY'
import imaplib, sys
c = imaplib.IMAP4("127.0.0.1", int(sys.argv[1])); c.login("support", "secret")
print(len([l for l in c.lsub()[1] if b"Triage." in l]))
PY
eq "priority, resolved, pending and automatic-mail folders subscribed" 7 "$(cat "$T/subscribed")"

# --- killed between the ledger commit and the move: finished next time
ctl append INBOX "$(mkmsg 02-outage.eml crash-1@test)"
ctl append INBOX "$(mkmsg 05-question.eml crash-2@test)"
MAILTRIAGE_TEST_CRASH_AFTER_COMMIT=1 "$BIN" poll -c "$T/mt.conf" --once 2> /dev/null
eq "crash hook: exit 75" 75 $?
eq "crash: one UID recorded, not done" 1 "$(sql "SELECT count(*) FROM imap_seen WHERE state = 'recorded'")"
eq "crash: both still in INBOX" 2 "$(ctl dump | awk -F'\t' '$1 == "INBOX"' | wc -l)"
"$BIN" poll -c "$T/mt.conf" --once 2> "$T/rerun.err"
eq "rerun: exit 0" 0 $?
check "rerun: finished the interrupted one" grep -q "finished an earlier delivery: account=support uid=[0-9]* message-id=<crash-1@test>" "$T/rerun.err"
eq "crash-1: once, in Triage.High" "Triage.High	\$Triage_High \$Triage_Outage" "$(where crash-1@test)"
eq "crash-2: once, in Triage.Low" "Triage.Low	\$Triage_Low" "$(where crash-2@test)"
eq "crash: ledger has each once" 10 "$(sql 'SELECT count(*) FROM messages')"
eq "crash: nothing left recorded" 0 "$(sql "SELECT count(*) FROM imap_seen WHERE state = 'recorded'")"

# --- UIDVALIDITY reset of a folder polled in tag mode: no duplicates
ctl create Shared
conf "$T/tag.conf" "" "[account tagger]" "host = 127.0.0.1" "port = $IMAPS_PORT" \
  "user = support" "password_file = $T/pw" "ca_file = $TLS/ca.pem" "folder = Shared" "mode = tag"
ctl append Shared "$(mkmsg 01-smoke.eml uv-1@test)"
ctl append Shared "$(mkmsg 02-outage.eml uv-2@test)"
ctl append Shared "$(mkmsg 03-double-charge.eml uv-3@test)"
"$BIN" poll -c "$T/tag.conf" --once --account tagger 2> /dev/null
eq "tag mode: exit 0" 0 $?
eq "tag mode: left in place, tagged" "Shared	\$Triage_Critical \$Triage_Safety" "$(where uv-1@test)"
ctl dump | grep '^Shared' > "$T/shared1"
uv1=$(python3 -c "
import imaplib; c = imaplib.IMAP4('127.0.0.1', $IMAP_PORT); c.login('support', 'secret')
print(c.status('Shared', '(UIDVALIDITY)')[1][0].split()[-1].strip(b')').decode())")
dv_stop
rm -f "$DV/mail/support/.Shared/dovecot-uidlist" "$DV"/mail/support/.Shared/dovecot.index*
sleep 1
dv_start
uv2=$(python3 -c "
import imaplib; c = imaplib.IMAP4('127.0.0.1', $IMAP_PORT); c.login('support', 'secret')
print(c.status('Shared', '(UIDVALIDITY)')[1][0].split()[-1].strip(b')').decode())")
check "UIDVALIDITY really changed ($uv1 -> $uv2)" test "$uv1" != "$uv2"
"$BIN" poll -c "$T/tag.conf" --once --account tagger 2> "$T/uv.err"
eq "after the reset: exit 0" 0 $?
check "UIDVALIDITY change logged" grep -q "UIDVALIDITY of Shared changed from $uv1 to $uv2" "$T/uv.err"
eq "after the reset: no new tickets" 13 "$(sql 'SELECT count(*) FROM messages')"
check "after the reset: folder unchanged" cmp -s "$T/shared1" <(ctl dump | grep '^Shared')

# --- certificates: unknown CA and wrong host name are refused before LOGIN
ctl append INBOX "$(mkmsg 04-locked-out.eml tls-1@test)"
conf "$T/wronghost.conf"
sed -i 's/^host = .*/host = 127.0.0.2/' "$T/wronghost.conf"
"$BIN" poll -c "$T/wronghost.conf" --once 2> "$T/wronghost.err"
eq "wrong host name: EX_NOPERM" 77 $?
check "wrong host name: refused, says why" grep -q "certificate of 127.0.0.2:$IMAPS_PORT refused, not logging in:.*not match" "$T/wronghost.err"
eq "wrong host name: no login" 0 "$(logins_on 127.0.0.2)"
conf "$T/unknownca.conf"
sed -i 's/^host = .*/host = 127.0.0.3/' "$T/unknownca.conf"
"$BIN" poll -c "$T/unknownca.conf" --once 2> "$T/unknownca.err"
eq "unknown CA: EX_NOPERM" 77 $?
check "unknown CA: refused, says why" grep -q "certificate of 127.0.0.3:$IMAPS_PORT refused, not logging in:.*issuer is unknown" "$T/unknownca.err"
eq "unknown CA: no login" 0 "$(logins_on 127.0.0.3)"
conf "$T/otherca.conf"
sed -i "s|^ca_file = .*|ca_file = $TLS/other-ca.pem|" "$T/otherca.conf"
before=$(logins_on 127.0.0.1)
"$BIN" poll -c "$T/otherca.conf" --once 2> /dev/null
eq "server not signed by ca_file: EX_NOPERM" 77 $?
eq "server not signed by ca_file: no login" "$before" "$(logins_on 127.0.0.1)"
eq "refusals: nothing moved" "INBOX	" "$(where tls-1@test)"
conf "$T/noverify.conf" "verify_cert = false"
sed -i 's/^host = .*/host = 127.0.0.2/' "$T/noverify.conf"
"$BIN" poll -c "$T/noverify.conf" --once 2> "$T/noverify.err"
eq "verify_cert = false: allowed" 0 $?
check "verify_cert = false: logged loudly" grep -q "is NOT verified" "$T/noverify.err"
eq "verify_cert = false: filed" "Triage.Medium	\$Triage_Account \$Triage_Medium" "$(where tls-1@test)"

# --- STARTTLS, by host name (SNI and a DNS name to check)
ctl append INBOX "$(mkmsg 05-question.eml starttls-1@test)"
conf "$T/starttls.conf" "tls = starttls"
sed -i -e 's/^host = .*/host = localhost/' -e "s/^port = .*/port = $IMAP_PORT/" "$T/starttls.conf"
tls_before=$(grep -c 'Login: user=<support>.*, TLS,' "$DV/dovecot.log")
"$BIN" poll -c "$T/starttls.conf" --once 2> "$T/starttls.err"
eq "STARTTLS: exit 0" 0 $?
eq "STARTTLS: filed" "Triage.Low	\$Triage_Low" "$(where starttls-1@test)"
eq "STARTTLS: logged in over TLS" "$((tls_before + 1))" "$(grep -c 'Login: user=<support>.*, TLS,' "$DV/dovecot.log")"

# --- plaintext only when allowed
conf "$T/plain.conf" "tls = none"
sed -i "s/^port = .*/port = $IMAP_PORT/" "$T/plain.conf"
"$BIN" poll -c "$T/plain.conf" --once 2> "$T/plain.err"
eq "tls = none without allow_plaintext: EX_CONFIG" 78 $?
check "tls = none: says allow_plaintext" grep -q "allow_plaintext" "$T/plain.err"
ctl append INBOX "$(mkmsg 01-smoke.eml plain-1@test)"
echo "allow_plaintext = true" >> "$T/plain.conf"
"$BIN" poll -c "$T/plain.conf" --once 2> /dev/null
eq "allow_plaintext on 127.0.0.1: exit 0" 0 $?
eq "allow_plaintext: filed" "Triage.Critical	\$Triage_Critical \$Triage_Safety" "$(where plain-1@test)"

# --- passwords and accounts
chmod 644 "$T/pw"
"$BIN" poll -c "$T/mt.conf" --once 2> "$T/pwmode.err"
eq "world-readable password file: EX_CONFIG" 78 $?
check "world-readable password file: says chmod 600" grep -q "chmod 600 $T/pw" "$T/pwmode.err"
chmod 600 "$T/pw"
conf "$T/env.conf"
sed -i 's/^password_file = .*/password_env = MT_TEST_PASSWORD/' "$T/env.conf"
env -u MT_TEST_PASSWORD "$BIN" poll -c "$T/env.conf" --once 2> "$T/env.err"
eq "password_env unset: EX_CONFIG" 78 $?
MT_TEST_PASSWORD=secret "$BIN" poll -c "$T/env.conf" --once 2> /dev/null
eq "password_env: exit 0" 0 $?
printf '[general]\nledger = %s\n' "$T/ledger.db" > "$T/none.conf"
"$BIN" poll -c "$T/none.conf" --once 2> "$T/none.err"
eq "no accounts: EX_CONFIG" 78 $?
check "no accounts: says so" grep -q "no \[account NAME\] group" "$T/none.err"
"$BIN" poll -c "$T/mt.conf" --once --account nosuch 2> /dev/null
eq "unknown --account: EX_CONFIG" 78 $?
conf "$T/down.conf"
sed -i "s/^port = .*/port = 1/" "$T/down.conf"
"$BIN" poll -c "$T/down.conf" --once 2> /dev/null
eq "server unreachable: EX_TEMPFAIL" 75 $?
grep -q secret "$T"/*.err && not_ok "password in a log line" || ok "password never logged"

# --- long-running: IDLE, a Dovecot restart, SIGHUP, SIGTERM
conf "$T/daemon.conf" "poll_interval = 600"
"$BIN" poll -c "$T/daemon.conf" 2> "$T/daemon.err" &
daemon=$!
sleep 1
ctl append INBOX "$(mkmsg 02-outage.eml idle-1@test)"
check "IDLE: a new message is filed within 15 s" ctl wait Triage.High idle-1@test 15
dv_stop
sleep 1
dv_start
ctl append INBOX "$(mkmsg 03-double-charge.eml idle-2@test)"
check "after a Dovecot restart: filed within 30 s" ctl wait Triage.Medium idle-2@test 30
eq "outage logged once" 1 "$(grep -c 'connection lost, retrying with backoff' "$T/daemon.err")"
eq "restore logged once" 1 "$(grep -c 'account support: connection restored' "$T/daemon.err")"
cp "$T/daemon.conf" "$T/daemon.good"
printf '[account broken]\nhost = x\nbogus = 1\n' >> "$T/daemon.conf"
kill -HUP "$daemon"
for _ in $(seq 50); do grep -q "reload failed" "$T/daemon.err" && break; sleep 0.1; done
check "SIGHUP with a bad config: kept the old one" grep -q "reload failed: keeping the old configuration" "$T/daemon.err"
check "SIGHUP with a bad config: file:line:col" grep -q "daemon.conf:[0-9]*:[0-9]*: error" "$T/daemon.err"
ctl append INBOX "$(mkmsg 04-locked-out.eml idle-3@test)"
check "still working after the failed reload" ctl wait Triage.Medium idle-3@test 15
cp "$T/daemon.good" "$T/daemon.conf"
kill -HUP "$daemon"
for _ in $(seq 50); do grep -q "reloaded" "$T/daemon.err" && break; sleep 0.1; done
check "SIGHUP: reloaded" grep -q "reloaded: 1 account" "$T/daemon.err"
ctl append INBOX "$(mkmsg 05-question.eml idle-4@test)"
check "working after the reload" ctl wait Triage.Low idle-4@test 15
kill -TERM "$daemon"
wait "$daemon"
eq "SIGTERM: exit 0" 0 $?
eq "every message exactly once" "" "$(ctl dump | cut -f2 | sort | uniq -d)"
eq "ledger: one row per message" "$(ctl dump | wc -l)" "$(sql 'SELECT count(*) FROM messages')"

# --- A reply to the outage joins its ticket over IMAP too, and keeps its level.
printf 'From: "Marco Bianchi" <marco@shop.example.net>\r\nTo: support@example.com\r\nSubject: Re: Dashboard down for our whole team\r\nMessage-ID: <reply-1@test>\r\nIn-Reply-To: <sample-02@shop.example.net>\r\n\r\nThanks, any news?\r\n' > "$T/reply.eml"
ctl append INBOX "$T/reply.eml"
"$BIN" poll -c "$T/mt.conf" --once 2> /dev/null
eq "reply: filed with its ticket's level" "Triage.High	\$Triage_High" "$(where reply-1@test)"
eq "reply: joins the outage's ticket" \
  "$(sql "SELECT ticket_id FROM messages WHERE message_id = 'sample-02@shop.example.net'")" \
  "$(sql "SELECT ticket_id FROM messages WHERE message_id = 'reply-1@test'")"

# --- Automatic mail over IMAP: an out-of-office reply to the outage goes
# to Triage.Auto with $Triage_Auto, joins that ticket, opens none.
printf 'From: "Marco Bianchi" <marco@shop.example.net>\r\nTo: support@example.com\r\nSubject: Automatic reply: Re: Dashboard down for our whole team\r\nMessage-ID: <oof-1@test>\r\nIn-Reply-To: <sample-02@shop.example.net>\r\nAuto-Submitted: auto-replied\r\n\r\nI am out of the office until Monday.\r\n' > "$T/oof.eml"
ctl append INBOX "$T/oof.eml"
tickets=$(sql 'SELECT count(*) FROM tickets')
"$BIN" poll -c "$T/mt.conf" --once 2> /dev/null
eq "out-of-office: in Triage.Auto with \$Triage_Auto" "Triage.Auto	\$Triage_Auto \$Triage_Low" "$(where oof-1@test)"
eq "out-of-office: recorded as automatic" auto-reply "$(sql "SELECT auto FROM messages WHERE message_id = 'oof-1@test'")"
eq "out-of-office: joins the outage's ticket" \
  "$(sql "SELECT ticket_id FROM messages WHERE message_id = 'sample-02@shop.example.net'")" \
  "$(sql "SELECT ticket_id FROM messages WHERE message_id = 'oof-1@test'")"
eq "out-of-office: no new ticket" "$tickets" "$(sql 'SELECT count(*) FROM tickets')"

# --- poll acknowledges a new ticket like deliver: once, after filing,
# and not the out-of-office reply or a follow-up
fake_sendmail
cp "$T/mt.conf" "$T/ack.conf"
printf '\n[sla]\nsendmail = %s\n[ack]\nenabled = true\nfrom = support@example.com\ntemplates = %s\n' \
  "$T/sendmail" "$SRC/conf/ack" >> "$T/ack.conf"
printf 'From: "Nina Berg" <nina@customer.example>\r\nTo: support@example.com\r\nSubject: Cannot log in\r\nMessage-ID: <ack-imap-1@test>\r\n\r\nHello, since the update I cannot log in to my account any more.\r\n' > "$T/ack1.eml"
ctl append INBOX "$T/ack1.eml"
printf 'From: "Marco Bianchi" <marco@shop.example.net>\r\nTo: support@example.com\r\nSubject: Re: Dashboard down for our whole team\r\nMessage-ID: <ack-imap-2@test>\r\nIn-Reply-To: <sample-02@shop.example.net>\r\n\r\nStill down here.\r\n' > "$T/ack2.eml"
ctl append INBOX "$T/ack2.eml"
"$BIN" poll -c "$T/ack.conf" --once 2> /dev/null
eq "poll with acknowledgements: exit 0" 0 $?
eq "one acknowledgement: the new ticket's" 1 "$(notices)"
f=$(find "$T/outbox" -type f ! -name '*.args' | head -1)
[ -n "$f" ] && eq "... to its customer" "-oi -f support@example.com -- nina@customer.example" "$(cat "$f.args")"
[ -n "$f" ] && check "... with the tag of the ticket it was filed with" grep -q "^Subject: \[#$(sql "SELECT ticket_id FROM messages WHERE message_id = 'ack-imap-1@test'")\] Re: Cannot log in" "$f"
"$BIN" poll -c "$T/ack.conf" --once 2> /dev/null
eq "a second poll sends nothing more" 1 "$(notices)"

# --- killed at each step of a batch: the second batch of a pass holds
# the six messages after the first (a pass's first batch is one message)
# bound for several folders; the kill comes after its ledger commit,
# after its keywords, after its first folder's move (the second move of
# the pass), after all its moves. The next run finishes each message
# exactly once, in the folder the ledger filed it into, with that
# folder's keyword.
batch="01-smoke 02-outage 03-double-charge 05-question 04-locked-out 06-refund-crlf 07-breach"
recorded() { sql "SELECT count(*) FROM imap_seen WHERE state = 'recorded'"; }
# POINT=N:LEFT: killed the N-th time at POINT, LEFT of the batch still in
# the INBOX ("some": some moved, some not).
for k in AFTER_COMMIT=2:6 AFTER_KEYWORDS=2:6 AFTER_MOVE=2:some AFTER_PUT=2:0; do
  p=${k%=*} left=${k#*:}
  for m in $batch; do ctl append INBOX "$(mkmsg $m.eml $p-$m@batch)"; done
  env "MAILTRIAGE_TEST_CRASH_${k%:*}" "$BIN" poll -c "$T/mt.conf" --once 2> /dev/null
  eq "$p in the second batch: exit 75" 75 $?
  eq "$p: the batch's six recorded, not done" 6 "$(recorded)"
  n=$(ctl dump | awk -F'\t' '$1 == "INBOX"' | wc -l)
  if [ "$left" = some ]; then
    check "$p: some of the six moved, not all ($n left)" test "$n" -ge 1 -a "$n" -le 5
  else
    eq "$p: $left of the six left in the INBOX" "$left" "$n"
  fi
  "$BIN" poll -c "$T/mt.conf" --once 2> /dev/null
  eq "$p: rerun exit 0" 0 $?
  eq "$p: nothing left recorded" 0 "$(recorded)"
  eq "$p: INBOX empty" "" "$(ctl dump | awk -F'\t' '$1 == "INBOX"')"
  for m in $batch; do
    folder=$(sql "SELECT folder FROM messages WHERE message_id = '$p-$m@batch'")
    got=$(where "$p-$m@batch")
    eq "$p: $m once, in the ledger's folder" "$folder" "$(printf '%s\n' "$got" | cut -f1 | tr '\n' ' ' | sed 's/ $//')"
    check "$p: $m has that folder's keyword" grep -q "\\\$Triage_${folder#Triage.}\b" <<< "$got"
  done
done
eq "after the batch kills: every message exactly once" "" "$(ctl dump | cut -f2 | sort | uniq -d)"
eq "after the batch kills: one ledger row per message" "$(ctl dump | wc -l)" "$(sql 'SELECT count(*) FROM messages')"

# --- the same message twice in one batch (the second: UIDs 2 to 7): the
# batch ends before the second, which then finds the first filed and
# stays in the INBOX with its keywords, as if it came a pass later
for m in 01-smoke 02-outage 03-double-charge 04-locked-out 05-question; do
  ctl append INBOX "$(mkmsg $m.eml $m@twice)"
done
ctl append INBOX "$T/msg-05-question@twice.eml"
ctl append INBOX "$(mkmsg 07-breach.eml 07-breach@twice)"
"$BIN" poll -c "$T/mt.conf" --once 2> "$T/twice.err"
eq "twice in a batch: exit 0" 0 $?
eq "twice in a batch: one ledger row" 1 "$(sql "SELECT count(*) FROM messages WHERE message_id = '05-question@twice'")"
eq "twice in a batch: the first filed, the second left in the INBOX" \
  "INBOX $(sql "SELECT folder FROM messages WHERE message_id = '05-question@twice'")" \
  "$(ctl dump | awk -F'\t' '$2 == "05-question@twice" { print $1 }' | sort | tr '\n' ' ' | sed 's/ $//')"
check "twice in a batch: the second logged as a duplicate" \
  grep -q "duplicate, already filed, left in place: .*message-id=<05-question@twice>" "$T/twice.err"
eq "twice in a batch: the rest of the batch filed" "" "$(ctl dump | awk -F'\t' '$1 == "INBOX" && $2 != "05-question@twice"')"

# --- mail that arrives while a pass is busy elsewhere (here: during the
# new ticket's alert, before the SLA pass visits the other folders) is
# not announced by IDLE later; the poller looks again before it idles.
printf '#!/bin/sh\ncat > /dev/null\n[ -e %s ] && exit 0\n: > %s\npython3 %s append INBOX %s\n' \
  "$T/race.done" "$T/race.done" "$CTL" "$(mkmsg 05-question.eml race-2@test)" > "$T/race-alert.sh"
chmod +x "$T/race-alert.sh"
conf "$T/race.conf" "poll_interval = 600"
sed -i "s|^command = .*|command = $T/race-alert.sh|" "$T/race.conf"
ctl append INBOX "$(mkmsg 07-breach.eml race-1@test)"
"$BIN" poll -c "$T/race.conf" 2> "$T/race.err" &
daemon=$!
check "race: the first one filed" ctl wait Triage.Critical race-1@test 15
# the alert runs after the filing: give it the same 15 s
for _ in $(seq 150); do [ -e "$T/race.done" ] && break; sleep 0.1; done
check "race: its alert appended the second" test -e "$T/race.done"
check "race: the one that came during the pass filed within 15 s" ctl wait Triage.Low race-2@test 15
kill -TERM "$daemon"
wait "$daemon"
eq "race: SIGTERM: exit 0" 0 $?

finish
