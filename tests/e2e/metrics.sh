#!/usr/bin/env bash
# Watching the gateway: poll's /metrics scraped during a real poll against
# a throwaway Dovecot (counters as processed, account up, then down and
# reconnecting when Dovecot stops), the node_exporter textfile after
# deliver + sla (values as in the ledger), mailtriage status (text and
# JSON, the last errors), [metrics] listen checked by check, and the
# shipped Prometheus rules and Grafana dashboard.
. "$(dirname "$0")/../lib.sh"
. "$SRC/tests/dovecot-lib.sh"

read -r MPORT < <(python3 -c '
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# GET URL-PATH [METHOD]: the body to stdout, the status code to $T/code.
http() {
  python3 - "$MPORT" "$1" "${2:-GET}" "$T/code" <<'PY'
import sys, urllib.request, urllib.error
port, path, method, codef = sys.argv[1:]
try:
    r = urllib.request.urlopen(urllib.request.Request(
        "http://127.0.0.1:%s%s" % (port, path), method=method,
        data=b"x" if method == "POST" else None), timeout=5)
    code, body, ctype = r.status, r.read(), r.headers.get("Content-Type")
except urllib.error.HTTPError as e:
    code, body, ctype = e.code, e.read(), e.headers.get("Content-Type")
except OSError:
    code, body, ctype = 0, b"", ""
open(codef, "w").write("%s\n%s\n" % (code, ctype))
sys.stdout.write(body.decode())
PY
}
scrape() { http /metrics > "$T/scrape"; }
# val SERIES [FILE]: the value of the sample whose name{labels} is SERIES.
val() { awk -v k="$1" '$1 == k { print $2 }' "${2:-$T/scrape}"; }
# total REGEX [FILE]: the sum of the samples whose name{labels} match.
total() { awk -v r="$1" '$1 ~ r { s += $2 } END { print s + 0 }' "${2:-$T/scrape}"; }
# until_true SECONDS COMMAND...: retries COMMAND every 0.2 s.
until_true() {
  local n=$(($1 * 5)); shift
  for _ in $(seq "$n"); do "$@" && return 0; sleep 0.2; done
  return 1
}

conf() {
  {
    printf '[general]\nledger = %s\nmaildir = %s\n\n' "$T/ledger.db" "$T/md"
    printf '[modifiers]\nrepeat = 0\n\n'
    printf '[metrics]\nlisten = 127.0.0.1:%s\ntextfile = %s\n\n' "$MPORT" "$T/textfile/mailtriage.prom"
    printf '[account support]\nhost = 127.0.0.1\nport = %s\nuser = support\n' "$IMAPS_PORT"
    printf 'password_file = %s\nca_file = %s\ntimeout = 5\npoll_interval = 2\n' "$T/pw" "$TLS/ca.pem"
  } > "$T/mt.conf"
}
conf
mkdir -p "$T/textfile"

# --- three messages, classified as filter classifies them
samples="01-smoke.eml 02-outage.eml 03-double-charge.eml"
declare -A want=()
for b in $samples; do
  ctl append INBOX "$S/$b"
  tagged=$("$BIN" filter < "$S/$b")
  p=$(printf '%s\n' "$tagged" | hdr X-Triage-Priority /dev/stdin)
  c=$(printf '%s\n' "$tagged" | hdr X-Triage-Category /dev/stdin)
  k="priority=\"$p\",signal=\"$c\""
  want[$k]=$(( ${want[$k]:-0} + 1 ))
done

"$BIN" poll -c "$T/mt.conf" 2> "$T/poll.err" &
poll=$!
filed3() { scrape && [ "$(total '^mailtriage_messages_total\{.*outcome="filed"')" = 3 ]; }
check "poll: /metrics says 3 filed" until_true 30 filed3
eq "GET /metrics: 200, text format 0.0.4" "200 text/plain; version=0.0.4; charset=utf-8" "$(tr '\n' ' ' < "$T/code" | sed 's/ $//')"
for k in "${!want[@]}"; do
  eq "messages_total{$k,outcome=filed}" "${want[$k]}" "$(val "mailtriage_messages_total{$k,outcome=\"filed\"}")"
done
eq "no duplicates, nothing deferred" 0 "$(total '^mailtriage_messages_total\{.*outcome="(duplicate|deferred)"')"
eq "the ledger has the 3 messages" 3 "$(sql 'SELECT count(*) FROM messages')"
eq "imap_up{account=support} 1" 1 "$(val 'mailtriage_imap_up{account="support"}')"
eq "no reconnect yet" 0 "$(val 'mailtriage_imap_reconnects_total{account="support"}')"
now=$(date +%s)
ls=$(val 'mailtriage_imap_last_sync_timestamp_seconds{account="support"}')
check "last sync within a minute ($ls)" test "$((now - ${ls:-0}))" -lt 60
eq "tickets_open sums to 3" 3 "$(total '^mailtriage_tickets_open\{')"
nr=$(sql "SELECT count(*) FROM messages WHERE rules != 'none'")
check "rule hits: at least one per message with rules ($nr)" test "$(total '^mailtriage_rule_hits_total\{')" -ge "$nr"
check "rule_hits names a rule of the ledger" grep -qE "^mailtriage_rule_hits_total\{rule=\"$(sql "SELECT substr(rules, 1, instr(rules || ' ', ' ') - 1) FROM messages WHERE rules != 'none' LIMIT 1")\"\} " "$T/scrape"
check "every family has HELP and TYPE" awk '
  /^# HELP / { h[$3] = 1 } /^# TYPE / { t[$3] = 1 }
  /^[a-z]/ { n = $1; sub(/\{.*/, "", n); if (!(n in h) || !(n in t)) bad = 1 }
  END { exit bad }' "$T/scrape"
if need tool promtool; then
  check "promtool check metrics: valid exposition" bash -c "promtool check metrics < '$T/scrape' > '$T/promtool.out' 2>&1 || { cat '$T/promtool.out'; false; }"
fi
http /nothing > /dev/null
eq "GET /nothing: 404" 404 "$(head -1 "$T/code")"
http /metrics POST > /dev/null
eq "POST /metrics: 405" 405 "$(head -1 "$T/code")"
check "served on loopback, logged" grep -q "serving metrics on http://127.0.0.1:$MPORT/metrics" "$T/poll.err"

# --- the textfile and the state file, written each cycle
tf=$T/textfile/mailtriage.prom
check "poll wrote the textfile" test -s "$tf"
eq "textfile: tickets_open sums to 3" 3 "$(total '^mailtriage_tickets_open\{' "$tf")"
eq "textfile: only the ledger's gauges" "" "$(grep -E '^mailtriage_(messages_total|imap_)' "$tf")"
eq "textfile: no temporary file left" "mailtriage.prom" "$(ls -A "$T/textfile")"
check "state file beside the ledger" grep -q "^# mailtriage poll pid $poll$" "$T/ledger.db.poll.prom"

# --- status while poll runs
"$BIN" status -c "$T/mt.conf" > "$T/status" 2> "$T/status.err"
eq "status: exit 0" 0 $?
check "status: poll running with its pid" grep -q "^poll *running (pid $poll)" "$T/status"
check "status: account up" grep -qE '^ +support +up ' "$T/status"
"$BIN" status -c "$T/mt.conf" --json > "$T/status.json"
eq "status --json: open tickets, account up" "3 True 3" "$(python3 -c '
import json, sys
j = json.load(open(sys.argv[1]))
print(sum(t["open"] for t in j["tickets"].values()), j["poll"]["accounts"][0]["up"],
      j["poll"]["messages"]["filed"])' "$T/status.json")"

# --- Dovecot gone: down, reconnecting, the error kept
dv_stop
down() { scrape && [ "$(val 'mailtriage_imap_up{account="support"}')" = 0 ] &&
  [ "$(val 'mailtriage_imap_reconnects_total{account="support"}')" -ge 2 ]; }
check "Dovecot stopped: up 0, reconnects rising" until_true 30 down
check "failed passes counted" test "$(val 'mailtriage_imap_sync_errors_total{account="support"}')" -ge 1
"$BIN" status -c "$T/mt.conf" > "$T/status2"
check "status: account DOWN" grep -qE '^ +support +DOWN ' "$T/status2"
check "status: the outage among the last errors" grep -qiE 'warning poll\[[0-9]+\]: .*(connect|lost|refused)' "$T/status2"
check "errors kept beside the ledger" test -s "$T/ledger.db.errors"
dv_start
up_again() { scrape && [ "$(val 'mailtriage_imap_up{account="support"}')" = 1 ]; }
check "Dovecot back: up 1 again" until_true 30 up_again

kill -TERM "$poll"
wait "$poll"
eq "poll: SIGTERM, exit 0" 0 $?
"$BIN" status -c "$T/mt.conf" > "$T/status3"
check "status: poll no longer running" grep -q "^poll *NOT RUNNING (pid $poll)" "$T/status3"

# --- a rule over the match limit is counted by rule (poll --once writes
# its state file too)
sed 's/^\[modifiers\]$/[limits]\nmatch_limit = 1\n\n[modifiers]/' "$T/mt.conf" > "$T/limit.conf"
ctl append INBOX "$(mkmsg 02-outage.eml limit-1@test)"
"$BIN" poll -c "$T/limit.conf" --once 2> "$T/limit.err"
eq "poll --once with match_limit = 1: exit 0" 0 $?
st=$T/ledger.db.poll.prom
eq "state: the message filed" 1 "$(total '^mailtriage_messages_total\{.*outcome="filed"' "$st")"
check "state: rule errors counted by rule" test "$(total '^mailtriage_rule_errors_total\{rule="[a-z_]+/[a-z0-9_]+"\}' "$st")" -ge 1
check "...the rule the log names" bash -c "grep -oE 'mailtriage_rule_errors_total\{rule=\"[^\"]+\"' '$st' | head -1 | grep -oE '\"[^\"]+\"' | tr -d '\"' | xargs -I{} grep -q '{}: ' '$T/limit.err'"

# --- deliver mode: the textfile after deliver + sla matches the ledger
D=$T/deliver
mkdir -p "$D/textfile"
printf '[general]\nmaildir = %s\n[metrics]\ntextfile = %s\n' "$D/md" "$D/textfile/mt.prom" > "$D/mt.conf"
for b in 01-smoke.eml 02-outage.eml 04-locked-out.eml 05-question.eml; do
  "$BIN" deliver -c "$D/mt.conf" < "$S/$b" 2> /dev/null
done
# An hour and a minute later: the critical ticket is overdue.
MAILTRIAGE_NOW=$(( $(date +%s) + 3660 )) "$BIN" sla -c "$D/mt.conf" > /dev/null 2>&1
eq "sla: exit 0" 0 $?
dsql() { python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$D/md/mailtriage.db" "$1"; }
for l in critical high medium low; do
  eq "textfile: open $l as in the ledger" "$(dsql "SELECT count(*) FROM tickets WHERE resolved IS NULL AND priority = '$l'")" \
    "$(val "mailtriage_tickets_open{level=\"$l\"}" "$D/textfile/mt.prom")"
  eq "textfile: filed $l as in the ledger" "$(dsql "SELECT count(*) FROM messages WHERE delivered = 1 AND auto IS NULL AND priority = '$l'")" \
    "$(val "mailtriage_ledger_messages{priority=\"$l\",state=\"filed\"}" "$D/textfile/mt.prom")"
done
eq "textfile: the critical ticket overdue" 1 "$(val 'mailtriage_tickets_overdue{level="critical"}' "$D/textfile/mt.prom")"
eq "textfile: last filed as in the ledger" "$(dsql "SELECT max(received) FROM messages WHERE delivered = 1")" \
  "$(val mailtriage_ledger_last_filed_timestamp_seconds "$D/textfile/mt.prom")"
eq "textfile: alert queue as in the ledger" "$(dsql "SELECT count(*) FROM alerts WHERE state = 'queued'")" \
  "$(val 'mailtriage_alerts{state="queued"}' "$D/textfile/mt.prom")"
check "textfile: readable by node_exporter (0644)" test "$(stat -c %a "$D/textfile/mt.prom")" = 644
MAILTRIAGE_NOW=$(( $(date +%s) + 3660 )) "$BIN" status -c "$D/mt.conf" > "$D/status"
check "status (deliver mode): no poll state" grep -q "^poll *no state" "$D/status"
check "status (deliver mode): critical 1 open 1 overdue" grep -qE '^ +critical +1 +1 ' "$D/status"
# A delivery that fails leaves its error for status.
chmod 0555 "$D"/md/.Triage.*/tmp
"$BIN" deliver -c "$D/mt.conf" < "$(mkmsg 02-outage.eml again-1@test)" 2> /dev/null
eq "deliver into a read-only folder: deferred" 75 $?
chmod 0755 "$D"/md/.Triage.*/tmp
"$BIN" status -c "$D/mt.conf" --json > "$D/status.json"
eq "status --json: the deferral among the errors" error "$(python3 -c '
import json, sys
print(json.load(open(sys.argv[1]))["errors"][-1]["level"])' "$D/status.json")"

# --- [metrics] listen: loopback unless allowed, errors at file:line:col
printf '[metrics]\nlisten = 192.0.2.1:9187\n' > "$T/remote.conf"
"$BIN" check -c "$T/remote.conf" > /dev/null 2> "$T/remote.err"
eq "check: non-loopback listen refused (78)" 78 $?
check "...at file:line:col" grep -q "remote.conf:2:10: error: metrics.listen: 192.0.2.1 is not a loopback address" "$T/remote.err"
printf '[metrics]\nlisten = 192.0.2.1:9187\nallow_remote = true\n' > "$T/remote.conf"
"$BIN" check -c "$T/remote.conf" > /dev/null 2>&1
eq "check: allowed with allow_remote" 0 $?
for bad in "localhost" "example.com:9187" "127.0.0.1:0" "[::1]9187"; do
  printf '[metrics]\nlisten = %s\n' "$bad" > "$T/bad.conf"
  "$BIN" check -c "$T/bad.conf" > /dev/null 2>&1
  eq "check: listen = $bad refused" 78 $?
done
printf '[metrics]\nlisten = [::1]:9187\n' > "$T/v6.conf"
"$BIN" check -c "$T/v6.conf" > /dev/null 2>&1
eq "check: listen = [::1]:9187 accepted" 0 $?

# --- the shipped rules and dashboard use only metrics we export
names=$(grep -oE '"mailtriage_[a-z_]+"' "$SRC/src/monitor.c" | tr -d '"' | sort -u)
for f in contrib/prometheus/mailtriage-rules.yml contrib/grafana/mailtriage.json; do
  used=$(grep -oE 'mailtriage_[a-z_]+' "$SRC/$f" | grep -v '^mailtriage_rules$' | sort -u)
  eq "$f: every metric it names exists" "" "$(comm -23 <(echo "$used") <(echo "$names") | tr '\n' ' ')"
done
check "grafana dashboard: valid JSON with panels" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["panels"] and all(t["expr"] for p in d["panels"] for t in p["targets"])' "$SRC/contrib/grafana/mailtriage.json"
if need tool promtool; then
  check "promtool check rules" bash -c "promtool check rules '$SRC/contrib/prometheus/mailtriage-rules.yml' > /dev/null"
fi

finish
