#!/usr/bin/env bash
# IMAP filing throughput: `mailtriage poll --once` against imapfilter on
# the same throwaway Dovecot (tests/dovecot-lib.sh, as the IMAP e2e tests
# start it), each run on an inbox freshly filled with the same messages:
# each reads every new message, decides a level (mailtriage: its filters;
# imapfilter: a few regular expressions over subject and body), adds a
# keyword and moves it into that level's folder. The runs alternate
# (mailtriage, imapfilter, imapfilter, mailtriage, ...) and are compared
# round by round, as messages per second.
#
# usage: tests/bench/poll.sh [MAILTRIAGE] [DIR] [COUNT] [ROUNDS]
#   defaults: build/mailtriage, the shared labelled dev set, 300
#   messages, 3 rounds. Run as a user other than root (Dovecot will not
#   deliver mail as root). Needs imapfilter (contrib/install-deps.sh
#   --test). Not a test: ctest does not run it.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:-$root/build/mailtriage}
dir=${2:-$root/../shared/corpus/labelled/dev}
count=${3:-300}
rounds=${4:-3}
command -v imapfilter > /dev/null || { echo "bench: needs imapfilter" >&2; exit 2; }
[ "$(id -u)" -ne 0 ] || { echo "bench: run as a user other than root" >&2; exit 2; }

# What tests/dovecot-lib.sh needs of tests/lib.sh.
SRC=$root
T=$(mktemp -d)
ok() { :; }
not_ok() { echo "bench: $1" >&2; }
need() { shift; local x; for x; do command -v "$x" > /dev/null || { echo "bench: needs $x" >&2; return 1; }; done; }
finish() { exit 2; }
. "$root/tests/dovecot-lib.sh"

mkdir -p "$T/in" "$T/home"
find "$dir" -maxdepth 1 -type f -name '*.eml' | sort | head -n "$count" |
  while IFS= read -r f; do cp "$f" "$T/in/"; done
n=$(ls "$T/in" | wc -l)
export MAILTRIAGE_FILTERS=${MAILTRIAGE_FILTERS:-$root/filters}

# fill: an empty account whose inbox holds the n messages, unseen (the
# server is idle between runs: no session has the mailbox open).
fill() {
  local m=$DV/mail/support i=0 f
  rm -rf "$m"
  mkdir -p "$m/new" "$m/cur" "$m/tmp"
  for f in "$T"/in/*; do
    i=$((i + 1))
    cp "$f" "$m/new/1700000000.M${i}P1.bench"
  done
}
# filed: how many messages are in the level folders (Triage.*).
filed() { find "$DV"/mail/support/.Triage.* -type f \( -path '*/cur/*' -o -path '*/new/*' \) 2>/dev/null | wc -l; }

cat > "$T/mt.conf" <<CONF
[general]
ledger = $T/ledger.db
maildir = $T/md
[account support]
host = 127.0.0.1
port = $IMAP_PORT
tls = none
allow_plaintext = true
user = support
password_file = $T/pw
timeout = 60
CONF
# imapfilter, two ways, over plain IMAP on 127.0.0.1 for all three
# (imapfilter trusts only the system's CAs in /etc/ssl, not the test CA):
# "rules" as its documentation writes a filter, each level's rule a
# match_subject and a match_body over the messages no earlier rule took
# (each a fetch per message); "once" at its best, every message fetched
# once and the same rules run over it. Both then add the level's keyword
# with one STORE and move with one COPY per level (its move: COPY,
# \Deleted, EXPUNGE at the end).
cat > "$T/head.lua" <<LUA
options.timeout = 60
options.create = true
options.subscribe = true
options.expunge = true
options.info = false
options.starttls = false
local account = IMAP {
  server = '127.0.0.1', port = $IMAP_PORT,
  username = 'support', password = 'secret',
}
local rules = {
  { 'Critical', '(?i)(data breach|hacked|security incident|lawsuit|legal action|fraud)' },
  { 'High', '(?i)(outage|is down|not working|cannot access|error 50[0-9])' },
  { 'Medium', '(?i)(refund|charged twice|invoice|locked out|password reset)' },
}
local inbox = account.INBOX
local rest = inbox:select_all()
local sets = {}
LUA
cat > "$T/tail.lua" <<'LUA'
for level, set in pairs(sets) do
  set:add_flags({ '$Triage_' .. level })
  set:move_messages(account['Triage.' .. level])
end
LUA
cat "$T/head.lua" - "$T/tail.lua" > "$T/rules.lua" <<'LUA'
for _, r in ipairs(rules) do
  sets[r[1]] = rest:match_subject(r[2]) + rest:match_body(r[2])
  rest = rest - sets[r[1]]
end
sets.Low = rest
LUA
cat "$T/head.lua" - "$T/tail.lua" > "$T/once.lua" <<'LUA'
local text = inbox:fetch_message(rest) or {}
for _, m in ipairs(rest) do
  local _, uid = table.unpack(m)
  local level = 'Low'
  for _, r in ipairs(rules) do
    if regex_search(r[2], text[uid] or '') then level = r[1]; break end
  end
  sets[level] = sets[level] or Set {}
  table.insert(sets[level], m)
end
LUA

now() { date +%s.%N; }
# run WHO: fills the inbox, runs WHO over it, prints its seconds.
run() {
  local t0 t1 rc
  fill
  rm -f "$T"/ledger.db*
  t0=$(now)
  case $1 in
    mailtriage) "$bin" poll -q -c "$T/mt.conf" --once 2> "$T/run.err" ;;
    rules|once) HOME=$T/home imapfilter -c "$T/$1.lua" > "$T/run.err" 2>&1 ;;
  esac
  rc=$?
  t1=$(now)
  [ "$rc" -eq 0 ] || { echo "bench: $1 failed ($rc):" >&2; cat "$T/run.err" >&2; exit 1; }
  [ "$(filed)" -eq "$n" ] || echo "bench: $1 filed $(filed) of $n" >&2
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'
}
rate() { awk -v n="$n" -v s="$1" 'BEGIN { printf "%.0f", n / s }'; }

printf 'messages %d (from %s), %s cores, load %s\n' "$n" "$dir" "$(nproc)" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-5s %12s %18s %17s %8s %8s\n' run "mailtriage" "imapfilter rules" \
  "imapfilter once" "x rules" "x once"
xr= xo=
for p in $(seq "$rounds"); do
  a=$(run mailtriage) || exit 1
  b=$(run rules) || exit 1
  c=$(run once) || exit 1
  r=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", b / a }')
  o=$(awk -v a="$a" -v c="$c" 'BEGIN { printf "%.2f", c / a }')
  xr="$xr $r" xo="$xo $o"
  printf '%-5s %12s %18s %17s %8s %8s\n' "$p" "$(rate "$a")" "$(rate "$b")" \
    "$(rate "$c")" "$r" "$o"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf 'msg/s; mailtriage as a multiple of imapfilter, median: %s (rules), %s (once)\n' \
  "$(median $xr)" "$(median $xo)"
printf 'load after: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
