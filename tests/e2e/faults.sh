#!/usr/bin/env bash
# Nothing lost, nothing twice: the same message delivered concurrently,
# SIGKILL at each file and ledger system call of deliver and a retry, a
# ledger that cannot take the last mark, a damaged ledger, tmp/ leftovers
# and symlinks below the Maildir root. Bounded: the kill loop takes every
# MT_FAULT_STEP-th call of each kind (default 3; 1 for the full run).
. "$(dirname "$0")/../lib.sh"
S=$SRC/contrib/samples
step=${MT_FAULT_STEP:-3}
need_tool strace
need_tool sqlite3

# A config that checks the ledger at every start.
cat > "$T/mt.conf" <<EOF
[general]
ledger_check = 0.0001
[filters]
dir = $SRC/filters
EOF
mt() { local cmd=$1; shift; "$BIN" "$cmd" -c "$T/mt.conf" "$@"; }
# Every message file under a Maildir (new/ and cur/ of all folders).
mails() { find "$1" -path '*/new/*' -type f -o -path '*/cur/*' -type f; }
nmails() { mails "$1" | wc -l; }
# Message N: sample 02 with its own Message-ID.
msg() { sed "s/^Message-ID: .*/Message-ID: <fault-$1@example.org>/" "$S/02-outage.eml"; }

# --- the same message delivered three times at once, for 30 messages
md=$T/par
for i in $(seq 1 30); do msg "$i" > "$T/par-$i.eml"; done
rcs=$T/par.rc
: > "$rcs"
for i in $(seq 1 30); do
  for k in 1 2 3; do
    ( mt deliver -q --maildir "$md" < "$T/par-$i.eml"; echo $? >> "$rcs" ) &
  done
done
wait
eq "parallel: 90 deliveries, all exit 0" "90" "$(grep -c '^0$' "$rcs")"
eq "parallel: each of 30 messages filed once" 30 "$(nmails "$md")"
eq "parallel: 30 distinct messages" 30 \
  "$(mails "$md" | xargs grep -h '^Message-ID:' | sort -u | wc -l)"
eq "parallel: 30 ledger rows" 30 "$(mt list --maildir "$md" | tail -n +2 | wc -l)"

# --- a second delivery waits for a live first one, then is a duplicate;
# one that waits longer than ledger_timeout defers (75) rather than filing.
md=$T/slow
msg slow > "$T/slow.eml"
cat > "$T/slow.conf" <<EOF
[general]
ledger_timeout = 1
[filters]
dir = $SRC/filters
EOF
# The first run is held in its first fsync (the tmp/ copy) for 3 s.
strace -f -qq -o /dev/null -e inject=fsync:delay_enter=3000000:when=1 \
  "$BIN" deliver -c "$T/slow.conf" -q --maildir "$md" < "$T/slow.eml" &
first=$!
sleep 1
"$BIN" deliver -c "$T/slow.conf" --maildir "$md" < "$T/slow.eml" 2> "$T/slow.err"
eq "behind a live first delivery: deferred (75)" 75 $?
check "behind a live first delivery: logged" grep -q 'another delivery of this message is still running' "$T/slow.err"
wait "$first"
eq "the first delivery: exit 0" 0 $?
eq "behind a live first delivery: filed once" 1 "$(nmails "$md")"

# --- SIGKILL at each file and ledger call of deliver, then a retry
calls="openat write pwrite64 fsync fdatasync link linkat unlink unlinkat rename renameat mkdir mkdirat fcntl ftruncate"
msg kill > "$T/kill.eml"
strace -f -qq -o "$T/count.st" -e trace="${calls// /,}" \
  "$BIN" deliver -c "$T/mt.conf" -q --maildir "$T/count" < "$T/kill.eml"
