#!/usr/bin/env bash
# mailtriage deliver and filter, end to end, on the bundled samples and
# on hand-made bad input.
. "$(dirname "$0")/../lib.sh"
S=$SRC/contrib/samples

# --- each sample lands in its priority folder with the right headers
while read -r file folder prio sigs; do
  md=$T/md-$file
  "$BIN" deliver -q --maildir "$md" < "$S/$file"
  eq "$file: exit 0" 0 $?
  f=$(only_file "$md/.$folder") || { not_ok "$file: in $folder"; continue; }
  ok "$file: in $folder"
  eq "$file: priority" "$prio" "$(hdr X-Triage-Priority "$f")"
  eq "$file: signals" "$sigs" "$(hdr X-Triage-Signals "$f")"
  eq "$file: category" "${sigs%%,*}" "$(hdr X-Triage-Category "$f")"
  check "$file: ticket id" grep -qE '^X-Triage-Ticket: [0-9]+' "$f"
  check "$file: SLA due date" grep -qE '^X-Triage-SLA-Due: [A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} ' "$f"
  check "$file: rules listed" grep -qE '^X-Triage-Rules: ' "$f"
  # The original bytes follow our headers unchanged (no From_ line and no
  # X-Triage-* in these samples but 08's, handled below).
  if [ "$file" != 08-forged.eml ]; then
    check "$file: original bytes preserved" cmp -s <(strip_tags "$f") "$S/$file"
  fi
  check "$file: mode 0600" test "$(stat -c %a "$f")" = 600
  check "$file: Maildir name with size" \
    bash -c "[[ \$(basename '$f') =~ ^[0-9]+\.M[0-9]+P[0-9]+Q[0-9]+\..+,S=$(stat -c %s "$f")\$ ]]"
done <<'TABLE'
01-smoke.eml Triage.Critical critical safety
02-outage.eml Triage.High high outage
03-double-charge.eml Triage.Medium medium payment
04-locked-out.eml Triage.Medium medium account
05-question.eml Triage.Low low none
06-refund-crlf.eml Triage.Medium medium payment
07-breach.eml Triage.Critical critical safety,payment
08-forged.eml Triage.Low low none
TABLE

# --- CRLF in, CRLF headers out
f=$(only_file "$T/md-06-refund-crlf.eml/.Triage.Medium")
check "CRLF message gets CRLF headers" bash -c "head -1 '$f' | grep -q \$'\\r\$'"

# --- forged X-Triage-* headers are removed, everything else kept
f=$(only_file "$T/md-08-forged.eml/.Triage.Low")
eq "forged headers removed" 8 "$(grep -ci '^X-Triage-' "$f")"
check "forged: the rest is the original minus its X-Triage lines" cmp -s <(strip_tags "$f") <(grep -vi '^X-Triage-' "$S/08-forged.eml")
check "forged critical gone" no_match 'X-Triage-Priority: critical' "$f"
# (continuation lines left out on both sides: our X-Triage-Rules folds
# when many rules are listed)
check "rest of 08 preserved" cmp -s <(grep -vi '^X-Triage-' "$f" | grep -v '^[[:blank:]]') \
  <(grep -vi '^X-Triage-' "$S/08-forged.eml" | grep -v '^[[:blank:]]')

# --- redelivery (an MTA retry) does not produce a second copy
md=$T/redeliver
"$BIN" deliver -q --maildir "$md" < "$S/02-outage.eml"
"$BIN" deliver -q --maildir "$md" < "$S/02-outage.eml"
eq "redelivery exits 0" 0 $?
eq "redelivery: one copy" 1 "$(find "$md" -path '*/new/*' -type f | wc -l)"
# ...also after the reader moved it to cur/ with flags
mv "$(only_file "$md/.Triage.High")" "$md/.Triage.High/cur/$(basename "$(find "$md/.Triage.High/new" -type f)"):2,S"
"$BIN" deliver -q --maildir "$md" < "$S/02-outage.eml"
eq "redelivery after read: still one copy" 1 "$(find "$md" -path '*/cur/*' -o -path '*/new/*' -type f | grep -c .)"
# A new Received: line from the MTA does not make it a new message.
{ printf 'Received: from retry.example by mx; Mon, 16 Nov 2026 09:10:00 +0000\n'; cat "$S/02-outage.eml"; } |
  "$BIN" deliver -q --maildir "$md"
eq "redelivery with a new Received line: still one copy" 1 "$(find "$md/.Triage.High/new" "$md/.Triage.High/cur" -type f | wc -l)"

# --- without a Message-ID: a retry is still one copy, but two different
# mails with the same text are two
md=$T/nomid
printf 'From: a@example.com\nSubject: Refund\nDate: Mon, 16 Nov 2026 09:00:00 +0000\n\nRefund please.\n' > "$T/nomid1.eml"
"$BIN" deliver -q --maildir "$md" < "$T/nomid1.eml"
{ printf 'Received: from retry.example by mx; Mon, 16 Nov 2026 09:10:00 +0000\n'; cat "$T/nomid1.eml"; } |
  "$BIN" deliver -q --maildir "$md"
