#!/usr/bin/env bash
# Filing over IMAP on a server without MOVE (RFC 6851): UID COPY, then
# \Deleted and UID EXPUNGE of that one UID (UIDPLUS), also after a crash
# between the ledger commit and the server; every message exactly once.
. "$(dirname "$0")/../lib.sh"
# The crash points (MAILTRIAGE_TEST_CRASH_*) are in test builds only.
need hooks || finish
# Dovecot's capabilities without MOVE (and the rest as 2.3 has them).
DV_EXTRA='imap_capability = IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY THREAD=REFERENCES THREAD=REFS THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES WITHIN CONTEXT=SEARCH LIST-STATUS BINARY SPECIAL-USE LITERAL+'
. "$SRC/tests/dovecot-lib.sh"
cat > "$T/mt.conf" <<CONF
# These tests follow tickets at high (the payment samples).
[priority]
payment = high
[general]
ledger = $T/ledger.db
maildir = $T/md
[modifiers]
repeat = 0
[account support]
host = 127.0.0.1
port = $IMAPS_PORT
user = support
password_file = $T/pw
ca_file = $TLS/ca.pem
timeout = 10
CONF
# The probe must first work (connect, log in, get a CAPABILITY answer)
# before the absence of MOVE in that answer means anything.
caps=$(python3 -c '
import imaplib, sys
c = imaplib.IMAP4("127.0.0.1", int(sys.argv[1])); c.login("support", "secret")
typ, data = c.capability(); assert typ == "OK", typ
print(data[0].decode())' "$IMAP_PORT")
eq "probe: logged in, CAPABILITY answered" 0 $?
check "probe: the answer lists IMAP4rev1 and UIDPLUS" \
  bash -c "[[ ' $caps ' == *' IMAP4rev1 '* && ' $caps ' == *' UIDPLUS '* ]]"
check "the server does not offer MOVE" bash -c "[[ ' $caps ' != *' MOVE '* ]]"
for f in 01-smoke 02-outage 04-locked-out; do ctl append INBOX "$(mkmsg $f.eml $f@nomove)"; done
# A crash right after the first ledger commit, then a clean rerun.
MAILTRIAGE_TEST_CRASH_AFTER_COMMIT=1 "$BIN" poll -c "$T/mt.conf" --once 2> /dev/null
eq "crash hook: 75" 75 $?
"$BIN" poll -v -c "$T/mt.conf" --once 2> "$T/poll.err"
eq "rerun: exit 0" 0 $?
check "COPY + EXPUNGE used" grep -q 'no MOVE on this server: UID COPY' "$T/poll.err"
eq "smoke in Critical" "Triage.Critical" "$(where 01-smoke@nomove | cut -f1)"
eq "outage in High" "Triage.High" "$(where 02-outage@nomove | cut -f1)"
eq "locked-out in Medium" "Triage.Medium" "$(where 04-locked-out@nomove | cut -f1)"
eq "INBOX empty: expunged" "" "$(ctl dump | awk -F'\t' '$1 == "INBOX"')"
eq "every message exactly once" "" "$(ctl dump | cut -f2 | sort | uniq -d)"
eq "three messages in all" 3 "$(ctl dump | wc -l)"
"$BIN" poll -c "$T/mt.conf" --once 2> /dev/null
eq "second run: still three" 3 "$(ctl dump | wc -l)"

# --- a batch (the second of the pass: six messages) killed after its
# first folder's COPY, STORE and UID EXPUNGE (the second of the pass),
# then a rerun: each once, in the ledger's folder, the INBOX empty
batch="01-smoke 02-outage 03-double-charge 05-question 04-locked-out 06-refund-crlf 07-breach"
for m in $batch; do ctl append INBOX "$(mkmsg $m.eml $m@batch)"; done
MAILTRIAGE_TEST_CRASH_AFTER_MOVE=2 "$BIN" poll -c "$T/mt.conf" --once 2> /dev/null
eq "batch killed after a folder's move: 75" 75 $?
n=$(ctl dump | awk -F'\t' '$1 == "INBOX"' | wc -l)
check "some of the batch moved, not all ($n left)" test "$n" -ge 1 -a "$n" -le 5
"$BIN" poll -c "$T/mt.conf" --once 2> /dev/null
eq "batch rerun: exit 0" 0 $?
eq "batch rerun: INBOX empty" "" "$(ctl dump | awk -F'\t' '$1 == "INBOX"')"
eq "batch: every message exactly once" "" "$(ctl dump | cut -f2 | sort | uniq -d)"
eq "batch: ten messages in all" 10 "$(ctl dump | wc -l)"
bad=
for m in $batch; do
  [ "$(where "$m@batch" | cut -f1)" = "$(sql "SELECT folder FROM messages WHERE message_id = '$m@batch'")" ] || bad="$bad $m"
done
eq "batch: each in the folder the ledger filed it into" "" "$bad"

# --- a folder prefix with umlauts goes to the server in modified UTF-7
sed -i 's/^timeout = 10$/timeout = 10\nfolder_prefix = Eingänge/' "$T/mt.conf"
ctl append INBOX "$(mkmsg 03-double-charge.eml umlaut@nomove)"
"$BIN" poll -c "$T/mt.conf" --once 2> "$T/umlaut.err"
eq "umlaut prefix: exit 0" 0 $?
eq "umlaut prefix: filed into Eing&AOQ-nge.High" "Eing&AOQ-nge.High" "$(where umlaut@nomove | cut -f1)"
check "umlaut prefix: logged in UTF-8" grep -q 'created folder Eingänge.High' "$T/umlaut.err"
finish