runs=0 bad=0
for c in $calls; do
  n=$(grep -c "^[0-9]* *$c(" "$T/count.st")
  for ((i = 1; i <= n; i += step)); do
    md=$T/kill-$c-$i
    strace -f -qq -o /dev/null -e inject="$c":signal=KILL:when="$i" \
      "$BIN" deliver -c "$T/mt.conf" -q --maildir "$md" < "$T/kill.eml" 2>/dev/null
    mt deliver -q --maildir "$md" < "$T/kill.eml"
    r1=$?
    mt deliver -q --maildir "$md" < "$T/kill.eml"
    r2=$?
    runs=$((runs + 1))
    f=$(mails "$md")
    if [ "$r1" != 0 ] || [ "$r2" != 0 ] || [ "$(nmails "$md")" != 1 ] ||
       ! cmp -s <(strip_tags "$f") "$T/kill.eml"; then
      bad=$((bad + 1))
      echo "# kill at $c #$i: retry $r1, again $r2, $(nmails "$md") copies" >&2
    fi
    rm -rf "$md"
  done
done
check "kill loop ran ($runs kills)" test "$runs" -gt 20
eq "after each of $runs kills: one intact copy, retries exit 0" 0 "$bad"

# --- a delivery into a Maildir that is there makes no failing mkdir, and
# syncs the message and new/ once each before it says delivered
msg syncs > "$T/syncs.eml"
mt deliver -q --maildir "$T/syncs" < "$S/05-question.eml"
# (without mt.conf's integrity check at every run, which commits too)
printf '[filters]\ndir = %s/filters\n' "$SRC" > "$T/plain.conf"
strace -f -qq -y -o "$T/syncs.st" -e trace=mkdir,mkdirat,fsync,fdatasync,link,linkat \
  "$BIN" deliver -c "$T/plain.conf" -q --maildir "$T/syncs" < "$T/syncs.eml"
check "no mkdir that fails with EEXIST" no_match EEXIST "$T/syncs.st"
eq "the message file fsynced once" 1 "$(grep -c 'fsync([0-9]*</[^>]*/tmp/[^/>]*,S=[0-9]*>)' "$T/syncs.st")"
eq "new/ fsynced once" 1 "$(grep -c 'fsync([0-9]*</.*/new>)' "$T/syncs.st")"
# The syncs the protocol needs: the reservation's commit (SQLite: the WAL
# header, its directory, the frames), the message, new/; the delivered
# mark does not wait for the disk (recovery repairs its loss); closing
# checkpoints (the WAL, the database). Was 8 with a synced mark.
syncs=$(grep -cE '^[0-9]+ +f(data)?sync\(' "$T/syncs.st")
check "at most 7 syncs for one delivery (got $syncs)" test "$syncs" -le 7
# The reservation is on disk before the message shows in new/: its WAL
# sync (made after the writers' turn is given up) comes before the link.
walsync=$(grep -nE 'f(data)?sync\([0-9]+<[^>]*-wal>\)' "$T/syncs.st" | head -1 | cut -d: -f1)
linked=$(grep -nE 'link(at)?\(.*/new' "$T/syncs.st" | head -1 | cut -d: -f1)
check "the reservation's WAL synced (line ${walsync:-none}) before the link into new/ (line ${linked:-none})" \
  test "${walsync:-999999}" -lt "${linked:-0}"

# --- killed between link() into new/ and the fsync of new/: the retry
# syncs the file it finds (and its directory) before it says delivered.
md=$T/nosync
nf=$(grep -c '^[0-9]* *fsync(' "$T/count.st")
# The last fsync of the first run is the one of new/ (after the link).
strace -f -qq -o /dev/null -e inject=fsync:signal=KILL:when="$nf" \
  "$BIN" deliver -c "$T/mt.conf" -q --maildir "$md" < "$T/kill.eml" 2>/dev/null
check "killed before new/ was synced: the file is there" test "$(nmails "$md")" = 1
strace -f -qq -y -o "$T/retry.st" -e trace=fsync \
  "$BIN" deliver -c "$T/mt.conf" -q --maildir "$md" < "$T/kill.eml"
