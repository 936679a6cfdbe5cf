#!/usr/bin/env bash
# The ledger's unit tests (tests/check_ledger.c) against PostgreSQL: the
# same cases as on SQLite, each in a fresh database of a throwaway
# server, and those only a server has (unreachable, password hidden, two
# gateways migrating at once).
MT_BINS=tests/check_ledger
. "$(dirname "$0")/../lib.sh"
. "$SRC/tests/pg-lib.sh"
CK=$(dirname "$BIN")/tests/check_ledger
need_file "$CK" || finish
MT_TEST_PG=$(pg_url @DB@) CK_FORK=yes "$CK" > "$T/check.out" 2>&1
rc=$?
grep -E '^[0-9]+%|:[EF]:' "$T/check.out"
eq "check_ledger passes on PostgreSQL" 0 "$rc"
check "it ran the PostgreSQL cases" grep -qE 'Checks: (1[5-9]|[2-9][0-9])' "$T/check.out"
check "each test's database dropped" test "$(pgsql postgres "select count(*) from pg_database where datname like 'check_ledger_%'")" = 0
finish
