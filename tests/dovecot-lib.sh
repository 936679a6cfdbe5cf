# A throwaway Dovecot for the IMAP end-to-end tests (sourced after
# tests/lib.sh, not run: ctest runs every tests/e2e/*.sh, so this lives
# outside tests/e2e/). Sets DV, CTL, TLS, IMAP_PORT, IMAPS_PORT; gives
# dv_start, dv_stop, ctl, mkmsg, where and sql; starts the server and
# stops it on exit. DV_EXTRA, if set, is appended to its config.
SRC=$(cd "$SRC" && pwd)
S=$SRC/contrib/samples
TLS=$SRC/tests/data/tls
CTL=$SRC/tests/data/dovecot/imapctl.py
DV=$T/dovecot
export PYTHONDONTWRITEBYTECODE=1

need tool dovecot python3 || finish

read -r IMAP_PORT IMAPS_PORT < <(python3 -c '
import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(("127.0.0.1", 0))
print(*[x.getsockname()[1] for x in s])')
export IMAP_PORT

dv_start() {
  dovecot -c "$DV/dovecot.conf" || return 1
  for _ in $(seq 100); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $IMAPS_PORT), 0.2)" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}
# The master and every process it started.
dv_stop() {
  local pid kids
  pid=$(cat "$DV/run/master.pid" 2>/dev/null) || return 0
  kids=$(ps -o pid= --ppid "$pid")
  kill "$pid" 2>/dev/null
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  # shellcheck disable=SC2086
  [ -n "$kids" ] && kill $kids 2>/dev/null
  rm -f "$DV/run/master.pid"
  return 0
}
# MT_KEEP=1 keeps the temp dir (logs, ledger, Dovecot) for a look.
trap 'dv_stop; [ -n "${MT_KEEP:-}" ] && echo "kept $T" || rm -rf "$T"' EXIT

mkdir -p "$DV/mail"
sed -e "s|@DIR@|$DV|g" -e "s|@TLS@|$TLS|g" -e "s|@IMAP_PORT@|$IMAP_PORT|g" \
  -e "s|@IMAPS_PORT@|$IMAPS_PORT|g" "$SRC/tests/data/dovecot/dovecot.conf.in" > "$DV/dovecot.conf"
# DV_EXTRA: more settings for this test's server.
[ -n "${DV_EXTRA:-}" ] && printf '%s\n' "$DV_EXTRA" >> "$DV/dovecot.conf"
# Root: the mail belongs to nobody. Otherwise everything runs as us (no
# chroot, no other users to switch to).
if [ "$(id -u)" = 0 ]; then
  chown nobody:nogroup "$DV/mail"
  mail_uid=$(id -u nobody) mail_gid=$(id -g nobody)
else
  mail_uid=$(id -u) mail_gid=$(id -g)
  cat >> "$DV/dovecot.conf" <<CONF
default_login_user = $(id -un)
default_internal_user = $(id -un)
default_internal_group = $(id -gn)
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
CONF
fi
echo "support:{PLAIN}secret:$mail_uid:$mail_gid::$DV/mail/support" > "$DV/passwd"
if dv_start; then ok "dovecot started"; else
  not_ok "dovecot started"; cat "$DV/dovecot.log"; finish; exit; fi
printf 'secret\n' > "$T/pw"
chmod 600 "$T/pw"

ctl() { python3 "$CTL" "$@"; }
# mkmsg SAMPLE ID: the sample under a new Message-ID, as $T/msg-ID.eml.
mkmsg() {
  sed "s/^Message-ID: <.*>/Message-ID: <$2>/" "$S/$1" > "$T/msg-$2.eml"
  echo "$T/msg-$2.eml"
}
sql() { python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$T/ledger.db" "$1"; }
# Where MESSAGE-ID is: "FOLDER<TAB>FLAGS" lines.
where() { ctl dump | awk -F'\t' -v m="$1" '$2 == m { print $1 "\t" $3 }'; }