eq "no Message-ID, retried: one copy" 1 "$(find "$md" -path '*/new/*' -type f | wc -l)"
printf 'From: b@example.com\nSubject: Refund\nDate: Mon, 16 Nov 2026 09:05:00 +0000\n\nRefund please.\n' |
  "$BIN" deliver -q --maildir "$md"
eq "no Message-ID, another sender, same text: filed too" 2 "$(find "$md" -path '*/new/*' -type f | wc -l)"

# --- malformed input is still delivered, to INBOX, with X-Triage-Error
md=$T/bad
printf '\x00\x01\x02 not a mail \xff\xfe\n' | "$BIN" deliver -q --maildir "$md"
eq "binary junk: exit 0" 0 $?
f=$(only_file "$md") && ok "binary junk: delivered to INBOX" || not_ok "binary junk: delivered to INBOX"
[ -n "$f" ] && check "binary junk: X-Triage-Error" grep -q '^X-Triage-Error: ' "$f"
: | "$BIN" deliver -q --maildir "$T/empty"
eq "empty message: exit 0" 0 $?
check "empty message: delivered" test "$(find "$T/empty/new" -type f | wc -l)" -eq 1
printf 'Subject: broken\nContent-Type: multipart/mixed; boundary="x"\n\n--x\nContent-Type: text/plain; charset=no-such-charset\n\nthe site is down \xe4\xf6\xfc\n' |
  "$BIN" deliver -q --maildir "$T/broken"
eq "missing closing boundary, bogus charset: exit 0" 0 $?
check "bogus charset: delivered" test "$(find "$T/broken" -path '*/new/*' -type f | wc -l)" -eq 1

# --- a giant message: delivered whole, unclassified, with the reason
md=$T/giant
{ printf 'From: big@example.com\nSubject: the site is down\nMessage-ID: <giant@test>\n\n'
  head -c 40000000 /dev/zero | tr '\0' 'x'; printf '\n'; } > "$T/giant.eml"
"$BIN" deliver -q --maildir "$md" < "$T/giant.eml"
eq "40 MB message: exit 0" 0 $?
f=$(only_file "$md") && ok "40 MB message: in INBOX" || not_ok "40 MB message: in INBOX"
[ -n "$f" ] && check "40 MB message: X-Triage-Error says why" grep -q '^X-Triage-Error: too large to classify: 40000' "$f"
[ -n "$f" ] && check "40 MB message: every byte kept" cmp -s <(strip_tags "$f") "$T/giant.eml"
rm -f "$T/giant.eml"

# --- a hostile regex in a site filter: the rule hits the match limit,
# counts as not matched, is named; the message is still delivered, to
# its priority folder (a rule error costs that rule only)
mkdir -p "$T/hostile"
printf 'rule nested\n    zones body\n    pattern /(a+)+$/\n    weight 2\n    desc catastrophic backtracking\n' > "$T/hostile/outage.rules"
printf '[filters]\nlocal_dir = %s\n[limits]\nmatch_limit = 100000\n' "$T/hostile" > "$T/hostile.conf"
{ printf 'From: x@example.com\nSubject: hello\nMessage-ID: <hostile@test>\n\n'
  printf 'a%.0s' $(seq 5000); printf '!\n'; } > "$T/hostile.eml"
"$BIN" deliver -c "$T/hostile.conf" --maildir "$T/hmd" < "$T/hostile.eml" 2> "$T/hostile.err"
eq "hostile regex: exit 0" 0 $?
f=$(only_file "$T/hmd/.Triage.Low") && ok "hostile regex: delivered to its priority folder" || not_ok "hostile regex: delivered to its priority folder"
[ -n "$f" ] && check "hostile regex: X-Triage-Error names the rule" grep -q '^X-Triage-Error: filter error: outage/nested: match limit' "$f"
check "hostile regex: logged" grep -q 'outage/nested: match limit' "$T/hostile.err"
"$BIN" check -c "$T/hostile.conf" --filters "$SRC/filters" > /dev/null 2> "$T/hostile.check"
check "check warns about the nested quantifier" grep -q 'outage.rules:3:14: warning: pattern may backtrack catastrophically' "$T/hostile.check"

