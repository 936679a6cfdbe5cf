#!/usr/bin/env bash
# mailtriage poll logging in with OAuth 2.0 access tokens (auth = xoauth2
# and oauthbearer) to a real, throwaway Dovecot whose oauth2 passdb
# validates JWTs itself (introspection_mode = local, an HS256 key in a
# dict file; no network). The tokens are minted here with python3's
# stdlib. Both mechanisms file mail; an expired token is replaced once by
# a fresh one; a failing or hanging token_command and a refused token end
# in EX_NOPERM; a world-readable token_file is refused; no token is ever
# logged. contrib/mailtriage-oauth2-token runs as token_command against a
# stand-in token endpoint on 127.0.0.1 (refresh, cache, rotation, and
# --authorize with the device code and the loopback flows).
. "$(dirname "$0")/../lib.sh"
need tool python3 || finish

# The key Dovecot checks signatures with: raw for minting, base64 in the
# dict file Dovecot reads (shared/<azp>/<alg>/<kid>, azp and kid
# "default" when the token names none).
OA=$T/oauth
mkdir -p "$OA/keys/default/HS256"
python3 -c '
import base64, os, sys
k = os.urandom(32)
open(sys.argv[1], "wb").write(k)
open(sys.argv[2], "w").write(base64.b64encode(k).decode())' \
  "$OA/key.raw" "$OA/keys/default/HS256/default"
