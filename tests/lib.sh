# Shared helpers for the end-to-end tests (sourced, not run).
# Each test script gets BIN (the mailtriage binary) and SRC (source tree).
#
# mailtriage never writes mail as root, so a test started as root runs
# again as an unprivileged user (MT_TEST_USER, created once), from a copy
# of the binary and the source tree that user can read. A script whose
# subject is root itself sets, before sourcing this file:
#   MT_ROOT=allow  run as whoever started it, root included;
#   MT_ROOT=need   run only as root.
# The copy has each ../shared/corpus/NAME beside the tree that the
# script names, and the build's programs named in MT_BINS (paths
# relative to the binary's directory) beside the binary.
#
# Exit status (finish): 0 all checks passed, 1 a check failed or none ran,
# 77 something needed was missing (see need): ctest reports it skipped.
set -u
BIN=$1
SRC=$2
MT_TEST_USER=${MT_TEST_USER:-mailtriage-test}
pass=0
fail=0
skipped=

ok() { pass=$((pass + 1)); printf 'ok %d - %s\n' "$((pass + fail))" "$1"; }
not_ok() { fail=$((fail + 1)); printf 'not ok %d - %s\n' "$((pass + fail))" "$1"; }
# unavailable "WHAT": a prerequisite is missing. Under CI=true that is a
# failed check; elsewhere the test goes on without it and ends skipped.
unavailable() {
  if [ "${CI:-}" = true ]; then
    not_ok "$1 (CI=true: a missing prerequisite fails the test)"
  else
    skipped+="$1; "
    echo "# SKIP $1"
  fi
}
# need tool NAME... | need file PATH... | need root | need hooks
# Returns 0 when all are there, else reports them unavailable and returns
# 1: `need tool strace && { checks; }`, or `need root || finish` to stop.
need() {
  local kind=$1 x missing=
  shift
  case $kind in
    tool) for x; do command -v "$x" > /dev/null || missing+=" $x"; done
          [ -z "$missing" ] || missing+=" (bash contrib/install-deps.sh --test)" ;;
    file) for x; do [ -e "$x" ] || missing+=" $x"; done ;;
    root) [ "$(id -u)" = 0 ] || missing=" (run the test as root)" ;;
    hooks) "$BIN" --version | grep -q 'test hooks' ||
             missing=" (a test build: cmake -DMT_TEST_HOOKS=ON, as tests/run-all.sh does)" ;;
    *) echo "need: unknown kind '$kind'" >&2; exit 2 ;;
  esac
  [ -z "$missing" ] && return 0
  unavailable "needs $kind$missing"
  return 1
}
# The same, stopping the test (finish) when something is missing.
need_tool() { need tool "$@" || finish; }
need_file() { need file "$@" || finish; }
finish() {
  printf '%d passed, %d failed%s\n' "$pass" "$fail" "${skipped:+, skipped: ${skipped%; }}"
  [ "$fail" -eq 0 ] || exit 1
  [ -z "$skipped" ] || exit 77
  [ "$pass" -gt 0 ] || { echo "not ok - no check ran"; exit 1; }
  exit 0
}

# The unprivileged test user (tests running in parallel race to create it).
mt_test_user() {
  local i
  for i in $(seq 50); do
    id -u "$MT_TEST_USER" > /dev/null 2>&1 && return 0
    useradd --system --user-group --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin "$MT_TEST_USER" 2> /dev/null && return 0
    sleep 0.1
  done
  id -u "$MT_TEST_USER" > /dev/null 2>&1
}
# Root, and the script did not ask for root: run it again as MT_TEST_USER
# from a fresh copy (the build and the clone may sit where that user
# cannot read), with a HOME of its own; its exit status is ours.
if [ "$(id -u)" = 0 ] && [ -z "${MT_ROOT:-}" ]; then
  mt_test_user || { echo "not ok - cannot create the test user $MT_TEST_USER"; exit 1; }
  W=$(mktemp -d /tmp/mt-e2e-user.XXXXXX)
  trap '[ -n "${MT_KEEP:-}" ] && echo "kept $W" || rm -rf "$W"' EXIT
  mkdir -p "$W/bin" "$W/src" "$W/home" "$W/tmp"
  cp "$BIN" "$W/bin/mailtriage"
  # Its modules (module.h), found beside it.
  for m in "$(dirname "$BIN")"/mailtriage-*.so; do
    [ -e "$m" ] && cp "$m" "$W/bin/"
  done
  # MT_BINS: more programs of the build the script runs (tests/check_x).
  for b in ${MT_BINS:-}; do
    mkdir -p "$W/bin/$(dirname "$b")" && cp "$(dirname "$BIN")/$b" "$W/bin/$b"
  done
  # The tree without .git and without build directories.
  tar -C "$SRC" --exclude=./.git --exclude-tag-all=CMakeCache.txt -cf - . | tar -C "$W/src" -xf -
  for p in $(grep -oE '\.\./shared/corpus/[A-Za-z0-9_.-]+' "$0" | sort -u); do
    if [ -e "$SRC/$p" ]; then
      mkdir -p "$W/src/$(dirname "$p")" && cp -r "$SRC/$p" "$W/src/$p"
    fi
  done
  chmod -R a+rX "$W"
  chown "$MT_TEST_USER:" "$W/home" "$W/tmp"
  echo "# as $MT_TEST_USER, from a copy in $W"
  (cd "$W" && runuser -u "$MT_TEST_USER" -- env HOME="$W/home" TMPDIR="$W/tmp" \
    MAILTRIAGE_FILTERS="$W/src/filters" MAILTRIAGE_MODULES="$W/bin" \
    bash "$W/src/tests/e2e/$(basename "$0")" "$W/bin/mailtriage" "$W/src")
  exit $?
fi
[ "${MT_ROOT:-}" = need ] && { need root || finish; }
# The tree's filters, not an installed copy, unless a test says otherwise;
# the build's modules, also for its other programs (tests/check_x).
export MAILTRIAGE_FILTERS=${MAILTRIAGE_FILTERS:-$SRC/filters}
export MAILTRIAGE_MODULES=${MAILTRIAGE_MODULES:-$(cd "$(dirname "$BIN")" && pwd)}
# user_dir DIR: makes DIR; under root (MT_ROOT set) owned by MT_TEST_USER,
# so that mailtriage started as root drops to that user to write below it.
user_dir() {
  mkdir -p "$1" || return 1
  [ "$(id -u)" != 0 ] || { mt_test_user && chown "$MT_TEST_USER:" "$1"; }
}

T=$(mktemp -d "${TMPDIR:-/tmp}/mt-e2e.XXXXXX")
chmod 0755 "$T"
trap 'rm -rf "$T"' EXIT
check() {  # check "description" command...
  local d=$1; shift
  if "$@"; then ok "$d"; else not_ok "$d"; fi
}
eq() {  # eq "description" expected actual
  if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1 (expected '$2', got '$3')"; fi
}
# no_match [GREP-OPTIONS] PATTERN FILE: FILE was read and no line matches
# (grep says 1; a missing or unreadable file, 2, proves nothing).
no_match() { grep -q "$@"; [ $? -eq 1 ]; }
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