# --- a Maildir we cannot write: 75, nothing half-written
ro=$T/ro
mkdir -p "$ro"
chmod 0555 "$ro"	# (never root here: lib.sh runs us as a plain user)
"$BIN" deliver -q --maildir "$ro/md" < "$S/02-outage.eml"
eq "read-only Maildir: EX_TEMPFAIL" 75 $?
eq "read-only Maildir: nothing written" 0 "$(find "$ro" -type f | wc -l)"
md=$T/rofolder
"$BIN" deliver -q --maildir "$md" < "$S/05-question.eml"
chmod 0555 "$md/.Triage.Low/tmp" "$md/.Triage.Low/new"
"$BIN" deliver -q --maildir "$md" < "$S/08-forged.eml"
eq "unwritable folder: EX_TEMPFAIL" 75 $?
"$BIN" deliver -q --maildir "$md" < "$S/01-smoke.eml"
eq "other folders still work" 0 $?
# The deferred message left a pending ledger row (a crash between the
# ledger and the disk looks the same); the retry completes it, once.
chmod 0700 "$md/.Triage.Low/tmp" "$md/.Triage.Low/new"
db() { python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); r=c.execute(sys.argv[2]).fetchone(); c.commit(); print(r[0] if r else "")' "$md/mailtriage.db" "$1"; }
eq "deferred: a pending row" 0 "$(db "select delivered from messages where message_id='sample-08@example.net'")"
"$BIN" deliver -q --maildir "$md" < "$S/08-forged.eml"
eq "retry after the fix: exit 0" 0 $?
eq "retry: one copy" 1 "$(grep -rl 'sample-08@example.net' "$md/.Triage.Low" | wc -l)"
eq "retry: the row completed" 1 "$(db "select delivered from messages where message_id='sample-08@example.net'")"
eq "retry: tagged with the row's ticket" "$(db "select ticket_id from messages where message_id='sample-08@example.net'")" \
  "$(hdr X-Triage-Ticket "$(grep -rl 'sample-08@example.net' "$md/.Triage.Low")")"
# Written but not marked (a crash right after the link): no second copy.
db "update messages set delivered=0, path=NULL where message_id='sample-01@example.org'" > /dev/null
"$BIN" deliver -q --maildir "$md" < "$S/01-smoke.eml"
eq "written, not marked: exit 0" 0 $?
eq "written, not marked: still one copy" 1 "$(grep -rl 'sample-01@example.org' "$md" --exclude=mailtriage.db* | wc -l)"
eq "written, not marked: row completed" 1 "$(db "select delivered from messages where message_id='sample-01@example.org'")"

# --- a locked ledger past the timeout: 75
md=$T/locked
"$BIN" deliver -q --maildir "$md" < "$S/05-question.eml"
printf '[general]\nledger_timeout = 0.5\n' > "$T/short.conf"
python3 - "$md/mailtriage.db" <<'PY' &
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE"); open(sys.argv[1] + ".locked", "w").close(); time.sleep(4)
PY
for _ in $(seq 50); do [ -e "$md/mailtriage.db.locked" ] && break; sleep 0.1; done
"$BIN" deliver -q -c "$T/short.conf" --maildir "$md" < "$S/02-outage.eml"
eq "locked ledger: EX_TEMPFAIL" 75 $?
check "locked ledger: nothing delivered" test ! -d "$md/.Triage.High/new" -o "$(find "$md/.Triage.High/new" -type f 2>/dev/null | wc -l)" = 0
wait
"$BIN" deliver -q -c "$T/short.conf" --maildir "$md" < "$S/02-outage.eml"
eq "after the lock: delivered" 0 $?

# --- a broken config defers (75) instead of bouncing
printf '[general]\nmaildir = %s\n[priority]\noutage = urgent\n' "$T/cfg" > "$T/bad.conf"
"$BIN" deliver -c "$T/bad.conf" < "$S/02-outage.eml" 2> "$T/bad.err"
eq "bad config: EX_TEMPFAIL" 75 $?
check "bad config: file:line:col" grep -q "bad.conf:4:10: error: priority.outage: unknown level" "$T/bad.err"
printf '[general]\nmaildirr = x\n' > "$T/typo.conf"
"$BIN" filter -c "$T/typo.conf" < "$S/02-outage.eml" > "$T/typo.out" 2> "$T/typo.err"
eq "filter with a bad config: EX_CONFIG" 78 $?
check "unknown key reported with position" grep -q 'typo.conf:2:1: error: unknown key "maildirr"' "$T/typo.err"
eq "filter with a bad config: nothing on stdout" 0 "$(stat -c %s "$T/typo.out")"

