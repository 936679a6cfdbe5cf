#!/usr/bin/env bash
# A full file system: deliver defers (75) and leaves nothing half-written
# in new/ or tmp/; once there is room again the MTA's retry files the
# message once. Needs root to mount a small tmpfs; mailtriage itself runs
# as the Maildir's owner (it never writes mail as root).
MT_ROOT=need
. "$(dirname "$0")/../lib.sh"
S=$SRC/contrib/samples
need_tool mount umount dd

fs=$T/fs
mkdir -p "$fs"
mount -t tmpfs -o size=2m,mode=0755 tmpfs "$fs" || { not_ok "mount a tmpfs"; finish; }
trap 'umount "$fs" 2>/dev/null; rm -rf "$T"' EXIT
md=$fs/md
user_dir "$md"
cat > "$T/mt.conf" <<EOF
[general]
maildir = $md
[filters]
dir = $SRC/filters
EOF
# A first message, so that the ledger exists.
"$BIN" deliver -q -c "$T/mt.conf" < "$S/05-question.eml"
eq "a first message: exit 0" 0 $?
# A message larger than what is left.
{ sed '/^$/q' "$S/02-outage.eml"; head -c 400000 /dev/zero | tr '\0' 'x' | fold -w 76; echo; } > "$T/big.eml"
dd if=/dev/zero of="$fs/fill" bs=4k 2>/dev/null
check "the file system is full" test "$(df --output=avail -B1 "$fs" | tail -1)" -lt 200000
"$BIN" deliver -c "$T/mt.conf" < "$T/big.eml" 2> "$T/full.err"
eq "full: deferred (75)" 75 $?
check "full: logged" grep -q 'message not delivered, deferring' "$T/full.err"
eq "full: nothing in new/ but the first message" 1 "$(find "$md" -path '*/new/*' -type f | wc -l)"
eq "full: nothing left in tmp/" 0 "$(find "$md"/tmp "$md"/.Triage.*/tmp -type f 2>/dev/null | wc -l)"
rm -f "$fs/fill"
"$BIN" deliver -q -c "$T/mt.conf" < "$T/big.eml"
eq "room again: the retry files it (exit 0)" 0 $?
"$BIN" deliver -q -c "$T/mt.conf" < "$T/big.eml"
eq "... and a second retry is a duplicate" 2 "$(find "$md" -path '*/new/*' -type f | wc -l)"
f=$(grep -l 'Dashboard down' "$md"/.Triage.*/new/* | head -1)
check "the filed copy is whole" cmp -s <(strip_tags "$f") "$T/big.eml"
"$BIN" check -c "$T/mt.conf" > /dev/null 2> "$T/check.err"
check "the ledger is sound, nothing pending" no_match -e 'damaged' -e 'pending' "$T/check.err"

finish
