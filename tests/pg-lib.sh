# A throwaway PostgreSQL for the shared-ledger tests (sourced after
# tests/lib.sh, not run). Its own cluster in $T/pg, listening only on a
# Unix socket in $T/pg (no TCP port), started now and stopped on exit.
# Gives pg_url NAME (a ledger URL for database NAME), pg_newdb NAME
# (creates it, empty), pgsql NAME SQL (one query, unaligned output),
# pg_start and pg_stop (a restart test uses them).
PGDIR=$T/pg
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
need file "${PGBIN:-/usr/lib/postgresql/15/bin}/initdb" || finish
need tool psql || finish
PGPORT=5432	# only names the socket file: no TCP
export PGPORT

pg_url() { echo "postgresql:///$1?host=$PGDIR&port=$PGPORT"; }
pgsql() { psql -X -q -At -h "$PGDIR" -p "$PGPORT" -d "$1" -c "$2"; }
pg_newdb() {
  pgsql postgres "DROP DATABASE IF EXISTS \"$1\"" &&
    pgsql postgres "CREATE DATABASE \"$1\""
}
pg_start() {
  "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w -t 60 \
    -o "-k $PGDIR -c listen_addresses= -p $PGPORT" start > /dev/null
}
pg_stop() {
  [ -f "$PGDIR/data/postmaster.pid" ] || return 0
  "$PGBIN/pg_ctl" -D "$PGDIR/data" -m "${1:-fast}" -w -t 60 stop > /dev/null
}
# After what the scripts sourced before set to run on exit (Dovecot's).
pg_prev_trap=$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT\$/\1/")
trap "pg_stop immediate; ${pg_prev_trap:-rm -rf \"\$T\"}" EXIT

mkdir -p "$PGDIR"
if ! "$PGBIN/initdb" -D "$PGDIR/data" -A trust -U "$(id -un)" \
    --no-sync > "$PGDIR/initdb.log" 2>&1; then
  cat "$PGDIR/initdb.log"
  not_ok "initdb"
  finish
fi
# Small and quick: the tests make hundreds of connections, never need
# durability across a crash of the machine.
cat >> "$PGDIR/data/postgresql.conf" <<CONF
max_connections = 200
shared_buffers = 32MB
fsync = off
full_page_writes = off
CONF
pg_start || { cat "$PGDIR/log"; not_ok "pg_ctl start"; finish; }
export PGUSER=$(id -un)
