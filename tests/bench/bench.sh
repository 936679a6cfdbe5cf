#!/usr/bin/env bash
# Classification throughput: messages per second for parse + detect.
#
# usage: tests/bench/bench.sh [MAILTRIAGE] [DIR...]
#   MAILTRIAGE  the binary (default: build/mailtriage beside this tree)
#   DIR         directories of messages (default: the shared labelled dev
#               set and the SpamAssassin corpus)
#
# Preferred mode ("scan"): one process over the whole directory with
# `mailtriage scan --dry-run DIR`, so the figure is parse + detect only.
# Fallback ("filter"): while scan does not exist, one `mailtriage filter`
# process per message; that figure includes process start-up and filter
# loading per message and is much lower. The mode measured is printed.
# Not a test: ctest does not run it.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:-$root/build/mailtriage}
[ $# -gt 0 ] && shift
filters=${FILTERS:-$root/filters}
if [ $# -eq 0 ]; then
  corpus=$(cd "$root/../shared/corpus" 2>/dev/null && pwd) ||
    { echo "bench: no corpus at $root/../shared/corpus; give DIRs" >&2; exit 2; }
  set -- "$corpus/labelled/dev" "$corpus/mime/spamassassin"
fi
[ -x "$bin" ] || { echo "bench: $bin is not executable" >&2; exit 2; }

if "$bin" scan --help >/dev/null 2>&1; then mode=scan; else mode=filter; fi

now() { date +%s.%N; }

# The message directories under DIR: DIR itself, or its subdirectories when
# it has any (the SpamAssassin corpus keeps its mail in five of them).
leaves() {
  local d
  if find "$1" -mindepth 1 -maxdepth 1 -type d | grep -q .; then
    find "$1" -mindepth 1 -maxdepth 1 -type d | sort
  else
    echo "$1"
  fi
}
msgs() { find "$1" -maxdepth 1 -type f ! -name '*.tsv' ! -name '.*'; }

for dir in "$@"; do
  [ -d "$dir" ] || { echo "bench: $dir is not a directory" >&2; continue; }
  n=0; t0=$(now)
  for leaf in $(leaves "$dir"); do
    k=$(msgs "$leaf" | wc -l); n=$((n + k))
    if [ "$mode" = scan ]; then
      "$bin" scan --dry-run --filters "$filters" "$leaf" >/dev/null 2>&1
    else
      msgs "$leaf" | while IFS= read -r f; do
        "$bin" filter -q --filters "$filters" < "$f" >/dev/null 2>&1
      done
    fi
  done
  t1=$(now)
  [ "$n" -gt 0 ] || { echo "bench: no messages in $dir" >&2; continue; }
  awk -v n="$n" -v a="$t0" -v b="$t1" -v d="$dir" -v m="$mode" 'BEGIN {
    s = b - a; if (s <= 0) s = 1e-9
    printf "%-50s %6d msgs %8.2f s %10.1f msgs/s  (mode: %s)\n", d, n, s, n / s, m }'
done
