#!/usr/bin/env bash
# The admin commands, end to end: check (config and filters, every
# problem at its file:line:col), explain (text and JSON) and test-filters
# (fixtures with X-Expect-* headers).
. "$(dirname "$0")/../lib.sh"
S=$SRC/contrib/samples
FX=$SRC/tests/data/fixtures

# --- check: the shipped config and filters are fine
"$BIN" check -c "$SRC/conf/mailtriage.conf" --filters "$SRC/filters" \
  > "$T/ok.out" 2> "$T/ok.err"
eq "check shipped: exit 0" 0 $?
check "check shipped: configuration OK" grep -qx 'configuration OK' "$T/ok.out"
check "check shipped: rule counts per class" \
  grep -qE '^filters: safety [0-9]+ rules, outage [0-9]+, payment [0-9]+, account [0-9]+(, [a-z0-9_]+ [0-9]+)* \([0-9]+ total\) from ' "$T/ok.out"
check "check shipped: no errors" no_match ': error: ' "$T/ok.err"
"$BIN" check --filters "$FX/rules" > "$T/fx.out" 2>&1
eq "check fixture rules: exit 0" 0 $?
check "check fixture rules: counts" grep -q 'filters: safety 1 rules, outage 2, payment 2, account 1 (6 total)' "$T/fx.out"

# --- check: a broken filter directory, every problem at its place
bf=$T/broken
mkdir -p "$bf"
cat > "$bf/outage.rules" <<'EOF'
threshold 2

