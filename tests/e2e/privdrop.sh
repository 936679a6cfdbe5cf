#!/usr/bin/env bash
# mailtriage deliver started as root gives up root before it writes: into
# a Maildir owned by nobody, every file and directory it creates (folders,
# the message, the ledger and its -wal/-shm) is nobody's, and no file is
# created before the switch (strace). Needs root.
MT_ROOT=need
. "$(dirname "$0")/../lib.sh"
S=$SRC/contrib/samples
BIN=$(realpath "$BIN")
# Everything under DIR not owned by USER, one per line (empty: all are).
has_one() { only_file "$1" >/dev/null; }
not_owned() { find "$1" ! -user "$2" -printf '%u %p\n'; }
# strace works here (it is missing, or ptrace is denied, in some containers).
have_strace=0
if need tool strace; then
  if strace -f -qq -o /dev/null true 2> /dev/null; then have_strace=1
  else unavailable "strace cannot trace here (ptrace denied?)"; fi
fi

# --- an existing, empty Maildir root owned by nobody
md=$T/nobody/Maildir
mkdir -p "$md"
chown -R nobody:nogroup "$T/nobody"
if [ "$have_strace" = 1 ]; then
  # SQLite removes -wal and -shm on close; refusing that unlink keeps them
  # on disk to be looked at.
  strace -f -qq -o "$T/unlink.st" -P "$md/mailtriage.db-wal" -P "$md/mailtriage.db-shm" \
    -e trace=unlink,unlinkat -e inject=unlink,unlinkat:error=EBUSY \
    "$BIN" deliver -q --maildir "$md" < "$S/02-outage.eml"
else
  "$BIN" deliver -q --maildir "$md" < "$S/02-outage.eml"
fi
eq "deliver as root into nobody's Maildir: exit 0" 0 $?
check "message in Triage.High" has_one "$md/.Triage.High"
check "ledger there" test -f "$md/mailtriage.db"
eq "everything owned by nobody" "" "$(not_owned "$md" nobody)"
eq "group nogroup throughout" "" "$(find "$md" ! -group nogroup -printf '%g %p\n')"
if [ "$have_strace" = 1 ]; then
  check "the ledger's -wal kept on disk" test -f "$md/mailtriage.db-wal"
  check "the ledger's -shm kept on disk" test -f "$md/mailtriage.db-shm"
fi

# --- a second delivery, as root again, into the same (now populated) tree
"$BIN" deliver -q --maildir "$md" < "$S/01-smoke.eml"
eq "second delivery: exit 0" 0 $?
check "second message in Triage.Critical" has_one "$md/.Triage.Critical"
eq "still everything owned by nobody" "" "$(not_owned "$md" nobody)"

# --- nothing is created before the switch
if [ "$have_strace" = 1 ]; then
  md2=$T/nobody/Traced
  strace -f -qq -o "$T/order.st" -e trace=setresuid,openat,open,creat,mkdir,mkdirat,link,linkat,rename,renameat,renameat2 \
    "$BIN" deliver -q --maildir "$md2" < "$S/03-double-charge.eml"
  eq "traced delivery: exit 0" 0 $?
  check "setresuid to nobody" grep -qE 'setresuid\(65534, 65534, 65534\) += 0' "$T/order.st"
  check "root not regained" grep -q 'setresuid(-1, 0, -1) *= -1 EPERM' "$T/order.st"
  before=$(awk '/setresuid\(65534/ { exit } /O_CREAT|mkdir|link\(|rename/ && !/= -1/' "$T/order.st")
  eq "nothing created before the switch" "" "$before"
  eq "traced tree owned by nobody" "" "$(not_owned "$md2" nobody)"
fi

# --- a Maildir root that does not exist yet: its parent's owner
mkdir "$T/parent"
chown nobody:nogroup "$T/parent"
"$BIN" deliver -q --maildir "$T/parent/a/b/Maildir" < "$S/04-locked-out.eml"
eq "new Maildir under nobody's directory: exit 0" 0 $?
eq "new Maildir: owned by nobody, intermediate dirs too" "" "$(not_owned "$T/parent" nobody)"

# --- [general] user wins over the directory's owner
mkdir -m 1777 "$T/shared"
printf '[general]\nuser = nobody\n' > "$T/user.conf"
"$BIN" deliver -q -c "$T/user.conf" --maildir "$T/shared/Maildir" < "$S/05-question.eml"
eq "configured user: exit 0" 0 $?
eq "configured user: Maildir owned by nobody" "" "$(not_owned "$T/shared/Maildir" nobody)"

# --- an unknown configured user defers, writes nothing, says why
printf '[general]\nuser = no-such-user-mt\n' > "$T/bad-user.conf"
"$BIN" deliver -c "$T/bad-user.conf" --maildir "$T/shared/Other" < "$S/05-question.eml" 2> "$T/bad-user.err"
eq "unknown user: EX_TEMPFAIL" 75 $?
check "unknown user: logged" grep -q 'cannot drop root privileges: .*no-such-user-mt.*no such user' "$T/bad-user.err"
check "unknown user: nothing written" test ! -e "$T/shared/Other"

# --- a root-owned Maildir: mail is never written as root; deferred
mkdir -p "$T/rootmd"
"$BIN" deliver --maildir "$T/rootmd" < "$S/02-outage.eml" 2> "$T/rootmd.err"
eq "root's own Maildir: EX_TEMPFAIL" 75 $?
check "root's own Maildir: logged with what to do" grep -q 'never written as root; set \[general\] user' "$T/rootmd.err"
eq "root's own Maildir: nothing written" "" "$(find "$T/rootmd" -mindepth 1 | head -1)"
# ... and with a symlinked new/ planted in it, nothing lands behind it
mkdir -p "$T/rootmd2/cur" "$T/rootmd2/tmp" "$T/elsewhere"
ln -s "$T/elsewhere" "$T/rootmd2/new"
"$BIN" deliver -q --maildir "$T/rootmd2" < "$S/02-outage.eml"
eq "symlinked new/ as root: EX_TEMPFAIL" 75 $?
eq "symlinked new/ as root: nothing behind the link" "" "$(find "$T/elsewhere" -mindepth 1 | head -1)"

# --- not root: nothing changes (runs as nobody, delivers as nobody)
runuser -u nobody -- "$BIN" deliver -q --maildir "$T/parent/asnobody" < "$S/02-outage.eml"
eq "as nobody: exit 0" 0 $?

finish
