#!/usr/bin/env bash
# scan --dry-run against a floor of our own: the least any triage of a
# message must do in one process (floor.c: GMime parse, text parts
# decoded, HTML tags dropped, floor.patterns run with PCRE2 JIT). Both
# run over the same directory, in turns, ROUNDS times; whole-process CPU
# seconds (user + system) and messages/s of CPU, and scan's rate as a
# multiple of the floor's (issue #15's aim: 0.7 or more).
#
# usage: tests/bench/floor.sh [MAILTRIAGE] [DIR] [ROUNDS]
#   defaults: build/mailtriage, the shared labelled dev set, 5 rounds.
# Needs cc and the GMime and PCRE2 development files (the build's own).
# Not a test: ctest does not run it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:-$root/build/mailtriage}
dir=${2:-$root/../shared/corpus/labelled/dev}
rounds=${3:-5}
filters=${FILTERS:-$root/filters}
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
# shellcheck disable=SC2046
cc -O2 -o "$w/floor" "$here/floor.c" $(pkg-config --cflags --libs gmime-3.0 libpcre2-8)
find "$dir" -maxdepth 1 -type f -name '*.eml' | sort > "$w/list"
n=$(wc -l < "$w/list")
cpu() {  # cpu COMMAND...: its user + system seconds
  /usr/bin/time -f '%U %S' -o "$w/t" "$@" > /dev/null 2>&1 || true
  awk '{ print $1 + $2 }' "$w/t"
}
echo "messages $n (from $dir), $rounds rounds"
printf '%-8s %10s %10s\n' round floor scan
for r in $(seq "$rounds"); do
  a=$(cpu xargs -a "$w/list" "$w/floor" "$here/floor.patterns")
  b=$(cpu "$bin" scan --dry-run --filters "$filters" "$dir")
  printf '%-8s %9.2fs %9.2fs   scan/floor rate %.2f\n' "$r" "$a" "$b" \
    "$(awk -v a="$a" -v b="$b" 'BEGIN { print (b > 0 ? a / b : 0) }')"
done