eq "the retry: exit 0" 0 $?
check "the retry synced the file it found" grep -q 'fsync([0-9]*</.*/new/[^>]*,S=[0-9]*>)' "$T/retry.st"
check "the retry synced new/" grep -q 'fsync([0-9]*</.*/\.Triage\.[A-Za-z]*/new>)' "$T/retry.st"

# --- the last ledger mark fails (a full disk for the ledger after the
# mail is on disk): exit 0, and the next run finishes the row, so that
# sla sees the ticket.
md=$T/nomark
msg nomark > "$T/nomark.eml"
strace -f -qq -o "$T/nomark-count.st" -e trace=linkat,link,pwrite64 \
  "$BIN" deliver -c "$T/mt.conf" -q --maildir "$T/nomark-count" < "$T/nomark.eml"
after=$(awk '/link(at)?\(/ { l = 1; next } l && /pwrite64\(/ { print n + 1; exit } /pwrite64\(/ { n++ }' "$T/nomark-count.st")
check "found the ledger writes after the link ($after)" test -n "$after"
strace -f -qq -o /dev/null -e inject=pwrite64:error=ENOSPC:when="${after:-1}+" \
  "$BIN" deliver -c "$T/mt.conf" --maildir "$md" < "$T/nomark.eml" 2> "$T/nomark.err"
eq "last mark failed: exit 0 (the mail is safe)" 0 $?
check "last mark failed: logged" grep -q 'the ledger was not updated' "$T/nomark.err"
eq "last mark failed: one copy" 1 "$(nmails "$md")"
mt check --maildir "$md" > /dev/null 2> "$T/nomark-check.err"
check "check reports the pending message" grep -q '1 message pending' "$T/nomark-check.err"
mt sla --maildir "$md" > "$T/nomark-sla.out" 2> "$T/nomark-sla.err"
eq "sla: exit 0" 0 $?
check "sla finished the earlier delivery" grep -q 'finished an earlier delivery: message-id=<fault-nomark@example.org>' "$T/nomark-sla.err"
check "sla lists its ticket" grep -q 'outage' "$T/nomark-sla.out"
mt check --maildir "$md" > /dev/null 2> "$T/nomark-check2.err"
check "nothing pending any more" no_match pending "$T/nomark-check2.err"
mt deliver -q --maildir "$md" < "$T/nomark.eml"
eq "a redelivery: still one copy" 1 "$(nmails "$md")"

# --- a damaged ledger is not trusted: deferred, named, reported by check
md=$T/damaged
for i in 1 2 3 4 5; do msg "dmg-$i" | mt deliver -q --maildir "$md"; done
db=$md/mailtriage.db
page=$(sqlite3 "$db" 'PRAGMA page_size')
root=$(sqlite3 "$db" "SELECT rootpage FROM sqlite_master WHERE name = 'messages_body_hash'")
check "found the index page ($root)" test -n "$root"
# Scramble the index of the redelivery key (the table stays readable).
dd if=/dev/urandom of="$db" bs="$page" seek=$((root - 1)) count=1 conv=notrunc 2>/dev/null
msg dmg-1 | mt deliver --maildir "$md" 2> "$T/damaged.err"
eq "damaged ledger: deferred (75)" 75 $?
check "damaged ledger: says so and what to do" grep -q 'damaged.*RECOVERY in mailtriage(1)' "$T/damaged.err"
eq "damaged ledger: nothing filed twice" 5 "$(nmails "$md")"
mt check --maildir "$md" > /dev/null 2> "$T/damaged-check.err"
eq "check: exit 78" 78 $?
check "check names the damage" grep -q 'damaged' "$T/damaged-check.err"

# --- tmp/ leftovers older than 36 hours go, fresh ones stay
md=$T/leftover
msg left-1 | mt deliver -q --maildir "$md"
tmp=$(dirname "$(mails "$md")")/../tmp
echo old > "$tmp/old.leftover"
echo new > "$tmp/fresh.leftover"
touch -d '40 hours ago' "$tmp/old.leftover"
msg left-2 | mt deliver -q --maildir "$md"
check "an old tmp/ leftover removed" test ! -e "$tmp/old.leftover"
check "a fresh tmp/ file kept" test -e "$tmp/fresh.leftover"