chmod 600 "$OA/key.raw"
cat > "$OA/dovecot-oauth2.conf.ext" <<CONF
introspection_mode = local
local_validation_key_dict = fs:posix:prefix=$OA/keys/
username_attribute = sub
CONF
# mint.py SECONDS: a JWT for support that expires in SECONDS (negative:
# already expired), on stdout; every token is also noted in $OA/minted.
cat > "$OA/mint.py" <<'PY'
import base64, hashlib, hmac, json, os, sys, time
def b64(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()
d = os.path.dirname(os.path.abspath(__file__))
now = int(time.time())
head = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
body = b64(json.dumps({"sub": "support", "iat": now - 300,
                       "exp": now + int(sys.argv[1])}).encode())
key = open(os.path.join(d, "key.raw"), "rb").read()
sig = b64(hmac.new(key, (head + "." + body).encode(), hashlib.sha256).digest())
tok = head + "." + body + "." + sig
open(os.path.join(d, "minted"), "a").write(tok + "\n")
print(tok)
PY
mint() { python3 "$OA/mint.py" "$1"; }
# The token commands. calls counts the runs, refused notes
# MAILTRIAGE_TOKEN_REFUSED of each.
cat > "$OA/fresh.sh" <<SH
#!/bin/sh
echo "\${MAILTRIAGE_TOKEN_REFUSED:-0}" >> "$OA/refused"
echo x >> "$OA/calls"
exec python3 "$OA/mint.py" 3600
SH
# The first token it prints has expired, then fresh ones (a cache that
# handed out a stale token).
cat > "$OA/stale-once.sh" <<SH
#!/bin/sh
echo "\${MAILTRIAGE_TOKEN_REFUSED:-0}" >> "$OA/refused"
echo x >> "$OA/calls"
if [ "\$(wc -l < "$OA/calls")" -eq 1 ]; then exec python3 "$OA/mint.py" -60; fi
exec python3 "$OA/mint.py" 3600
SH
cat > "$OA/expired.sh" <<SH
#!/bin/sh
echo x >> "$OA/calls"
exec python3 "$OA/mint.py" -60
SH
# Prints a valid token and fails: the token must not reach the log.
cat > "$OA/fails.sh" <<SH
#!/bin/sh
python3 "$OA/mint.py" 3600
echo "refresh failed: invalid_grant (AADSTS70000)" >&2
exit 1
SH
chmod +x "$OA"/*.sh
reset_calls() { rm -f "$OA/calls" "$OA/refused"; }
calls() { [ -f "$OA/calls" ] && wc -l < "$OA/calls" || echo 0; }

# 127.0.0.4 without TLS offers no mechanism that sends a secret in clear
# (OAuth's included): a server without AUTH=XOAUTH2.
DV_EXTRA="auth_mechanisms = plain login xoauth2 oauthbearer
auth_verbose = yes
passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $OA/dovecot-oauth2.conf.ext
}
listen = 127.0.0.1, 127.0.0.2, 127.0.0.3, 127.0.0.4
local 127.0.0.4 {
  disable_plaintext_auth = yes
}"
. "$SRC/tests/dovecot-lib.sh"

# conf FILE [lines for the support account]: the account over IMAPS
# with the test CA; the lines say how it logs in.
conf() {
  local f=$1 l; shift
  {
    printf '[general]\nledger = %s\nmaildir = %s\n\n' "$T/ledger.db" "$T/md"
    printf '[modifiers]\nrepeat = 0\n\n'
    printf '[account support]\nhost = 127.0.0.1\nport = %s\nuser = support\n' "$IMAPS_PORT"
    printf 'ca_file = %s\ntimeout = 10\n' "$TLS/ca.pem"
    for l in "$@"; do printf '%s\n' "$l"; done
  } > "$f"
}
logins() { grep -c "Login: user=<support>, method=$1," "$DV/dovecot.log"; }

# --- the server offers both mechanisms, and validates tokens itself
python3 - "$IMAP_PORT" "$(mint 3600)" "$(mint -60)" > "$T/probe" 2>&1 <<'PY'
import imaplib, sys
port, good, old = int(sys.argv[1]), sys.argv[2], sys.argv[3]
c = imaplib.IMAP4("127.0.0.1", port)
print(" ".join(sorted(x for x in c.capabilities if x.startswith("AUTH="))))
for tok in (good, old):
    c = imaplib.IMAP4("127.0.0.1", port)
    try:
        c.authenticate("XOAUTH2", lambda _: ("user=support\x01auth=Bearer %s\x01\x01" % tok).encode())
        print("accepted")
    except imaplib.IMAP4.error:
        print("refused")
PY
eq "Dovecot: AUTH=XOAUTH2 and AUTH=OAUTHBEARER, a fresh JWT accepted, an expired one refused" \
  "AUTH=LOGIN AUTH=OAUTHBEARER AUTH=PLAIN AUTH=XOAUTH2
accepted
refused" "$(cat "$T/probe")"

# --- check: the keys are accepted and shown
conf "$T/x2.conf" "auth = xoauth2" "token_command = $OA/fresh.sh"
"$BIN" check -c "$T/x2.conf" > "$T/check-x2.out" 2> "$T/check-x2.err"
eq "check: xoauth2 with token_command is OK" 0 $?
check "check: the account's auth shown" grep -q "^account support: support@127.0.0.1:$IMAPS_PORT (imaps, xoauth2)" "$T/check-x2.out"
eq "check ran no token_command" 0 "$(calls)"

# files NAME MECH SAMPLE ID WANT: poll -c $T/NAME.conf --once logs in
# once with MECH and files SAMPLE (under Message-ID ID) as WANT.
files() {
  local name=$1 mech=$2 before
  ctl append INBOX "$(mkmsg "$3" "$4")"
  before=$(logins "$mech")
  "$BIN" poll -v -c "$T/$name.conf" --once 2> "$T/$name.err"
  eq "$name: poll exit 0" 0 $?
  eq "$name: logged in with $mech" "$((before + 1))" "$(logins "$mech")"
  eq "$name: filed with its keywords" "$5" "$(where "$4")"
}

# --- XOAUTH2 with token_command
files x2 XOAUTH2 01-smoke.eml x2-1@test "Triage.Critical	\$Triage_Critical \$Triage_Safety"
eq "x2: one token asked for" 1 "$(calls)"

# --- OAUTHBEARER, token from a file
mint 3600 > "$OA/token"
chmod 600 "$OA/token"
conf "$T/ob.conf" "auth = oauthbearer" "token_file = $OA/token"
files ob OAUTHBEARER 02-outage.eml ob-1@test "Triage.High	\$Triage_High \$Triage_Outage"
"$BIN" check -c "$T/ob.conf" > /dev/null 2>&1
eq "check: a token_file only we can read is OK" 0 $?

# --- OAUTHBEARER with token_command
conf "$T/obc.conf" "auth = oauthbearer" "token_command = $OA/fresh.sh"
files obc OAUTHBEARER 03-double-charge.eml obc-1@test "Triage.Medium	\$Triage_Medium \$Triage_Payment"

# --- a stale token is refused once, a fresh one gets in
for mech in xoauth2 oauthbearer; do
  reset_calls
  conf "$T/stale.conf" "auth = $mech" "token_command = $OA/stale-once.sh"
  ctl append INBOX "$(mkmsg 05-question.eml stale-$mech@test)"
  expired=$(grep -c "Token has expired" "$DV/dovecot.log")
  "$BIN" poll -v -c "$T/stale.conf" --once 2> "$T/stale-$mech.err"
  eq "$mech, expired token: poll exit 0 after one retry" 0 $?
  eq "$mech, expired token: Dovecot refused it as expired" "$((expired + 1))" "$(grep -c "Token has expired" "$DV/dovecot.log")"
  eq "$mech, expired token: two tokens asked for" 2 "$(calls)"
  eq "$mech, expired token: the second run told the first was refused" "0 1" "$(tr '\n' ' ' < "$OA/refused" | sed 's/ $//')"
  check "$mech, expired token: the retry logged" grep -q "account support: 127.0.0.1:$IMAPS_PORT refused the access token (.*); trying once more with a fresh one" "$T/stale-$mech.err"
  eq "$mech, expired token: filed" "Triage.Low	\$Triage_Low" "$(where "stale-$mech@test")"
done

# --- a server that does not offer the mechanism: no login, says so
reset_calls
conf "$T/nomech.conf" "auth = xoauth2" "token_command = $OA/fresh.sh" "tls = none" "allow_plaintext = true"
sed -i -e 's/^host = .*/host = 127.0.0.4/' -e "s/^port = .*/port = $IMAP_PORT/" "$T/nomech.conf"
"$BIN" poll -v -c "$T/nomech.conf" --once 2> "$T/nomech.err"
eq "mechanism not offered: EX_NOPERM" 77 $?
check "mechanism not offered: says so" grep -q "account support: 127.0.0.4:$IMAP_PORT does not offer XOAUTH2 login (auth = xoauth2): its AUTH= list does not name it" "$T/nomech.err"
eq "mechanism not offered: no token asked for" 0 "$(calls)"

# --- refused twice: EX_NOPERM, as a refused LOGIN
reset_calls
conf "$T/expired.conf" "auth = xoauth2" "token_command = $OA/expired.sh"
ctl append INBOX "$(mkmsg 04-locked-out.eml refused-1@test)"
"$BIN" poll -v -c "$T/expired.conf" --once 2> "$T/expired.err"
eq "always expired: EX_NOPERM" 77 $?
eq "always expired: one retry only" 2 "$(calls)"
check "always expired: says so" grep -q "XOAUTH2 login refused, with a fresh token too" "$T/expired.err"
eq "always expired: nothing moved" "INBOX	" "$(where refused-1@test)"

# --- token_command fails or hangs: EX_NOPERM, its stderr in the log
conf "$T/fails.conf" "auth = oauthbearer" "token_command = $OA/fails.sh"
"$BIN" poll -v -c "$T/fails.conf" --once 2> "$T/fails.err"
eq "token_command exit 1: EX_NOPERM" 77 $?
check "token_command exit 1: logged with its stderr" grep -q "account support: token_command failed: exit 1; it said: refresh failed: invalid_grant (AADSTS70000)" "$T/fails.err"
conf "$T/hangs.conf" "auth = xoauth2" "token_command = sleep 60" "token_timeout = 1"
start=$(date +%s)
"$BIN" poll -v -c "$T/hangs.conf" --once 2> "$T/hangs.err"
eq "token_command timeout: EX_NOPERM" 77 $?
check "token_command timeout: killed within seconds" test $(($(date +%s) - start)) -lt 15
check "token_command timeout: says so" grep -q "token_command failed: took longer than 1 s (token_timeout), killed" "$T/hangs.err"
check "token_command timeout: no sleep left behind" no_match -x "sleep 60" <(ps -eo args)
eq "failures: nothing moved" "INBOX	" "$(where refused-1@test)"

# --- token_file readable by others: refused by check and by poll
chmod 644 "$OA/token"
"$BIN" check -c "$T/ob.conf" > /dev/null 2> "$T/check-mode.err"
eq "check: world-readable token_file: exit 78" 78 $?
check "check: world-readable token_file: says chmod 600" grep -q "error: \[account support\] token_file $OA/token is readable by others: chmod 600 it" "$T/check-mode.err"
"$BIN" poll -c "$T/ob.conf" --once 2> "$T/pwmode.err"
eq "poll: world-readable token_file: EX_CONFIG" 78 $?
check "poll: world-readable token_file: says chmod 600" grep -q "chmod 600 $OA/token" "$T/pwmode.err"
chmod 600 "$OA/token"

# --- check: a password where a token belongs, and the reverse, at the key's line
conf "$T/mixed.conf" "auth = xoauth2" "token_command = $OA/fresh.sh" "password_file = $T/pw"
"$BIN" check -c "$T/mixed.conf" > /dev/null 2> "$T/mixed.err"
eq "check: password_file with auth = xoauth2: exit 78" 78 $?
check "check: ... at its line and column" grep -q "^$T/mixed.conf:16:17: error: \[account support\] password_file: auth = xoauth2 logs in with an access token" "$T/mixed.err"
conf "$T/scram.conf" "auth = scram" "token_file = $OA/token"
"$BIN" check -c "$T/scram.conf" > /dev/null 2> "$T/scram.err"
eq "check: unknown auth: exit 78" 78 $?
check "check: unknown auth: at its line" grep -q "^$T/scram.conf:14:8: error: \[account support\] auth: bad auth \"scram\": use password, xoauth2 or oauthbearer" "$T/scram.err"

# --- the password account on the same server still logs in with LOGIN
conf "$T/pw.conf" "password_file = $T/pw"
"$BIN" poll -c "$T/pw.conf" --once 2> "$T/pw.err"
eq "auth = password (default): exit 0" 0 $?
eq "auth = password: files what the refused runs left" "Triage.Medium	\$Triage_Account \$Triage_Medium" "$(where refused-1@test)"

# --- contrib/mailtriage-oauth2-token as token_command: a refresh token
# traded for an access token at a stand-in for Microsoft's token endpoint
# (here on 127.0.0.1; it hands out tokens this Dovecot accepts, rotates
# the refresh token like Microsoft, and answers invalid_grant when told)
cat > "$OA/endpoint.py" <<'PY'
import http.server, json, os, subprocess, sys, urllib.parse
d = os.path.dirname(os.path.abspath(__file__))
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        form = urllib.parse.parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        form = {k: v[0] for k, v in form.items()}
        with open(os.path.join(d, "requests"), "a") as f:
            f.write(json.dumps({"path": self.path, **form}) + "\n")
        mode = open(os.path.join(d, "endpoint-mode")).read().strip()
        pending = os.path.join(d, "device-pending")
        if self.path.endswith("/devicecode"):
            code, body = 200, {"device_code": "dc-1", "user_code": "ABCD-EFGH",
                               "verification_uri": "https://microsoft.com/devicelogin",
                               "expires_in": 60, "interval": 1,
                               "message": "To sign in, enter the code ABCD-EFGH."}
        elif form.get("grant_type", "").endswith(":device_code") and not os.path.exists(pending):
            open(pending, "w").close()   # the user has not signed in yet
            code, body = 400, {"error": "authorization_pending"}
        elif mode == "invalid_grant":
            code, body = 400, {"error": "invalid_grant", "error_description":
                               "AADSTS70008: The refresh token has expired.\r\nTrace ID: 1"}
        else:
            n = sum(1 for _ in open(os.path.join(d, "requests")))
            tok = subprocess.check_output([sys.executable, os.path.join(d, "mint.py"), "3600"]).decode().strip()
            code, body = 200, {"token_type": "Bearer", "expires_in": 3599,
                               "access_token": tok, "refresh_token": "rt-%d" % (n + 1)}
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
    def log_message(self, *a):
        pass
s = http.server.HTTPServer(("127.0.0.1", 0), H)
print(s.server_address[1], flush=True)
s.serve_forever()
PY
echo ok > "$OA/endpoint-mode"
coproc ENDPOINT { exec python3 "$OA/endpoint.py"; }
read -r ep_port <&"${ENDPOINT[0]}"
helper=$SRC/contrib/mailtriage-oauth2-token
printf 'provider = microsoft\ntenant = contoso.example\nclient_id = app-1\nclient_secret = cs-SECRET-1\nrefresh_token = rt-1\n' > "$OA/m365.conf"
printf 'token_url = http://127.0.0.1:%s/contoso.example/oauth2/v2.0/token\n' "$ep_port" >> "$OA/m365.conf"
chmod 600 "$OA/m365.conf"
requests() { [ -f "$OA/requests" ] && wc -l < "$OA/requests" || echo 0; }
field() { python3 -c 'import json, sys; print(json.loads(open(sys.argv[1]).readlines()[int(sys.argv[2])][:-1])[sys.argv[3]])' "$OA/requests" "$1" "$2"; }
conf "$T/helper.conf" "auth = xoauth2" "token_command = $helper $OA/m365.conf"
files helper XOAUTH2 01-smoke.eml helper-1@test "Triage.Critical	\$Triage_Critical \$Triage_Safety"
eq "helper: one refresh at the token endpoint" 1 "$(requests)"
eq "helper: grant_type refresh_token" refresh_token "$(field 0 grant_type)"
eq "helper: the configured refresh token" rt-1 "$(field 0 refresh_token)"
eq "helper: Microsoft's IMAP scope" "https://outlook.office.com/IMAP.AccessAsUser.All offline_access" "$(field 0 scope)"
eq "helper: cache mode 600" 600 "$(stat -c %a "$OA/m365.conf.cache")"
eq "helper: the rotated refresh token kept" rt-2 "$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["refresh_token"])' "$OA/m365.conf.cache")"
ctl append INBOX "$(mkmsg 05-question.eml helper-2@test)"
"$BIN" poll -v -c "$T/helper.conf" --once 2> "$T/helper2.err"
eq "helper, second run: exit 0" 0 $?
eq "helper, second run: the cached token served" 1 "$(requests)"
# A cached token the server no longer takes (revoked, or expired early):
# the rerun with MAILTRIAGE_TOKEN_REFUSED=1 skips the cache.
python3 - "$OA/m365.conf.cache" "$(mint -60)" <<'PY'
import json, sys
c = json.load(open(sys.argv[1])); c["access_token"] = sys.argv[2]
json.dump(c, open(sys.argv[1], "w"))
PY
ctl append INBOX "$(mkmsg 05-question.eml helper-3@test)"
"$BIN" poll -v -c "$T/helper.conf" --once 2> "$T/helper3.err"
eq "helper, refused cached token: exit 0" 0 $?
eq "helper, refused cached token: refreshed with the rotated refresh token" "2 rt-2" "$(requests) $(field 1 refresh_token)"
eq "helper, refused cached token: filed" "Triage.Low	\$Triage_Low" "$(where helper-3@test)"
echo invalid_grant > "$OA/endpoint-mode"
"$BIN" poll -v -c "$T/helper.conf" --once 2> "$T/helper4.err"
# the cache still holds a good token: the failing endpoint is not asked
eq "helper, endpoint failing but token cached: exit 0" 0 $?
rm "$OA/m365.conf.cache"
"$BIN" poll -v -c "$T/helper.conf" --once 2> "$T/helper5.err"
eq "helper, refresh token expired: EX_NOPERM" 77 $?
check "helper, refresh token expired: the provider's error logged" grep -q "token_command failed: exit 1; it said: mailtriage-oauth2-token: http://127.0.0.1:$ep_port/contoso.example/oauth2/v2.0/token: HTTP 400 invalid_grant: AADSTS70008: The refresh token has expired." "$T/helper5.err"
chmod 644 "$OA/m365.conf"
"$helper" "$OA/m365.conf" > /dev/null 2> "$T/helper-mode.err"
eq "helper: a world-readable config: exit 1" 1 $?
check "helper: ... says chmod 600" grep -q "chmod 600 $OA/m365.conf" "$T/helper-mode.err"
# --authorize: Microsoft's device code flow (polled until the user has
# signed in), Google's loopback redirect (the browser's part played here)
echo ok > "$OA/endpoint-mode"
chmod 600 "$OA/m365.conf"
printf 'device_url = http://127.0.0.1:%s/contoso.example/oauth2/v2.0/devicecode\n' "$ep_port" >> "$OA/m365.conf"
"$helper" --authorize "$OA/m365.conf" 2> "$T/authorize-ms.err"
eq "authorize, device code: exit 0" 0 $?
check "authorize, device code: the sign-in message shown" grep -q "To sign in, enter the code ABCD-EFGH." "$T/authorize-ms.err"
eq "authorize, device code: polled until signed in" "urn:ietf:params:oauth:grant-type:device_code dc-1" "$(field -1 grant_type) $(field -1 device_code)"
eq "authorize, device code: asked for the IMAP scope" "https://outlook.office.com/IMAP.AccessAsUser.All offline_access" "$(field -3 scope)"
check "authorize, device code: refresh token kept" grep -q '"refresh_token": "rt-' "$OA/m365.conf.cache"
printf 'provider = google\nclient_id = g-1\nclient_secret = gs-SECRET-2\ntoken_url = http://127.0.0.1:%s/token\n' "$ep_port" > "$OA/gmail.conf"
chmod 600 "$OA/gmail.conf"
"$helper" --authorize "$OA/gmail.conf" 2> "$T/authorize-g.err" &
authz=$!
for _ in $(seq 100); do grep -q '^https://' "$T/authorize-g.err" && break; sleep 0.1; done
python3 - "$(grep '^https://' "$T/authorize-g.err")" > "$T/authorize-g.url" <<'PY'
import sys, urllib.parse, urllib.request
q = urllib.parse.parse_qs(urllib.parse.urlsplit(sys.argv[1]).query)
print(q["scope"][0], q["access_type"][0], q["redirect_uri"][0][:16])
urllib.request.urlopen(q["redirect_uri"][0] + "?code=code-1", timeout=10).read()
PY
wait "$authz"
eq "authorize, loopback: exit 0" 0 $?
eq "authorize, loopback: Gmail's scope, offline, back to 127.0.0.1" "https://mail.google.com/ offline http://127.0.0.1" "$(cat "$T/authorize-g.url")"
eq "authorize, loopback: the code traded" "authorization_code code-1 gs-SECRET-2" "$(field -1 grant_type) $(field -1 code) $(field -1 client_secret)"
check "authorize, loopback: a token from the cache now" test -n "$("$helper" "$OA/gmail.conf")"
kill "$ENDPOINT_PID" 2> /dev/null
check "no client secret or refresh token in the logs" no_match -E "SECRET|rt-[0-9]" <(cat "$T"/*.err)

# --- no token in any log line, ours or Dovecot's
sort -u "$OA/minted" > "$OA/minted.u"
check "tokens were minted" test -s "$OA/minted.u"
check "no token in mailtriage's logs" no_match -F -f "$OA/minted.u" <(cat "$T"/*.err)
check "no token in Dovecot's log" no_match -F -f "$OA/minted.u" "$DV/dovecot.log"

finish
