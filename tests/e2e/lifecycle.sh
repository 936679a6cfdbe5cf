#!/usr/bin/env bash
# One behaviour table for the ticket lifecycle, run against both stores:
# the Maildir (deliver files, an agent's client renames and moves files,
# sla --escalate runs from its timer) and IMAP (poll against a real
# Dovecot, the agent's client over IMAP). Each row: a message filed, what
# an agent then does with it, and what the ledger must say after the next
# SLA cycle. Both stores hand what they see to one lifecycle
# (sla-ticket.c), so both must give the same answers.
. "$(dirname "$0")/../lib.sh"
. "$SRC/tests/dovecot-lib.sh"
S=$SRC/contrib/samples
md=$T/md
fake_sendmail
common="[priority]
payment = high
[modifiers]
repeat = 0
[sla]
notify_to = leads@example.com
notify_from = triage@example.com
sendmail = $T/sendmail
team_folders = Support.Billing"
printf '%s\n[general]\nmaildir = %s\n' "$common" "$md" > "$T/md.conf"
printf '%s\n[general]\nledger = %s\nmaildir = %s/unused\n[account support]\nhost = 127.0.0.1\nport = %s\nuser = support\npassword_file = %s\nca_file = %s\ntimeout = 10\n' \
  "$common" "$T/imap.db" "$T" "$IMAPS_PORT" "$T/pw" "$TLS/ca.pem" > "$T/imap.conf"
now=$(date +%s)

# A message of ours: SAMPLE under Message-ID ID and a subject of its own
# (the same customer and subject would join one ticket), or replying to
# PARENT (In-Reply-To) under the parent's subject.
msg() {
  local tag=${3:-$2}
  sed -e "s/^Message-ID: <.*>/Message-ID: <$2>/" \
      -e "s/^Subject: .*/&, case ${tag%%.*}/" \
      -e "${3:+s/^Message-ID: .*/&\nIn-Reply-To: <$3>/}" "$S/$1" > "$T/m-$2.eml"
  echo "$T/m-$2.eml"
}
q() { python3 -c 'import sqlite3, sys; r = sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone(); print(r[0] if r else "")' "$1" "$2"; }

# --- the Maildir store's driver
md_file() { "$BIN" deliver -q -c "$T/md.conf" < "$(msg "$@")"; }
md_locate() { grep -rl --include='*' "^Message-ID: <$1>" "$md" 2> /dev/null | grep -E '/(new|cur)/' | head -1; }
md_put() {	# ID FOLDER FLAGS: the agent's client moves the file
  local f; f=$(md_locate "$1"); local base; base=$(basename "${f%%:2,*}")
  mkdir -p "$md/.$2/cur" "$md/.$2/new" "$md/.$2/tmp"
  mv "$f" "$md/.$2/cur/$base:2,$3"
}
md_folder() { local f; f=$(md_locate "$1"); f=${f#"$md"/.}; echo "${f%%/*}"; }
md_move() { md_put "$1" "$2" S; }
md_answer() { md_put "$1" "$(md_folder "$1")" RS; }
md_delete() { rm -f "$(md_locate "$1")"; }
md_cycle() { MAILTRIAGE_NOW=$1 "$BIN" sla -q --escalate -c "$T/md.conf" > /dev/null; }
md_db() { echo "$md/mailtriage.db"; }

# --- the IMAP store's driver
imap_cycle() { MAILTRIAGE_NOW=$1 "$BIN" poll -c "$T/imap.conf" --once 2>> "$T/poll.err"; }
imap_file() { ctl append INBOX "$(msg "$@")" && imap_cycle "$now"; }
imap_folder() { where "$1" | cut -f1 | head -1; }
imap_move() { ctl create "$2" 2> /dev/null; ctl move "$(imap_folder "$1")" "$1" "$2"; }
imap_answer() { ctl flag "$(imap_folder "$1")" "$1" '\Answered'; }
imap_delete() { ctl delete "$(imap_folder "$1")" "$1"; }
imap_db() { echo "$T/imap.db"; }

# The table. Columns (~): case, sample, parent case, the agent's action
# (on the case's own message), hours until the SLA cycle, SQL on the
# case's ticket (TICKET), expected.
table="answered~05-question.eml~~answer~0~SELECT first_response IS NOT NULL AND answered IS NOT NULL FROM tickets WHERE id = TICKET~1
moved-up~05-question.eml~~move Triage.High~0~SELECT priority FROM tickets WHERE id = TICKET~high
moved-up-recorded~05-question.eml~~move Triage.Critical~0~SELECT from_level || '>' || to_level FROM corrections WHERE ticket_id = TICKET~low>critical
team-stays-open~05-question.eml~~move Support.Billing~0~SELECT resolved IS NULL FROM tickets WHERE id = TICKET~1
pending-waits~04-locked-out.eml~~move Triage.Pending~0~SELECT paused IS NOT NULL FROM tickets WHERE id = TICKET~1
resolved-folder~05-question.eml~~move Triage.Resolved~0~SELECT resolved IS NOT NULL FROM tickets WHERE id = TICKET~1
deleted~05-question.eml~~delete~0~SELECT resolved IS NOT NULL FROM tickets WHERE id = TICKET~1
thread~05-question.eml~~~0~SELECT count(*) FROM messages WHERE ticket_id = TICKET~1
thread-reply~05-question.eml~thread~delete~0~SELECT resolved IS NULL AND (SELECT count(*) FROM messages WHERE ticket_id = TICKET) = 2 FROM tickets WHERE id = TICKET~1
overdue-escalates~03-double-charge.eml~~~5~SELECT priority || '/' || (SELECT count(*) FROM escalations WHERE ticket_id = TICKET) FROM tickets WHERE id = TICKET~critical/1
answered-not-escalated~06-refund-crlf.eml~~answer~5~SELECT priority || '/' || (SELECT count(*) FROM escalations WHERE ticket_id = TICKET) FROM tickets WHERE id = TICKET~high/0"

for store in md imap; do
  db=$("${store}_db")
  while IFS='~' read -r name sample parent action hours sqlq want; do
    id="$name.$store@lifecycle.test"
    "${store}_file" "$sample" "$id" "${parent:+$parent.$store@lifecycle.test}" ||
      { not_ok "$store $name: filed"; continue; }
    ticket=$(q "$db" "SELECT ticket_id FROM messages WHERE message_id = '$id'")
    if [ -n "$action" ]; then
      set -- $action
      "${store}_$1" "$id" "${@:2}" || not_ok "$store $name: the agent's $1"
    fi
    # Each case's cycle runs at its own offset from filing: the clock
    # only moves forward, so cases run from the latest offset on.
    "${store}_cycle" $((now + ${hours%.*} * 3600 + 360)) || not_ok "$store $name: SLA cycle"
    eq "$store: $name" "$want" "$(q "$db" "${sqlq//TICKET/$ticket}")"
  done <<< "$table"
done
finish
