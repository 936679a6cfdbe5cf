#!/usr/bin/env bash
# mailtriage scan, end to end: dry-run reports, filing a directory, an
# mbox and the target Maildir's own INBOX, reruns, JSON, exit codes.
. "$(dirname "$0")/../lib.sh"
S=$SRC/contrib/samples

# The expected folder of each sample, in name order.
cat > "$T/want" <<'TABLE'
01-smoke.eml Triage.Critical
02-outage.eml Triage.High
03-double-charge.eml Triage.Medium
04-locked-out.eml Triage.Medium
05-question.eml Triage.Low
06-refund-crlf.eml Triage.Medium
07-breach.eml Triage.Critical
08-forged.eml Triage.Low
TABLE
cut -d' ' -f2 "$T/want" > "$T/want-folders"
# Messages in the Maildir++ folders of root (not INBOX).
nfiled() { find "$1" -mindepth 3 -path "$1/.*/*" \( -path '*/new/*' -o -path '*/cur/*' \) -type f | wc -l; }
# Message files in the folder's new/ and cur/.
nin() { find "$1/new" "$1/cur" -type f 2>/dev/null | wc -l; }

cp -r "$S" "$T/src"
sum_src() { (cd "$T/src" && sha256sum * | sha256sum); }
before=$(sum_src)

# --- dry run: one line per message, the right folders, nothing written
"$BIN" scan --dry-run --maildir "$T/dry" "$T/src" > "$T/dry.out" 2> "$T/dry.err"
eq "dry run: exit 0" 0 $?
eq "dry run: 8 lines" 8 "$(wc -l < "$T/dry.out")"
check "dry run: folders" cmp -s "$T/want" <(awk '{ n = split($1, p, "/"); print p[n], $2 }' "$T/dry.out")
check "dry run: nothing written" test ! -e "$T/dry"
check "dry run: summary line" grep -q '^scanned 8 messages in [0-9.]* s ([0-9]* msg/s): critical 2, high 1, medium 3, low 2, errors 0$' "$T/dry.err"

# --- JSON lines
"$BIN" scan --dry-run --json --maildir "$T/dry" "$T/src" > "$T/json.out" 2>/dev/null
eq "json: exit 0" 0 $?
python3 - "$T/json.out" "$T/want" > "$T/json.check" 2>&1 <<'PY'
import json, os, sys
want = [l.split() for l in open(sys.argv[2])]
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len(rows) == len(want), len(rows)
for r, (name, folder) in zip(rows, want):
    assert set(r) == {"file", "folder", "priority", "signals", "rules",
                      "subject", "error"}, r.keys()
    assert os.path.basename(r["file"]) == name, r["file"]
    assert r["folder"] == folder, (name, r["folder"])
    assert isinstance(r["signals"], list) and isinstance(r["rules"], list)
    assert r["error"] is None
assert rows[2]["subject"] == "Doppelte Abbuchung f\u00fcr November", rows[2]
print("ok")
PY
check "json: every line parses, right fields and folders" grep -qx ok "$T/json.check"
check "dry run without the target Maildir: still nothing" test ! -e "$T/dry"

# --- a real scan files them all; the sources stay as they were
md=$T/md
"$BIN" scan -q --maildir "$md" "$T/src" > "$T/scan1.out"
eq "scan: exit 0" 0 $?
while read -r file folder; do
  subj=$(grep -m1 '^Subject:' "$S/$file" | tr -d '\r')
  f=$(grep -lF "$subj" "$md/.$folder/new/"* 2>/dev/null | head -1)
  check "scan: $file in $folder" test -n "$f"
done < "$T/want"
eq "scan: 8 files in the folders" 8 "$(nfiled "$md")"
eq "scan: 8 ledger rows" 8 "$("$BIN" list --maildir "$md" | tail -n +2 | wc -l)"
eq "scan: every line says filed" 8 "$(awk '$2 == "filed"' "$T/scan1.out" | wc -l)"
eq "scan: sources untouched" "$before" "$(sum_src)"
f=$(grep -l '^Subject: Dashboard down' "$md/.Triage.High/new/"*)
check "scan: tags then the original bytes" cmp -s <(strip_tags "$f") "$S/02-outage.eml"