# --- options before the command: deferred, not a usage error (a bounce)
"$BIN" -c "$T/custom.conf" deliver < "$S/02-outage.eml" 2> "$T/order.err"
eq "options before deliver: EX_TEMPFAIL" 75 $?
check "options before deliver: says how" grep -q 'the command comes first' "$T/order.err"
"$BIN" -c x frobnicate 2> /dev/null
eq "unknown command otherwise: EX_USAGE" 64 $?
# deliver is an MTA's delivery agent: what its entry declares (every
# failure before the message is safe defers) holds for usage errors too
"$BIN" deliver -c "$T/custom.conf" extra < "$S/02-outage.eml" 2> "$T/usage.err"
eq "deliver with an argument: EX_TEMPFAIL" 75 $?
check "deliver with an argument: says so" grep -q 'deliver takes no arguments' "$T/usage.err"
check "... and that the MTA will retry" grep -q 'message deferred: fix the command line' "$T/usage.err"
"$BIN" deliver --no-such-option < "$S/02-outage.eml" 2> /dev/null
eq "deliver with an unknown option: EX_TEMPFAIL" 75 $?
"$BIN" filter extra < "$S/02-outage.eml" > /dev/null 2>&1
eq "filter with an argument: EX_USAGE" 64 $?
"$BIN" list --maildir "$T/nowhere" > /dev/null 2>&1
eq "list without a ledger: EX_NOINPUT" 66 $?

# --- configured folders and levels are honoured
printf '[priority]\naccount = high\n[high]\nfolder = Support.Urgent\nsla_hours = 2\n' > "$T/custom.conf"
"$BIN" deliver -q -c "$T/custom.conf" --maildir "$T/custom" < "$S/04-locked-out.eml"
f=$(only_file "$T/custom/.Support.Urgent") && ok "custom folder" || not_ok "custom folder"
eq "custom level" high "$(hdr X-Triage-Priority "$f")"
check "maildirfolder marker" test -f "$T/custom/.Support.Urgent/maildirfolder"

# --- filter: tagged message on stdout, nothing delivered
"$BIN" filter < "$S/01-smoke.eml" > "$T/filtered"
eq "filter: exit 0" 0 $?
eq "filter: priority" critical "$(hdr X-Triage-Priority "$T/filtered")"
check "filter: no ticket (no ledger)" no_match '^X-Triage-Ticket' "$T/filtered"
check "filter: original follows" cmp -s <(strip_tags "$T/filtered") "$S/01-smoke.eml"
{ printf 'From someone@example.com Mon Nov 16 09:00:00 2026\n'; cat "$S/02-outage.eml"; } | "$BIN" filter > "$T/fromline"
check "filter: mbox From_ line dropped" no_match '^From someone' "$T/fromline"

# --- compiled patterns kept beside the ledger for the next process: the
# second delivery compiles nothing and files the same verdict
md=$T/cache
"$BIN" deliver -v --maildir "$md" < "$S/01-smoke.eml" 2> "$T/cache1.err"
"$BIN" filter -v --maildir "$md" < "$S/01-smoke.eml" 2> "$T/cache2.err" > /dev/null
check "cache: written beside the ledger" test -f "$md/mailtriage.db.rxcache"
eq "cache: mode 0600" 600 "$(stat -c %a "$md/mailtriage.db.rxcache")"
check "cache: first delivery compiles" grep -qE 'filter cache: [0-9]+ patterns taken, [1-9][0-9]* compiled' "$T/cache1.err"
check "cache: the same message again compiles none" grep -qE 'filter cache: [1-9][0-9]* patterns taken, 0 compiled' "$T/cache2.err"
f=$(only_file "$md/.Triage.Critical") && ok "cache: filed by its verdict" || not_ok "cache: filed by its verdict"
eq "cache: same signals as without" "$(hdr X-Triage-Rules "$T/md-01-smoke.eml/.Triage.Critical/new/"*)" "$(hdr X-Triage-Rules "$f")"
# Damaged: not used (compiled again), replaced, the mail filed all the same.
printf 'garbage' | dd of="$md/mailtriage.db.rxcache" bs=1 seek=200 conv=notrunc 2> /dev/null
"$BIN" deliver -v --maildir "$md" < "$S/03-double-charge.eml" 2> "$T/cache3.err"
eq "cache: damaged, still delivered" 0 $?
check "cache: damaged, compiled again" grep -qE 'filter cache: [0-9]+ patterns taken, [1-9][0-9]* compiled' "$T/cache3.err"
# Others may write it: left alone, not read.
chmod 0622 "$md/mailtriage.db.rxcache"
"$BIN" deliver -v --maildir "$md" < "$S/04-locked-out.eml" 2> "$T/cache4.err"
eq "cache: writable by others, still delivered" 0 $?
check "cache: writable by others, not used" grep -q 'rxcache: not used' "$T/cache4.err"
eq "cache: writable by others, left alone" 622 "$(stat -c %a "$md/mailtriage.db.rxcache")"
printf '[filters]\ncache = none\n' > "$T/nocache.conf"
"$BIN" deliver -v -c "$T/nocache.conf" --maildir "$T/nocache" < "$S/02-outage.eml" 2> "$T/cache5.err"
check "cache = none: no file" test ! -e "$T/nocache/mailtriage.db.rxcache"
check "cache = none: nothing said" no_match 'filter cache' "$T/cache5.err"

finish