# --- a symlink below the Maildir root is never followed
md=$T/links
mkdir -p "$T/elsewhere"
for f in Critical High Medium Low; do
  mkdir -p "$md/.Triage.$f"
  ln -s "$T/elsewhere" "$md/.Triage.$f/new"
done
msg link | mt deliver --maildir "$md" 2> "$T/links.err"
eq "symlinked new/: deferred (75)" 75 $?
check "symlinked new/: logged" grep -q 'symlink' "$T/links.err"
eq "symlinked new/: nothing behind the link" "" "$(find "$T/elsewhere" -mindepth 1 | head -1)"

# --- one broken site rule costs that rule, not the verdict: a smoking
# charger stays critical, named in X-Triage-Error
mkdir -p "$T/hostile"
printf 'rule nested\n    zones body\n    pattern /(a+)+$/\n    weight 2\n    desc catastrophic backtracking\n' > "$T/hostile/outage.rules"
printf '[filters]\ndir = %s\nlocal_dir = %s\n[limits]\nmatch_limit = 100000\n' "$SRC/filters" "$T/hostile" > "$T/hostile.conf"
{ cat "$S/01-smoke.eml"; printf 'a%.0s' $(seq 5000); printf '!\n'; } > "$T/hostile.eml"
"$BIN" deliver -q -c "$T/hostile.conf" --maildir "$T/hmd" < "$T/hostile.eml"
eq "broken rule: exit 0" 0 $?
f=$(only_file "$T/hmd/.Triage.Critical") && ok "broken rule: still critical" || not_ok "broken rule: still critical"
[ -n "$f" ] && check "broken rule: named in X-Triage-Error" grep -q '^X-Triage-Error: filter error: outage/nested: match limit' "$f"
[ -n "$f" ] && eq "broken rule: safety still counts" safety "$(hdr X-Triage-Signals "$f")"

# --- an escalation notice sent, then the run killed before it recorded
# it: the next run sends it again with the same Message-ID, a third
# sends nothing, and the escalations folder holds one copy.
md=$T/notice
mkdir -p "$T/outbox"
cat > "$T/killer-sendmail" <<SH
#!/bin/sh
f=\$(mktemp "$T/outbox/msg.XXXXXX")
cat > "\$f"
# The first notice: kill mailtriage once the mail is handed over.
if [ ! -e "$T/killed" ]; then touch "$T/killed"; kill -9 \$PPID; fi
SH
chmod +x "$T/killer-sendmail"
cat > "$T/notice.conf" <<EOF
[general]
maildir = $md
[filters]
dir = $SRC/filters
[sla]
notify_to = leads@example.com
notify_from = triage@example.com
sendmail = $T/killer-sendmail
escalations_folder = Triage.Escalations
EOF
msg notice | "$BIN" deliver -q -c "$T/notice.conf"
later=$(( $(date +%s) + 30 * 3600 ))
MAILTRIAGE_NOW=$later "$BIN" sla -q --escalate -c "$T/notice.conf" > /dev/null 2>&1
check "the first run was killed after sending" test -e "$T/killed"
MAILTRIAGE_NOW=$((later + 60)) "$BIN" sla -q --escalate -c "$T/notice.conf" > /dev/null
eq "the second run: exit 0" 0 $?
MAILTRIAGE_NOW=$((later + 120)) "$BIN" sla -q --escalate -c "$T/notice.conf" > /dev/null
ids=$(cat "$T"/outbox/msg.* | grep -i '^Message-ID:' | sort | uniq -c)
eq "notice sent twice at most, never more" 2 "$(ls "$T"/outbox/msg.* | wc -l)"
eq "both with one Message-ID" 1 "$(printf '%s\n' "$ids" | wc -l)"
eq "one copy in the escalations folder" 1 "$(nmails "$md/.Triage.Escalations")"

finish
