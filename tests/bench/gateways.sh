#!/usr/bin/env bash
# Shared-ledger throughput: messages per second delivered into one Maildir
# by 1, 2 and 4 gateway processes at once (each message one `mailtriage
# deliver`, as an MTA runs it) on one PostgreSQL ledger, against one
# process on a SQLite ledger. The server is a throwaway one started here,
# with its defaults (fsync on), on a Unix socket.
#
# usage: tests/bench/gateways.sh [MAILTRIAGE] [DIR] [COUNT]
#   defaults: build/mailtriage, the shared labelled dev set, 400 messages.
#   Run as a user other than root (PostgreSQL and mail refuse root).
#   Not a test: ctest does not run it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:-$root/build/mailtriage}
dir=${2:-$root/../shared/corpus/labelled/dev}
count=${3:-400}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$pgbin/initdb" ] || { echo "bench: needs PostgreSQL (postgresql-15)" >&2; exit 2; }
[ "$(id -u)" -ne 0 ] || { echo "bench: run as a user other than root" >&2; exit 2; }
w=$(mktemp -d)
trap '"$pgbin/pg_ctl" -D "$w/pg" -m immediate stop > /dev/null 2>&1; rm -rf "$w"' EXIT
mkdir -p "$w/in"
find "$dir" -maxdepth 1 -type f -name '*.eml' | sort | head -n "$count" |
  while IFS= read -r f; do cp "$f" "$w/in/"; done
n=$(ls "$w/in" | wc -l)
export MAILTRIAGE_FILTERS=${MAILTRIAGE_FILTERS:-$root/filters}
"$pgbin/initdb" -D "$w/pg" -A trust > /dev/null
"$pgbin/pg_ctl" -D "$w/pg" -l "$w/pg.log" -w -o "-k $w -c listen_addresses=" start > /dev/null
now() { date +%s.%N; }
# run NAME LEDGER PROCS: msg/s for n messages by PROCS processes at once.
run() {
  printf '[general]\nmaildir = %s/md-%s\nledger = %s\nledger_timeout = 120\n' \
    "$w" "$1" "$2" > "$w/$1.conf"
  local t0 t1
  t0=$(now)
  ls "$w"/in/* | xargs -P "$3" -n 1 sh -c '"$0" deliver -q -c "$1" < "$2"' "$bin" "$w/$1.conf"
  t1=$(now)
  awk -v n="$n" -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", n / (b - a) }'
}
sq=$(run sqlite "$w/sqlite.db" 1)
printf 'messages %d (from %s), %s cores\n' "$n" "$dir" "$(nproc)"
printf '%-22s %10s %12s\n' "" "msg/s" "x sqlite-1"
printf '%-22s %10s %12s\n' "sqlite, 1 process" "$sq" "1.00"
for p in 1 2 4; do
  psql -X -q -h "$w" -d postgres -c "CREATE DATABASE g$p"
  r=$(run "pg$p" "postgresql:///g$p?host=$w" "$p")
  files=$(find "$w/md-pg$p" -path '*/new/*' -type f | wc -l)
  [ "$files" -eq "$n" ] || echo "bench: $p processes filed $files of $n" >&2
  printf '%-22s %10s %12s\n' "postgresql, $p process$([ "$p" = 1 ] || echo es)" "$r" \
    "$(awk -v a="$r" -v b="$sq" 'BEGIN { printf "%.2f", a / b }')"
done
