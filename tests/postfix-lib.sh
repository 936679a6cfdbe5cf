# A private Postfix instance for the end-to-end tests (postfix.sh,
# postfix-lmtp.sh): its own config directory, queue and log under a short
# temporary path, smtpd on 127.0.0.1 and a free high port, one domain
# (triage.test) routed to the transport in $PF_TRANSPORT; stopped and
# removed at exit. Source it after lib.sh, as root, with PF_TRANSPORT set.

# A short path: Postfix puts its sockets under the queue directory.
P=$(mktemp -d /tmp/mtpf.XXXXXX)
chmod 0755 "$P"
CFG=$P/etc
made_main_cf=
cleanup() {
  postfix -c "$CFG" stop >/dev/null 2>&1
  local pid
  pid=$(cat "$P/q/pid/master.pid" 2>/dev/null | tr -d ' ')
  for _ in $(seq 50); do
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null
  [ -n "$made_main_cf" ] && rm -f /etc/postfix/main.cf
  rm -rf "$P" "$T"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
MD=$P/md				# the support mailbox, owned by the pipe user
mkdir -p "$CFG" "$P/q" "$P/d" "$P/log" "$P/bin" "$MD"
chown postfix "$P/d"
chmod 0700 "$P/d"
chown nobody:nogroup "$MD"
# The pipe user must be able to run the binary and read the filters: the
# build tree may sit under a root-only directory.
cp "$BIN" "$P/bin/mailtriage"
# Its modules beside it, where it looks (Postfix's pipe gives it no
# MAILTRIAGE_MODULES).
cp "$MAILTRIAGE_MODULES"/mailtriage-*.so "$P/bin/"
cp -r "$SRC/filters" "$P/bin/filters"
chmod -R a+rX "$P/bin"
: > "$P/mt.conf"

# main.cf: contrib/postfix/main.cf's transport for one domain, plus what
# a private instance needs.
cat > "$CFG/main.cf" <<CF
compatibility_level = 3.6
queue_directory = $P/q
data_directory = $P/d
mail_owner = postfix
setgid_group = postdrop
myhostname = mx.triage.test
mydomain = triage.test
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mydestination =
local_recipient_maps =
relay_domains = triage.test
transport_maps = inline:{ triage.test=$PF_TRANSPORT }
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
maillog_file = $P/log/maillog
maillog_file_prefixes = $P/log
biff = no
mailtriage_destination_recipient_limit = 1
$PF_MAIN_EXTRA
# Nothing leaves this instance (a bounce would go nowhere).
default_transport = error:outbound mail disabled in this test
CF
# master.cf: the services a private instance needs (no chroot), and the
# mailtriage service taken from the shipped example with its paths
# replaced: the binary, the Maildir, a -c and --filters we control.
cat > "$CFG/master.cf" <<CF
127.0.0.1:$PORT inet n - n - - smtpd
pickup    unix n - n 60 1 pickup
cleanup   unix n - n - 0 cleanup
qmgr      unix n - n 300 1 qmgr
rewrite   unix - - n - - trivial-rewrite
bounce    unix - - n - 0 bounce
defer     unix - - n - 0 bounce
trace     unix - - n - 0 bounce
verify    unix - - n - 1 verify
flush     unix n - n 1000? 0 flush
proxymap  unix - - n - - proxymap
showq     unix n - n - - showq
error     unix - - n - - error
retry     unix - - n - - error
discard   unix - - n - - discard
anvil     unix - - n - 1 anvil
scache    unix - - n - 1 scache
postlog   unix-dgram n - n - 1 postlogd
CF

# Checks and starts the instance (after master.cf got its transport).
pf_start() {
  postfix -c "$CFG" check 2>&1
  eq "postfix check" 0 $?
  postfix -c "$CFG" start >/dev/null 2>&1
  eq "postfix started" 0 $?
  for _ in $(seq 100); do
    grep -q 'daemon started' "$P/log/maillog" 2>/dev/null && break
    sleep 0.1
  done
  if ! grep -q 'daemon started' "$P/log/maillog" 2>/dev/null; then
    cat "$P/log/maillog" 2>/dev/null
    not_ok "master running"
    finish; exit
  fi
}

# Sends FILE over SMTP as MAIL FROM customer@example.net to the RCPTs
# (default support@triage.test).
smtp_send() {  # smtp_send FILE [RCPT...]
  python3 - "$PORT" "$@" <<'PY'
import smtplib, sys
with smtplib.SMTP("127.0.0.1", int(sys.argv[1]), timeout=30) as s:
    s.sendmail("customer@example.net", sys.argv[3:] or ["support@triage.test"],
               open(sys.argv[2], "rb").read())
PY
}
# The log line for a message's delivery attempt, by Message-ID.
qid_of() {
  awk -v m="message-id=<$1>" 'index($0, m) { sub(/:$/, "", $6); print $6; exit }' "$P/log/maillog"
}
# Waits (up to 30 s) until the log shows QID with status=WHAT.
wait_status() {  # wait_status MESSAGE-ID WHAT [COUNT]
  local n=${3:-1} q
  for _ in $(seq 300); do
    q=$(qid_of "$1")
    [ -n "$q" ] && [ "$(grep -c "$q: to=.*status=$2" "$P/log/maillog")" -ge "$n" ] && return 0
    sleep 0.1
  done
  return 1
}
queue_has() { postqueue -c "$CFG" -p | grep -q "^$(qid_of "$1")"; }

