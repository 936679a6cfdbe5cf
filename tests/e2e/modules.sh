#!/usr/bin/env bash
# Modules (module.h): the program itself does not load libpq, libcurl,
# libmicrohttpd, libetpan or GnuTLS, and a delivery does not load them
# either; a missing module or one from another build is a clear error,
# and deliver defers (75) rather than lose the mail.
. "$(dirname "$0")/../lib.sh"
MODS=$MAILTRIAGE_MODULES
for m in pg alert http poll; do
  check "mailtriage-$m.so built beside the program" test -f "$MODS/mailtriage-$m.so"
done
libs=$(ldd "$BIN")
for l in libpq libcurl libmicrohttpd libetpan libgnutls; do
  check "the program does not link $l" bash -c "! grep -q '$l' <<< \"\$1\"" _ "$libs"
done
mkdir -p "$T/md"
printf '[general]\nmaildir = %s/md\n' "$T" > "$T/mt.conf"
LD_DEBUG=files "$BIN" deliver -c "$T/mt.conf" < "$SRC/contrib/samples/02-outage.eml" 2> "$T/ld.log"
eq "deliver: exit 0" 0 $?
for l in libpq libcurl libmicrohttpd libetpan libgnutls; do
  check "deliver loads no $l" bash -c "! grep -q 'file=$l' '$T/ld.log'"
done

# --- poll is the IMAP module's command: it loads libetpan, others don't
LD_DEBUG=files "$BIN" poll --help > "$T/poll-help.out" 2> "$T/ld-poll.log"
eq "poll --help: exit 0" 0 $?
check "poll --help: the module's options" grep -q -- '--once' "$T/poll-help.out"
check "poll loads libetpan (from the module)" grep -q 'file=libetpan' "$T/ld-poll.log"
"$BIN" --help > "$T/help.out"
check "the command list names poll without loading it" grep -q '^  poll ' "$T/help.out"

# --- a PostgreSQL ledger without its module: deferred, says what to do
mkdir -p "$T/bin" "$T/empty"
cp "$BIN" "$T/bin/mailtriage"
printf '[general]\nmaildir = %s/md\nledger = postgresql://mt@/mt?host=%s\n' "$T" "$T" > "$T/pg.conf"
MAILTRIAGE_MODULES=$T/empty "$T/bin/mailtriage" deliver -c "$T/pg.conf" < "$SRC/contrib/samples/01-smoke.eml" 2> "$T/nomod.err"
eq "module missing: deferred (75)" 75 $?
check "module missing: names the file and what to do" grep -q 'mailtriage-pg.so not found (looked in .*): install mailtriage again' "$T/nomod.err"
MAILTRIAGE_MODULES=$T/empty "$T/bin/mailtriage" check -c "$T/pg.conf" > "$T/check.out" 2>&1
check "module missing: check says so" grep -q 'mailtriage-pg.so not found' "$T/check.out"
MAILTRIAGE_MODULES=$T/empty "$T/bin/mailtriage" poll --once -c "$T/mt.conf" 2> "$T/nopoll.err"
eq "IMAP module missing: poll exits 69 (EX_UNAVAILABLE)" 69 $?
check "IMAP module missing: names the file and what to do" grep -q 'poll: mailtriage-poll.so not found (looked in .*): install mailtriage again' "$T/nopoll.err"

# --- a module that is not the one asked for, and one of another build
cp "$MODS/mailtriage-alert.so" "$T/bin/mailtriage-pg.so"
MAILTRIAGE_MODULES= "$T/bin/mailtriage" deliver -c "$T/pg.conf" < "$SRC/contrib/samples/01-smoke.eml" 2> "$T/wrong.err"
eq "wrong module: deferred (75)" 75 $?
check "wrong module: says what it lacks" grep -q 'mailtriage-pg.so has no ledger_pg' "$T/wrong.err"
python3 - "$BIN" "$MODS/mailtriage-pg.so" "$T/bin/mailtriage-pg.so" <<'PY'
import re, sys
prog = open(sys.argv[1], "rb").read()
mod = open(sys.argv[2], "rb").read()
ids = set(re.findall(rb"[A-Za-z0-9]{16}(?=\0)", mod)) & set(re.findall(rb"[A-Za-z0-9]{16}(?=\0)", prog))
ids = [i for i in ids if re.search(rb"[0-9]", i) and re.search(rb"[A-Z]", i)]
assert len(ids) == 1, ids
open(sys.argv[3], "wb").write(mod.replace(ids[0], b"0" * 16))
PY
eq "another build's module made" 0 $?
MAILTRIAGE_MODULES= "$T/bin/mailtriage" deliver -c "$T/pg.conf" < "$SRC/contrib/samples/01-smoke.eml" 2> "$T/other.err"
eq "another build: deferred (75)" 75 $?
check "another build: refused, says what to do" grep -q 'mailtriage-pg.so is from another build of mailtriage (install mailtriage again)' "$T/other.err"
eq "nothing delivered by the failed runs" 1 "$(find "$T/md" -path '*/new/*' -type f | wc -l)"
finish