rule site_down
    pattern /\bsite\s+is\s+(down/i
    weight  2
    desc    A bad regex

rule where
    zones   subject bodyy
    pattern /down/i
    weight  2
    desc    An unknown zone

rule where
    pattern /offline/i
    weight  2
    desc    A duplicate id
EOF
cat > "$bf/payment.rules" <<'EOF'
threshold 5

rule charged
    pattern /\bcharged\b/i
    weight  2
    desc    Cannot reach the threshold
EOF
cat > "$bf/account.rules" <<'EOF'
threshold 1

rule slow
    pattern /(\w+\s?)*locked/i
    desc    A nested quantifier
EOF
"$BIN" check --filters "$bf" > "$T/bf.out" 2> "$T/bf.err"
eq "check broken filters: EX_CONFIG" 78 $?
check "bad regex at its column" grep -q "$bf/outage.rules:4:33: error: bad pattern: missing closing parenthesis" "$T/bf.err"
check "unknown zone at its column" grep -q "$bf/outage.rules:9:21: error: unknown zone 'bodyy'" "$T/bf.err"
check "duplicate id at its column" grep -q "$bf/outage.rules:14:6: error: duplicate rule id 'where'" "$T/bf.err"
check "unreachable threshold at its column" grep -q "$bf/payment.rules:1:11: error: threshold 5 of payment is unreachable" "$T/bf.err"
check "nested quantifier: a warning at its column" grep -q "$bf/account.rules:4:14: warning: pattern may backtrack catastrophically" "$T/bf.err"
check "missing class: a warning" grep -q "warning: no rules for signal safety" "$T/bf.err"
check "error count" grep -qx '4 errors, 2 warnings' "$T/bf.err"
check "broken: no configuration OK" no_match 'configuration OK' "$T/bf.out"

# A warning alone does not fail the check.
wf=$T/warn
mkdir -p "$wf"
cp "$FX"/rules/*.rules "$wf/"
cp "$bf/account.rules" "$wf/account.rules"
"$BIN" check --filters "$wf" > "$T/wf.out" 2> "$T/wf.err"
eq "warnings only: exit 0" 0 $?
check "warnings only: configuration OK" grep -qx 'configuration OK' "$T/wf.out"
check "warnings only: warning shown" grep -q "$wf/account.rules:4:14: warning: " "$T/wf.err"

# --- check: config errors, and the filters still checked in the same run
printf '[general]\nmaildir = %s\nmaildirr = x\n' "$T/md" > "$T/typo.conf"
"$BIN" check -c "$T/typo.conf" --filters "$bf" > /dev/null 2> "$T/typo.err"
eq "bad config key: EX_CONFIG" 78 $?
check "bad config key at its position" grep -q "$T/typo.conf:3:1: error: unknown key \"maildirr\" in \[general\]" "$T/typo.err"
check "bad config: filter errors reported too" grep -q "$bf/outage.rules:4:33: error: " "$T/typo.err"
printf '[limits]\nmatch_limit = lots\n' > "$T/value.conf"
"$BIN" check -c "$T/value.conf" > /dev/null 2> "$T/value.err"
eq "bad config value: EX_CONFIG" 78 $?
check "bad config value at its column" grep -q "$T/value.conf:2:15: error: limits.match_limit" "$T/value.err"
"$BIN" check -c "$T/no-such.conf" > /dev/null 2>&1
eq "missing config file: EX_CONFIG" 78 $?

# --- check: where deliver writes (warnings, not errors)
"$BIN" check --filters "$FX/rules" --maildir /etc/passwd/md > "$T/md.out" 2> "$T/md.err"
eq "uncreatable Maildir: still exit 0" 0 $?
check "uncreatable Maildir: warned" grep -q "warning: Maildir root /etc/passwd/md cannot be created" "$T/md.err"
check "uncreatable ledger dir: warned" grep -q "warning: ledger directory /etc/passwd/md cannot be created" "$T/md.err"
"$BIN" check --filters "$FX/rules" --maildir "$T/new/md" > /dev/null 2> "$T/md2.err"
eq "creatable Maildir: no warning" 0 "$(grep -c warning "$T/md2.err")"
check "check creates nothing" test ! -e "$T/new"

# --- explain: text
"$BIN" explain "$S/02-outage.eml" > "$T/ex.out" 2> "$T/ex.err"
eq "explain: exit 0" 0 $?
check "explain: subject" grep -q '^Subject: *Dashboard down for our whole team' "$T/ex.out"
check "explain: message id" grep -q '^Message-ID: *sample-02@shop.example.net' "$T/ex.out"
check "explain: zone sizes" grep -qE '^Zones: +subject [0-9]+ bytes, body [0-9]+, quoted [0-9]+, signature [0-9]+' "$T/ex.out"
check "explain: outage fired" grep -qE '^  outage +score [0-9.]+ / threshold [0-9.]+ +FIRED' "$T/ex.out"
check "explain: rule id, zone and weight" grep -qE '^ +\+2 +outage/site_down +\[body\]' "$T/ex.out"
check "explain: matched text in context" grep -q 'matched "dashboard is down" in ".*since 8:30 the dashboard is down' "$T/ex.out"
check "explain: priority and reason" grep -q '^Priority: *high (outage -> high)' "$T/ex.out"
check "explain: SLA due" grep -qE '^SLA due: +[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} ' "$T/ex.out"
check "explain: folder" grep -q '^Folder: *Triage.High' "$T/ex.out"
"$BIN" explain < "$S/05-question.eml" > "$T/stdin.out"
eq "explain stdin: exit 0" 0 $?
check "explain stdin: no signal" grep -q '^Signals: *none' "$T/stdin.out"

# --- explain --json: valid JSON with the fields tools read
"$BIN" explain --json "$S/02-outage.eml" > "$T/ex.json"
eq "explain --json: exit 0" 0 $?
check "explain --json: parses" python3 -m json.tool "$T/ex.json" /dev/null
check "explain --json: fields" python3 - "$T/ex.json" <<'PY'
import json, sys
o = json.load(open(sys.argv[1]))
assert o["file"].endswith("02-outage.eml"), o["file"]
assert o["message_id"] == "sample-02@shop.example.net"
assert o["subject"] == "Dashboard down for our whole team"
assert set(o["zones"]) == {"subject", "body", "quoted", "signature", "earlier"}
c = {x["name"]: x for x in o["classes"]}
assert c["outage"]["fired"] is True and c["outage"]["score"] >= c["outage"]["threshold"]
assert c["safety"]["fired"] is False and c["safety"]["kind"] == "signal"
h = [m for m in o["matches"] if m["id"] == "outage/site_down"][0]
assert h["zone"] == "body" and h["weight"] == 2 and h["text"] == "dashboard is down"
assert h["text"] in h["context"] and h["desc"]
assert '"502 Bad Gateway"' in " ".join(m["context"] for m in o["matches"])
assert o["signals"] == ["outage"] and o["priority"] == "high"
assert o["reasons"] == "outage -> high" and o["folder"] == "Triage.High"
assert o["rule_errors"] is None and o["error"] is None and o["sla_due"]
PY
# Quotes, backslashes and control characters in a subject stay valid JSON.
printf 'Subject: =?UTF-8?Q?a_=22quoted=22_back\\\\slash_=09tab_=C3=BC?=\nFrom: x@example.com\n\nthe site is down\n' |
  "$BIN" explain --json > "$T/esc.json"
check "explain --json: escapes" python3 -c '
import json, sys
o = json.load(open(sys.argv[1]))
assert "\"quoted\"" in o["subject"] and "\\" in o["subject"] and "ü" in o["subject"], o["subject"]
' "$T/esc.json"

# --- explain on several files: one section each, a JSON array
"$BIN" explain "$S/01-smoke.eml" "$S/03-double-charge.eml" > "$T/two.out"
eq "explain two files: exit 0" 0 $?
eq "explain two files: two sections" 2 "$(grep -c '^== ' "$T/two.out")"
check "explain two files: both folders" bash -c "grep -q '^Folder: *Triage.Critical' '$T/two.out' && grep -q '^Folder: *Triage.Medium' '$T/two.out'"
"$BIN" explain --json "$S/01-smoke.eml" "$S/03-double-charge.eml" > "$T/two.json"
check "explain --json two files: an array of two" python3 -c '
import json, sys
a = json.load(open(sys.argv[1]))
assert isinstance(a, list) and len(a) == 2
assert a[0]["signals"] == ["safety"] and a[1]["signals"] == ["payment"]
' "$T/two.json"
"$BIN" explain --json "$S/01-smoke.eml" "$T/no-such.eml" "$S/03-double-charge.eml" > "$T/bad.json" 2> "$T/bad.err"
eq "explain with an unreadable file: EX_NOINPUT" 66 $?
check "explain unreadable: named" grep -q "no-such.eml: No such file or directory" "$T/bad.err"
check "explain unreadable: the others still explained" python3 -c '
import json, sys
assert len(json.load(open(sys.argv[1]))) == 2' "$T/bad.json"
"$BIN" explain --filters "$bf" "$S/01-smoke.eml" > /dev/null 2>&1
eq "explain with broken filters: EX_CONFIG" 78 $?

# --- test-filters on our own fixtures: four pass, one fails on purpose
"$BIN" test-filters --filters "$FX/rules" "$FX" > "$T/tf.out" 2>&1
eq "test-filters: EX_DATAERR when one fails" 65 $?
check "test-filters: summary" grep -qx '4 passed, 1 failed' "$T/tf.out"
eq "test-filters: ok lines" 4 "$(grep -c '^ok ' "$T/tf.out")"
check "test-filters: the failing one" grep -qE '^FAIL +05-deliberately-failing.eml' "$T/tf.out"
check "test-filters: why (signals)" grep -q 'signals: expected outage, got none' "$T/tf.out"
check "test-filters: why (not-rules)" grep -q 'rule outage/maintenance matched but must not' "$T/tf.out"
check "test-filters: explain output for the failure" grep -q "^== $FX/05-deliberately-failing.eml" "$T/tf.out"
eq "test-filters: no explain output for passes" 1 "$(grep -c '^== ' "$T/tf.out")"

# All passing, and the default fixture dir: <filter dir>/tests.
fd=$T/fdir
mkdir -p "$fd/tests"
cp "$FX"/rules/*.rules "$fd/"
cp "$FX"/0[1-4]-*.eml "$fd/tests/"
"$BIN" test-filters --filters "$fd" > "$T/tf2.out" 2>&1
eq "test-filters all pass: exit 0" 0 $?
check "test-filters all pass: summary" grep -qx '4 passed, 0 failed' "$T/tf2.out"

# Expectations that cannot be right are failures, not passes.
{ printf 'Subject: hi\nX-Expect-Signals: outage, nosuch\n\nhello\n'; } > "$fd/tests/10-bad-signal.eml"
{ printf 'Subject: hi\n\nhello\n'; } > "$fd/tests/11-no-expect.eml"
{ printf 'Subject: hi\nX-Expect-Signals: none\nX-Expect-Priority: urgent\nX-Expect-Rules: payment/invoice\n\nhello\n'; } > "$fd/tests/12-wrong.eml"
"$BIN" test-filters --filters "$fd" > "$T/tf3.out" 2>&1
eq "test-filters bad expectations: EX_DATAERR" 65 $?
check "test-filters: unknown signal" grep -q "X-Expect-Signals: unknown signal 'nosuch'" "$T/tf3.out"
check "test-filters: missing X-Expect-Signals" grep -q "no X-Expect-Signals header" "$T/tf3.out"
check "test-filters: unknown level" grep -q "X-Expect-Priority: unknown level 'urgent'" "$T/tf3.out"
check "test-filters: expected rule missing" grep -q "rule payment/invoice did not match" "$T/tf3.out"
check "test-filters: summary with failures" grep -qx '4 passed, 3 failed' "$T/tf3.out"

"$BIN" test-filters --filters "$bf" "$FX" > /dev/null 2>&1
eq "test-filters with broken filters: EX_CONFIG" 78 $?
"$BIN" test-filters --filters "$FX/rules" "$T/no-such-dir" > /dev/null 2>&1
eq "test-filters on a missing dir: EX_NOINPUT" 66 $?
mkdir -p "$T/empty"
"$BIN" test-filters --filters "$FX/rules" "$T/empty" > /dev/null 2>&1
eq "test-filters on no fixtures: EX_NOINPUT" 66 $?

# --- check covers the tier lists and the IMAP accounts too
printf 'ok@example.com\n*.example.org\nnot an entry\n' > "$T/vip.list"
printf 'secret\n' > "$T/pw-open"; chmod 644 "$T/pw-open"
cat > "$T/more.conf" <<CONF
[tiers]
vip = $T/vip.list
enterprise = $T/missing.list
[account support]
host = imap.example.com
user = support
password_file = $T/pw-open
CONF
"$BIN" check -c "$T/more.conf" --filters "$SRC/filters" > /dev/null 2> "$T/more.err"
eq "check, bad tier list and open password file: EX_CONFIG" 78 $?
check "check: tier list entry with position" grep -q "vip.list:3:1: error: one address or domain per line" "$T/more.err"
check "check: missing tier list" grep -q "missing.list: error: .*(tier list for enterprise)" "$T/more.err"
check "check: world-readable password file" grep -q "password_file .*pw-open is readable by others: chmod 600 it" "$T/more.err"
sed -i '/missing.list/d' "$T/more.conf"; sed -i '/not an entry/d' "$T/vip.list"; chmod 600 "$T/pw-open"
"$BIN" check -c "$T/more.conf" --filters "$SRC/filters" > "$T/more.out" 2>&1
eq "check, fixed: exit 0" 0 $?
check "check: tier entries counted" grep -q "^tiers: 2 entries" "$T/more.out"
check "check: account listed" grep -q "^account support: support@imap.example.com:993 (imaps), moving into INBOX" "$T/more.out"

finish
