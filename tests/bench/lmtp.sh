#!/usr/bin/env bash
# Delivery throughput, one corpus, one disk, in one run: messages per
# second for
#   procmail  one process per message into a Maildir (the yardstick),
#   deliver   one "mailtriage deliver" process per message,
#   lmtpd     "mailtriage lmtpd" on a unix socket, SESSIONS clients at once,
# and the ratios to procmail. Every message is fsync'd by each (procmail
# writes Maildir files with fsync too).
#
# usage: tests/bench/lmtp.sh [MAILTRIAGE] [DIR] [COUNT] [SESSIONS]
#   defaults: build/mailtriage, the shared labelled dev set, 400 messages,
#   4 sessions. Run as a user other than root (mail is never written as
#   root). Not a test: ctest does not run it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:-$root/build/mailtriage}
dir=${2:-$root/../shared/corpus/labelled/dev}
count=${3:-400}
sessions=${4:-4}
command -v procmail > /dev/null || { echo "bench: needs procmail" >&2; exit 2; }
[ "$(id -u)" -ne 0 ] || { echo "bench: run as a user other than root" >&2; exit 2; }
w=$(mktemp -d)
trap 'kill $lp 2>/dev/null; rm -rf "$w"' EXIT
lp=
mkdir -p "$w/in"
find "$dir" -maxdepth 1 -type f -name '*.eml' | sort | head -n "$count" |
  while IFS= read -r f; do cp "$f" "$w/in/"; done
n=$(ls "$w/in" | wc -l)
export MAILTRIAGE_FILTERS=${MAILTRIAGE_FILTERS:-$root/filters}
now() { date +%s.%N; }
rate() { awk -v n="$n" -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", n / (b - a) }'; }

# procmail: DEFAULT ending in / is a Maildir.
printf 'DEFAULT=%s/pm/\nLOGFILE=/dev/null\n' "$w" > "$w/procmailrc"
t0=$(now)
for f in "$w"/in/*; do HOME=$w procmail -m "$w/procmailrc" < "$f"; done
t1=$(now); pm=$(rate "$t0" "$t1")

printf '[general]\nmaildir = %s/dl\n' "$w" > "$w/dl.conf"
t0=$(now)
for f in "$w"/in/*; do "$bin" deliver -q -c "$w/dl.conf" < "$f"; done
t1=$(now); dl=$(rate "$t0" "$t1")

printf '[general]\nmaildir = %s/lm\n[lmtp]\nlisten = unix:%s/lmtp.sock\nsessions = %s\n' \
  "$w" "$w" "$sessions" > "$w/lm.conf"
"$bin" lmtpd -c "$w/lm.conf" 2> "$w/lmtpd.log" &
lp=$!
for _ in $(seq 100); do [ -S "$w/lmtp.sock" ] && break; sleep 0.05; done
per=$(( (n + sessions - 1) / sessions ))
t0=$(now)
got=$(python3 "$root/tests/data/lmtp/lmtpc.py" "$w/lmtp.sock" parallel "$sessions" "$per" \
  bench@example.com support@example.com "$w/in")
t1=$(now)
lm=$(awk -v n="$((sessions * per))" -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", n / (b - a) }')
[ "$got" -eq "$((sessions * per))" ] || echo "bench: lmtpd filed $got of $((sessions * per))" >&2

printf 'messages %d (from %s)\n' "$n" "$dir"
printf '%-10s %10s %12s\n' "" "msg/s" "x procmail"
for r in "procmail $pm" "deliver $dl" "lmtpd $lm"; do
  set -- $r
  awk -v k="$1" -v v="$2" -v p="$pm" 'BEGIN { printf "%-10s %10.1f %12.2f\n", k, v, v / p }'
done
