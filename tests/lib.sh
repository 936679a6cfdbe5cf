# Shared helpers for the end-to-end tests (sourced, not run).
# Each test script gets BIN (the mailtriage binary) and SRC (source tree).
set -u
BIN=$1
SRC=$2
T=$(mktemp -d "${TMPDIR:-/tmp}/mt-e2e.XXXXXX")
chmod 0755 "$T"
trap 'rm -rf "$T"' EXIT
pass=0
fail=0

ok() { pass=$((pass + 1)); printf 'ok %d - %s\n' "$((pass + fail))" "$1"; }
not_ok() { fail=$((fail + 1)); printf 'not ok %d - %s\n' "$((pass + fail))" "$1"; }
check() {  # check "description" command...
  local d=$1; shift
  if "$@"; then ok "$d"; else not_ok "$d"; fi
}
eq() {  # eq "description" expected actual
  if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1 (expected '$2', got '$3')"; fi
}
# The value of header NAME in FILE's header block (first occurrence),
# folded lines joined with one space.
hdr() {
  awk -v n="$(printf '%s' "$1" | tr A-Z a-z)" '
    { sub(/\r$/, "") }
    found && /^[ \t]/ { sub(/^[ \t]+/, " "); v = v $0; next }
    found || /^$/ { exit }
    { i = index($0, ":"); if (i && tolower(substr($0, 1, i - 1)) == n) {
        v = substr($0, i + 1); sub(/^[ \t]+/, "", v); found = 1 } }
    END { if (found) print v }' "$2"
}
# FILE without the X-Triage-* header block we prepended (with its folded
# continuation lines): what must equal the original bytes.
strip_tags() {
  awk 'BEGIN { ours = 1 }
    ours && /^X-Triage-[A-Za-z-]+:/ { next }
    ours && /^[ \t]/ { next }
    { ours = 0; print }' "$1"
}
# The only file in DIR/new (fails when there is not exactly one).
only_file() {
  local n
  n=$(find "$1/new" -type f 2>/dev/null | wc -l)
  [ "$n" -eq 1 ] || { echo "expected one file in $1/new, found $n" >&2; return 1; }
  find "$1/new" -type f
}
# A stand-in sendmail at $T/sendmail that keeps each mail it is given in
# $T/outbox/msg.* (and its arguments in msg.*.args); notices counts them.
fake_sendmail() {
  mkdir -p "$T/outbox"
  cat > "$T/sendmail" <<SH
#!/bin/sh
f=\$(mktemp "$T/outbox/msg.XXXXXX")
printf '%s\n' "\$*" > "\$f.args"
cat > "\$f"
SH
  chmod +x "$T/sendmail"
}
notices() { find "$T/outbox" -type f ! -name '*.args' | wc -l; }
finish() {
  printf '%d passed, %d failed\n' "$pass" "$fail"
  [ "$fail" -eq 0 ]
}