# --- a rerun files nothing new
"$BIN" scan -q --maildir "$md" "$T/src" > "$T/scan2.out"
eq "rerun: exit 0" 0 $?
eq "rerun: still 8 files" 8 "$(nfiled "$md")"
eq "rerun: still 8 ledger rows" 8 "$("$BIN" list --maildir "$md" | tail -n +2 | wc -l)"
eq "rerun: every line says duplicate" 8 "$(awk '$2 == "duplicate"' "$T/scan2.out" | wc -l)"

# --- an mbox of the samples, plus one with quoted From lines in its body
mbox=$T/all.mbox
for f in "$S"/*.eml; do
  printf 'From support@example.com Mon Nov 16 09:00:00 2026\n'
  sed 's/^\(>*From \)/>\1/' "$f"
  printf '\n'
done > "$mbox"
{
  printf 'From support@example.com Mon Nov 16 09:00:00 2026\n'
  printf 'From: a@example.com\nSubject: quoting\nMessage-ID: <quoting@example.com>\n\n'
  printf 'Hello,\n>From the archive, as requested.\n>>From an older mail.\nbody line\nFrom this point: not a separator\n'
} >> "$mbox"
"$BIN" scan --dry-run --maildir "$T/dry" "$mbox" > "$T/mbox.out" 2>/dev/null
eq "mbox: exit 0" 0 $?
eq "mbox: 9 messages" 9 "$(wc -l < "$T/mbox.out")"
check "mbox: labelled file#N" grep -q "^$mbox#9 " "$T/mbox.out"
check "mbox: same folders as the files" cmp -s "$T/want-folders" <(head -8 "$T/mbox.out" | awk '{ print $2 }')
mmd=$T/mbox-md
"$BIN" scan -q --maildir "$mmd" "$mbox" > /dev/null
eq "mbox scan: exit 0" 0 $?
eq "mbox scan: 9 filed" 9 "$(( $(nfiled "$mmd") + $(nin "$mmd") ))"
q=$(grep -rl '^Subject: quoting' "$mmd" --include='*,S=*')
check "mbox: >From unquoted" grep -qx 'From the archive, as requested.' "$q"
check "mbox: >>From loses one >" grep -qx '>From an older mail.' "$q"
check "mbox: From_ inside a paragraph kept" grep -qx 'From this point: not a separator' "$q"
check "mbox: no envelope line filed" no_match '^From support@' "$q"
f=$(grep -rl '^Subject: Refund for cancelled' "$mmd" --include='*,S=*')
check "mbox: CRLF message byte for byte" cmp -s <(strip_tags "$f") "$S/06-refund-crlf.eml"
"$BIN" scan -q --maildir "$mmd" "$mbox" > /dev/null
eq "mbox rerun: nothing new" 9 "$(( $(nfiled "$mmd") + $(nin "$mmd") ))"
"$BIN" scan -q --maildir "$md" "$mbox" > /dev/null
eq "mbox into the Maildir the files went to: only the new one added" 9 "$(nfiled "$md")"

# --- the target Maildir's own INBOX: messages are moved
im=$T/inbox
mkdir -p "$im/new" "$im/cur" "$im/tmp"
i=0
for f in "$S"/*.eml; do
  i=$((i + 1))
  if [ $((i % 2)) = 0 ]; then cp "$f" "$im/new/100$i.inbox"; else cp "$f" "$im/cur/100$i.inbox:2,S"; fi
done
"$BIN" scan -q --maildir "$im" "$im" > "$T/move.out"
eq "move: exit 0" 0 $?
eq "move: originals gone" 0 "$(nin "$im")"
eq "move: tagged copies present" 8 "$(nfiled "$im")"
eq "move: every line says moved" 8 "$(awk '$2 == "moved"' "$T/move.out" | wc -l)"
check "move: folders" cmp -s <(sort "$T/want-folders") <(awk '{ print $3 }' "$T/move.out" | sort)
"$BIN" scan -q --maildir "$im" "$im" > /dev/null
eq "move rerun: exit 0" 0 $?
eq "move rerun: count preserved" 8 "$(nfiled "$im")"
# A copy that reappears in INBOX (a crash before the unlink) goes too.
cp "$S/02-outage.eml" "$im/new/2000.again"
"$BIN" scan -q --maildir "$im" "$im" > "$T/move3.out"
eq "leftover original: removed" 0 "$(nin "$im")"
eq "leftover original: no second copy" 8 "$(nfiled "$im")"
# Unclassifiable mail goes to INBOX (error_folder): the tagged copy stays.
printf '\x00\x01 junk\n' > "$im/new/3000.junk"
"$BIN" scan -q --maildir "$im" "$im" > /dev/null
eq "junk in INBOX: tagged copy replaces it" 1 "$(nin "$im")"
check "junk in INBOX: tagged" grep -q '^X-Triage-Error: ' "$(find "$im/new" -type f)"
"$BIN" scan -q --maildir "$im" "$im" > /dev/null
eq "junk rerun: the tagged copy is kept" 1 "$(nin "$im")"
# Another Maildir is only read.
om=$T/other
mkdir -p "$om/new" "$om/cur" "$om/tmp" "$om/.Sub/new" "$om/.Sub/cur"
cp "$S/01-smoke.eml" "$om/new/1.a"; cp "$S/05-question.eml" "$om/cur/2.b:2,"
cp "$S/02-outage.eml" "$om/.Sub/new/3.c"
"$BIN" scan --dry-run "$om" > "$T/other.out" 2>/dev/null
eq "other Maildir: new/ and cur/ only, not dot-folders" 2 "$(wc -l < "$T/other.out")"
"$BIN" scan -q --maildir "$T/omd" "$om" > /dev/null
eq "other Maildir: originals kept" 2 "$(nin "$om")"

# --- errors
"$BIN" scan --dry-run "$T/no-such" 2> "$T/noinput.err" > /dev/null
eq "missing source: EX_NOINPUT" 66 $?
"$BIN" scan --maildir "$T/noinput-md" "$T/src" "$T/no-such" 2> /dev/null > /dev/null
eq "missing source among others: EX_NOINPUT" 66 $?
check "missing source: nothing filed" test "$(nfiled "$T/noinput-md" 2>/dev/null || echo 0)" -eq 0
"$BIN" scan --dry-run 2> /dev/null
eq "no source: EX_USAGE" 64 $?
mkdir -p "$T/nofilters"
printf 'rule broken\n zones subject\n pattern /(unclosed/\n weight 2\n' > "$T/nofilters/outage.rules"
"$BIN" scan --dry-run --filters "$T/nofilters" "$T/src" > /dev/null 2>&1
eq "broken filters: EX_CONFIG" 78 $?
# An unreadable file is logged and counted; the rest is filed; 75.
un=$T/unreadable
mkdir -p "$un"
cp "$S/02-outage.eml" "$S/05-question.eml" "$un/"
chmod 000 "$un/05-question.eml"
"$BIN" scan --maildir "$T/un-md" "$un" > /dev/null 2> "$T/un.err"
eq "unreadable file: EX_TEMPFAIL" 75 $?
check "unreadable file: logged" grep -q '05-question.eml: Permission denied' "$T/un.err"
check "unreadable file: counted" grep -q 'errors 1$' "$T/un.err"
eq "unreadable file: the other one filed" 1 "$(nfiled "$T/un-md")"
# An empty mbox has no messages.
: > "$T/empty.mbox"
"$BIN" scan --dry-run "$T/empty.mbox" > "$T/empty.out" 2>/dev/null
eq "empty mbox: exit 0" 0 $?
eq "empty mbox: no lines" 0 "$(wc -l < "$T/empty.out")"

finish
