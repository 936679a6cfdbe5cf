#!/usr/bin/env bash
# The shipped procmail recipe (contrib/procmail/procmailrc), run by the
# real procmail: it delivers through mailtriage, and a mailtriage
# tempfail becomes procmail's own exit status 75 (the MTA defers) with
# nothing delivered to procmail's $DEFAULT.
# Root is allowed: procmail run by root hands the message to mailtriage as
# root, which drops to the owner of the Maildirs (the test user's, U).
MT_ROOT=allow
. "$(dirname "$0")/../lib.sh"
S=$SRC/contrib/samples
RC=$SRC/contrib/procmail/procmailrc
BIN=$(realpath "$BIN")	# procmail runs it from another directory
need tool procmail || finish
U=$T/user
user_dir "$U"
has_one() { only_file "$1" >/dev/null; }
# procmail -m: the rcfile alone, no ~/.procmailrc, no /etc/procmailrc.
pm() {  # pm MAILDIR [procmail assignments...] < message
  local md=$1; shift
  (cd "$T" && HOME=$T procmail -m MAILTRIAGE="$BIN" TRIAGE_MAILDIR="$md" \
    DEFAULT="$T/default/" LOGFILE="$T/procmail.log" "$@" "$RC")
}

# --- a message goes through the recipe into its priority folder
pm "$U/Maildir" < "$S/02-outage.eml"
eq "procmail: exit 0" 0 $?
f=$(only_file "$U/Maildir/.Triage.High") && ok "procmail: in Triage.High" ||
  not_ok "procmail: in Triage.High"
if [ -n "$f" ]; then
  eq "procmail: X-Triage-Priority" high "$(hdr X-Triage-Priority "$f")"
  eq "procmail: X-Triage-Signals" outage "$(hdr X-Triage-Signals "$f")"
  check "procmail: X-Triage-Ticket" grep -qE '^X-Triage-Ticket: [0-9]+' "$f"
  check "procmail: no From_ line" no_match '^From ' "$f"
  check "procmail: body intact" grep -qF "$(tail -2 "$S/02-outage.eml" | head -1)" "$f"
  [ "$(id -u)" != 0 ] || eq "procmail as root: written as the Maildir's owner" "$MT_TEST_USER" "$(stat -c %U "$f")"
fi
pm "$U/Maildir" < "$S/07-breach.eml"
eq "procmail: second message exit 0" 0 $?
check "procmail: second message in Triage.Critical" has_one "$U/Maildir/.Triage.Critical"
check "procmail: nothing in \$DEFAULT" test ! -e "$T/default"
check "procmail: mailtriage ran (log)" grep -q 'mailtriage: delivered: ' "$T/procmail.log"

# --- a Maildir mailtriage cannot write: procmail exits 75 to its caller
# (as root: mailtriage drops to the owner, who may not write here)
ro=$T/ro
user_dir "$ro"
chmod 0555 "$ro"
pm "$ro/Maildir" < "$S/02-outage.eml"
eq "unwritable Maildir: procmail exits 75" 75 $?
check "unwritable Maildir: nothing delivered" test ! -e "$ro/Maildir"
check "unwritable Maildir: no fallback to \$DEFAULT" test ! -e "$T/default"
check "unwritable Maildir: failure logged" grep -q 'Program failure (75)' "$T/procmail.log"

# --- a broken config: also 75, and the same message goes in once fixed
printf '[priority]\noutage = urgent\n' > "$T/bad.conf"
# (the recipe gives mailtriage no -c: a wrapper adds one)
printf '#!/bin/sh\nexec "%s" "$@" -c "%s"\n' "$BIN" "$T/bad.conf" > "$T/mt-bad"
chmod 0755 "$T/mt-bad"
pm "$U/cfg" MAILTRIAGE="$T/mt-bad" < "$S/03-double-charge.eml"
eq "bad config: procmail exits 75" 75 $?
check "bad config: nothing delivered" test ! -e "$U/cfg/.Triage.Medium"
pm "$U/cfg" < "$S/03-double-charge.eml"
eq "config fixed: exit 0" 0 $?
check "config fixed: delivered" has_one "$U/cfg/.Triage.Medium"

finish
