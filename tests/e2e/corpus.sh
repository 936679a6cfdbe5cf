#!/usr/bin/env bash
# Every message of the public corpora (../shared/corpus/mime: SpamAssassin
# and the Ruby mail fixtures) goes through deliver without a crash, a hang
# or a lost message: exit 0 for each, and each either filed once or
# recognised as a redelivery of one already filed.
. "$(dirname "$0")/../lib.sh"
corpus=$SRC/../shared/corpus/mime
need file "$corpus" || finish
find "$corpus" -type f ! -name 'LICENSE*' ! -name 'MANIFEST*' ! -name 'SOURCE*' \
  ! -name '*-LICENSE' | sort > "$T/list"
total=$(wc -l < "$T/list")
md=$T/md
export BIN md T
# Two workers share one Maildir and ledger, as concurrent MTA deliveries do.
xargs -a "$T/list" -d '\n' -n 50 -P 2 bash -c '
  for f; do
    timeout -k 2 60 "$BIN" deliver --maildir "$md" < "$f" 2>> "$T/stderr.$$"
    rc=$?
    [ "$rc" -eq 0 ] || echo "$rc $f"
  done' _ > "$T/failures"
cat "$T"/stderr.* > "$T/stderr"
eq "every corpus message exits 0" "" "$(head -5 "$T/failures")"
# Why, when not: the errors and warnings deliver logged.
[ -s "$T/failures" ] && grep -E ': (error|warning): ' "$T/stderr" | head -20 | sed 's/^/# /'
delivered=$(grep -c ': delivered: ' "$T/stderr")
dups=$(grep -c ': duplicate, already delivered: ' "$T/stderr")
files=$(find "$md" -path '*/new/*' -type f | wc -l)
eq "each message filed or recognised as a redelivery ($total messages)" "$total" "$((delivered + dups))"
eq "one file on disk per delivery" "$delivered" "$files"
check "no crash or timeout" no_match -E '^(1[2-9][0-9]|124) ' "$T/failures"
echo "# $total messages: $delivered filed, $dups redeliveries, $(grep -c 'X-Triage-Error\|unparsable\|too large\|filter error' "$T/stderr") with warnings"
finish
