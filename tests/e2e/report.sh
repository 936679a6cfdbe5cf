#!/usr/bin/env bash
# mailtriage report end to end: a ledger filled by deliver (the sample
# corpus plus generated repeat senders), its history rewritten to known
# times over a week that crosses a daylight-saving change, then every
# number of the report checked against what python3 computes from the same
# database; CSV and JSON parsed; the HTML page loaded in headless Chromium
# (no console errors, the expected number of bars in each chart).
. "$(dirname "$0")/../lib.sh"
export TZ=Europe/Berlin
[ -e /usr/share/zoneinfo/Europe/Berlin ] || export TZ=UTC
md=$T/md
db=$md/mailtriage.db
printf '[general]\nmaildir = %s\n' "$md" > "$T/mt.conf"
R() { "$BIN" report -c "$T/mt.conf" "$@"; }

# --- no ledger yet
R > /dev/null 2>&1
eq "no ledger: EX_NOINPUT" 66 $?

# --- fill the ledger
for f in "$SRC"/contrib/samples/*.eml; do
  "$BIN" deliver -q -c "$T/mt.conf" < "$f" || not_ok "deliver $f"
done
n=0
gen() {  # gen FROM SUBJECT BODY
  n=$((n + 1))
  printf 'From: %s\nTo: support@example.com\nSubject: %s\nMessage-ID: <r%d@test.example>\nDate: Mon, 23 Mar 2026 09:00:00 +0000\n\n%s\n' \
    "$1" "$2" "$n" "$3" | "$BIN" deliver -q -c "$T/mt.conf" || not_ok "deliver generated $n"
}
gen "Rita <repeat@acme.example>" "Shop offline" "The site is down again, every page gives a 503 error."
gen "Rita <repeat@acme.example>" "Charged twice" "I was charged twice for order 4411, please refund one."
gen "Rita <Repeat@ACME.example>" "Login" "I cannot log in to my account since the password reset."
gen "Rita <repeat@acme.example>" "Manual" "Where can I find the user manual?"
gen "Bo <buyer@acme.example>" "Quote" "Could you send us a quote for 20 seats?"
gen "Bo <buyer@acme.example>" "Quote for 40" "And one for 40 seats, please."
gen "Sam <someone@beta.example>" "Cannot log in" "I am locked out of my account."
gen "Sam <someone@beta.example>" "Still locked out" "I am still locked out of my account."
gen "Eve <evil@gamma.example>" '<script>alert("x")</script> & "quotes" </td>' "Our whole site is down, nothing loads."
gen "Cy <cy@epsilon.example>" "Fire" "The adapter caught fire and burned my desk."
gen "Di <di@zeta.example>" "Refund" "Please refund my cancelled order."
gen "Al <al@delta.example>" "Hello" "Just saying thanks for the quick help."

# --- a known history: messages spread over 2026-03-25 .. 2026-03-30
# (day 28 empty; the clocks go forward on the 29th), tickets answered in
# time, late, or not at all; "now" is 2026-03-31 12:00.
now=$(python3 - "$db" <<'PY'
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
def midnight(day): return int(time.mktime((2026, 3, day, 0, 0, 0, 0, 0, -1)))
days = [25, 26, 27, 29, 30]
ids = [r[0] for r in db.execute("select id from messages order by id")]
for i, mid in enumerate(ids):
    day = days[i * len(days) // len(ids)]
    db.execute("update messages set received=? where id=?",
               (midnight(day) + 3600 * (8 + i % 9) + 60 * i, mid))
sla = {"critical": 1, "high": 4, "medium": 24, "low": 72}
resolve = {"critical": 4, "high": 8, "medium": 24, "low": 120}
tickets = db.execute("select id, priority, subject from tickets order by id").fetchall()
for k, (tid, prio, subj) in enumerate(tickets):
    created = db.execute("select min(received) from messages where ticket_id=?", (tid,)).fetchone()[0]
    due = created + sla[prio] * 3600
    if subj.startswith("<script>") or k % 4 == 2 or k == len(tickets) - 1:
        fr = None
    elif k % 4 == 1:
        fr = due + 7200 + 420 * k
    elif k % 4 == 0:
        fr = created + sla[prio] * 1800
    else:
        fr = created + 600 * k
    # every fifth ticket resolved, alternately in time and late
    res = None if k % 5 else created + resolve[prio] * 3600 + (-600 if k % 10 else 600)
    db.execute("update tickets set created=?, sla_due=?, first_due=?, first_response=?,"
               " resolve_due=?, resolved=? where id=?",
               (created, due, due, fr, created + resolve[prio] * 3600, res, tid))
    db.execute("update messages set sla_due=? where ticket_id=?", (due, tid))
tabs = [r[0] for r in db.execute("select name from sqlite_master where type='table'")]
if "escalations" in tabs:
    for tid, at in ((1, midnight(26)), (2, midnight(27)), (3, midnight(31) + 3600)):
        db.execute("insert into escalations (ticket_id, at, from_level, to_level, state)"
                   " values (?, ?, 'low', 'high', 'moved')", (tid, at))
db.commit()
print(midnight(31) + 12 * 3600)
PY
)
export MAILTRIAGE_NOW=$now

# The report as python3 computes it from the database (the keys of the
# JSON output), for the period [since, until) given as epochs.
expect() {
  python3 - "$db" "$1" "$2" "$now" <<'PY'
import json, sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
since, until, now = (int(x) for x in sys.argv[2:5])
lv = ["critical", "high", "medium", "low"]
inp = lambda t: (since == 0 or t >= since) and (until == 0 or t < until)
msgs = [m for m in db.execute("select received, priority, signals, rules, from_addr from messages") if inp(m[0])]
# SLA by the level and due time at arrival: the first escalation's
# "from" (and due_before), else the ticket's own.
tks = [t for t in db.execute("select created,"
    " coalesce((select from_level from escalations e where e.ticket_id = tickets.id order by e.at, e.id limit 1), priority),"
    " coalesce((select due_before from escalations e where e.ticket_id = tickets.id order by e.at, e.id limit 1), first_due, sla_due),"
    " first_response, resolved, resolve_due, paused from tickets") if inp(t[0])]
out = {"messages": len(msgs), "tickets": len(tks)}
out["by_priority"] = {l: sum(m[1] == l for m in msgs) for l in lv}
sig = {s: 0 for s in ["safety", "outage", "payment", "account", "none"]}
for m in msgs:
    for s in (m[2] or "none").split(","):
        sig[s] += 1
out["by_signal"] = sig
days = {}
for m in msgs:
    d = time.strftime("%Y-%m-%d", time.localtime(m[0]))
    days.setdefault(d, {l: 0 for l in lv})[m[1]] += 1
lo = since or min(m[0] for m in msgs)
hi = (until - 1) if until else max(m[0] for m in msgs)
per_day, t = [], time.localtime(lo)
for k in range(400):
    d = time.strftime("%Y-%m-%d", time.localtime(time.mktime((t.tm_year, t.tm_mon, t.tm_mday + k, 12, 0, 0, 0, 0, -1))))
    c = days.get(d, {l: 0 for l in lv})
    per_day.append(dict(day=d, **c, total=sum(c.values())))
    if d >= time.strftime("%Y-%m-%d", time.localtime(hi)):
        break
out["per_day"] = per_day
def nearest_rank(v, p):
    v = sorted(v)
    return v[max(1, -(-p * len(v) // 100)) - 1] if v else None
sla, rt = {}, {}
for name in lv + ["all"]:
    sel = [t for t in tks if name == "all" or t[1] == name]
    # the clock stops at the first response, or at resolution without one
    stop = lambda t: t[3] if t[3] is not None else t[4]
    ans = [t for t in sel if stop(t) is not None]
    intime = sum(stop(t) <= t[2] for t in ans)
    over = sum(1 for t in sel if stop(t) is None and now > t[2])
    pend = len(sel) - len(ans) - over
    sla[name] = dict(tickets=len(sel), answered=len(ans), in_time=intime,
                     late=len(ans) - intime, overdue=over, pending=pend,
                     attainment_pct=(100.0 * intime / (len(ans) + over)) if ans or over else None)
    resp = [max(0, t[3] - t[0]) for t in sel if t[3] is not None]
    rt[name] = dict(answered=len(resp), median_s=nearest_rank(resp, 50), p90_s=nearest_rank(resp, 90))
out["sla"], out["response_time"] = sla, rt
# Resolution by the level at arrival against resolve_due (a ticket
# waiting on the customer is never overdue).
res = {}
for name in lv + ["all"]:
    sel = [t for t in tks if (name == "all" or t[1] == name) and t[5] is not None]
    done = [t for t in sel if t[4] is not None]
    intime = sum(t[4] <= t[5] for t in done)
    over = sum(1 for t in sel if t[4] is None and t[6] is None and now > t[5])
    res[name] = dict(tickets=len(sel), answered=len(done), in_time=intime,
                     late=len(done) - intime, overdue=over, pending=len(sel) - len(done) - over)
out["resolution"] = res
hits = {}
for m in msgs:
    for r in (m[3] or "").split():
        if r != "none":
            hits[r] = hits.get(r, 0) + 1
out["hits"] = hits
cnt, dom = {}, {}
for m in msgs:
    a = m[4].lower()
    cnt[a] = cnt.get(a, 0) + 1
    dom[a.rsplit("@", 1)[1]] = dom.get(a.rsplit("@", 1)[1], 0) + 1
top = lambda d, mn: [[k, v] for k, v in sorted(d.items(), key=lambda kv: (-kv[1], kv[0])) if v >= mn][:10]
out["top_senders"], out["top_domains"] = top(cnt, 2), top(dom, 1)
tabs = [r[0] for r in db.execute("select name from sqlite_master where type='table'")]
out["escalations"] = sum(1 for (a,) in db.execute("select at from escalations") if inp(a)) if "escalations" in tabs else 0
print(json.dumps(out))
PY
}

# Compares the JSON report in $1 with the expectation in $2; prints the
# differences, nothing when they agree.
compare() {
  python3 - "$1" "$2" <<'PY'
import json, sys
got = json.load(open(sys.argv[1])); exp = json.load(open(sys.argv[2]))
bad = []
def same(k, a, b):
    if a != b: bad.append(f"{k}: got {a!r}, expected {b!r}")
for k in ("messages", "tickets", "by_priority", "by_signal", "per_day", "escalations"):
    same(k, got[k], exp[k])
for p, e in exp["sla"].items():
    g = got["sla"][p]
    for k in e:
        if k == "attainment_pct":
            ok = (e[k] is None and g[k] is None) or (None not in (e[k], g[k]) and abs(e[k] - g[k]) < 0.001)
            if not ok: bad.append(f"sla.{p}.{k}: got {g[k]}, expected {e[k]}")
        else:
            same(f"sla.{p}.{k}", g[k], e[k])
    same(f"response_time.{p}", got["response_time"][p], exp["response_time"][p])
for p, e in exp["resolution"].items():
    for k in e:
        same(f"resolution.{p}.{k}", got["resolution"][p][k], e[k])
rules = {r["id"]: r for r in got["rules"]}
for rid, h in exp["hits"].items():
    same(f"rule {rid}", rules.get(rid, {}).get("hits"), h)
for r in got["rules"]:
    same(f"rule {r['id']} never_fired", r["never_fired"], r["hits"] == 0)
    if r["id"] not in exp["hits"]: same(f"rule {r['id']} hits", r["hits"], 0)
same("top_senders", [[s["address"], s["messages"]] for s in got["top_senders"]], exp["top_senders"])
same("top_domains", [[s["domain"], s["messages"]] for s in got["top_domains"]], exp["top_domains"])
print("\n".join(bad))
PY
}

# --- the whole ledger
R --format json > "$T/all.json"
eq "json: exit 0" 0 $?
check "json: parses" python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$T/all.json"
expect 0 0 > "$T/all.exp"
d=$(compare "$T/all.json" "$T/all.exp")
eq "json: every number as python computes it" "" "$d"
v=$(python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); print(j["messages"], len(j["per_day"]), j["per_day"][3]["day"], j["per_day"][3]["total"], j["sla"]["all"]["overdue"] > 0, j["sla"]["all"]["pending"] > 0, j["sla"]["all"]["late"] > 0)' "$T/all.json")
eq "history as built: 20 messages, 6 days, an empty 28th, overdue, pending and late tickets" "20 6 2026-03-28 0 True True True" "$v"
nrules=$(python3 -c 'import json,sys; print(sum(r["loaded"] for r in json.load(open(sys.argv[1]))["rules"]))' "$T/all.json")
total=$("$BIN" check -c "$T/mt.conf" 2>&1 | sed -n 's/.*(\([0-9]*\) total).*/\1/p')
eq "rules: every loaded rule listed" "$total" "$nrules"
if python3 -c 'import sqlite3,sys; sys.exit(0 if sqlite3.connect(sys.argv[1]).execute("select 1 from sqlite_master where name=\"escalations\"").fetchone() else 1)' "$db"; then
  eq "escalations counted" 3 "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["escalations"])' "$T/all.json")"
fi

# --- a period: 26 to 29 March (the 29th excluded); epochs work too
R --format json --since 2026-03-26 --until 2026-03-29 > "$T/p.json"
s=$(python3 -c 'import time; print(int(time.mktime((2026,3,26,0,0,0,0,0,-1))), int(time.mktime((2026,3,29,0,0,0,0,0,-1))))')
expect $s > "$T/p.exp"
d=$(compare "$T/p.json" "$T/p.exp")
eq "period: every number as python computes it" "" "$d"
R --format json --since ${s% *} --until ${s#* } > "$T/p2.json"
check "period: epoch bounds give the same report" cmp -s "$T/p.json" "$T/p2.json"
eq "period: days 26..28" "2026-03-26 2026-03-28" "$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["per_day"]; print(d[0]["day"], d[-1]["day"])' "$T/p.json")"

# --- text
R > "$T/all.txt"
eq "text: exit 0" 0 $?
pct=$(python3 -c 'import json,sys; print("%.1f%%" % json.load(open(sys.argv[1]))["sla"]["all"]["attainment_pct"])' "$T/all.exp")
check "text: overall attainment $pct" grep -Eq "^  all( +[0-9]+){5} +$pct\$" "$T/all.txt"
check "text: a rule that never fired" grep -Eq '^  safety/medical_emergency +0  never fired$' "$T/all.txt"
check "text: the top repeat sender" grep -Eq '^  repeat@acme.example +4$' "$T/all.txt"
med=$(python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["response_time"]["all"]; f=lambda v: "%dh%02dm" % (v // 3600, v % 3600 // 60); print(f(s["median_s"]), f(s["p90_s"]))' "$T/all.exp")
check "text: median and p90 ($med)" grep -Eq "^  all +[0-9]+ +${med% *} +${med#* }\$" "$T/all.txt"

# --- csv (RFC 4180), the same numbers
R --format csv -o "$T/all.csv"
eq "csv: exit 0" 0 $?
v=$(python3 - "$T/all.csv" "$T/all.json" <<'PY'
import csv, json, sys
raw = open(sys.argv[1], newline="").read()
assert "\r\n" in raw
sec, name = {}, None
for row in csv.reader(raw.splitlines()):
    if not row: name = None; continue
    if name is None: name = row[0]; sec[name] = []; continue
    sec[name].append(row)
j = json.load(open(sys.argv[2]))
sla = {r[0]: r for r in sec["sla"][1:]}
ok = sec["sla"][0] == ["priority", "tickets", "answered", "in_time", "late", "overdue", "pending", "attainment_pct"]
ok &= all(int(sla[p][1]) == j["sla"][p]["tickets"] and (sla[p][7] == "" if j["sla"][p]["attainment_pct"] is None
          else abs(float(sla[p][7]) - j["sla"][p]["attainment_pct"]) < 0.006) for p in j["sla"])
ok &= [r[0] for r in sec["per_day"][1:]] == [d["day"] for d in j["per_day"]]
ok &= {r[0]: int(r[1]) for r in sec["rules"][1:]} == {r["id"]: r["hits"] for r in j["rules"]}
subj = [r[5] for r in sec["overdue"][1:] if r[5].startswith("<script>")]
ok &= subj == ['<script>alert("x")</script> & "quotes" </td>']
print(sorted(sec) if ok else "mismatch")
PY
)
eq "csv: sections parse and agree with json" "['automatic', 'by_priority', 'by_signal', 'corrections', 'next_reply', 'overdue', 'per_day', 'resolution', 'response_histogram', 'response_time', 'rules', 'sla', 'summary', 'top_domains', 'top_senders', 'undeliverable']" "$v"

# --- html
R --format html -o "$T/report.html"
eq "html: exit 0" 0 $?
check "html: a subject's markup is escaped" grep -q '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot; &lt;/td&gt;' "$T/report.html"
check "html: no script, nothing from the network" no_match -Ei '<script|(src|href)=|@import|url\(' "$T/report.html"
# Bars each chart must have: one per non-zero (day, priority), per
# priority with an attainment, per non-zero (bucket, priority).
want=$(python3 - "$T/all.json" <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
lv = ["critical", "high", "medium", "low"]
vol = sum(1 for d in j["per_day"] for l in lv if d[l])
# A bar has a height when attainment is above 0 %.
sla = sum(1 for l in lv if j["sla"][l]["attainment_pct"])
hist = sum(1 for b in j["response_histogram"] for l in lv if b[l])
print(vol, sla, hist)
PY
)
bars() {  # bars FILE: the number of rect.bar in the svgs volume, sla, response
  python3 - "$1" <<'PY'
import sys
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(s):
        super().__init__(); s.svg = None; s.n = {"volume": 0, "sla": 0, "response": 0}
    def handle_starttag(s, tag, a):
        a = dict(a)
        if tag == "svg": s.svg = a.get("id")
        if tag == "rect" and "bar" in (a.get("class") or "").split() and s.svg in s.n and float(a.get("height", 0)) > 0 and float(a.get("width", 0)) > 0:
            s.n[s.svg] += 1
    def handle_endtag(s, tag):
        if tag == "svg": s.svg = None
p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read())
print(p.n["volume"], p.n["sla"], p.n["response"])
PY
}
eq "html: bars in the page (volume, sla, response)" "$want" "$(bars "$T/report.html")"

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  need tool chromium
else
  prof=$(mktemp -d "$T/chromium.XXXXXX")
  flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
    --disable-background-networking --disable-component-update --disable-sync
    --user-data-dir="$prof" --enable-logging=stderr --v=0)
  timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$T/report.html" \
    > "$T/dom.html" 2> "$T/chromium.log"
  brc=$?
  if [ "$brc" -ne 0 ] || [ ! -s "$T/dom.html" ]; then
    unavailable "browser checks: chromium did not run (exit $brc)"
    sed 's/^/#   /' "$T/chromium.log" | tail -5
  else
    check "browser: no console errors" no_match -E 'Uncaught|CONSOLE|Refused to' "$T/chromium.log"
    eq "browser: bars drawn (volume, sla, response)" "$want" "$(bars "$T/dom.html")"
    check "browser: the escaped subject is text, not markup" bash -c "! grep -q '<script' '$T/dom.html' && grep -q 'alert(\"x\")' '$T/dom.html'"
    timeout 120 "$browser" "${flags[@]}" --hide-scrollbars --window-size=1200,2600 \
      --screenshot="$T/report.png" "file://$T/report.html" > /dev/null 2>> "$T/chromium.log"
    check "browser: screenshot taken" test -s "$T/report.png"
    # MT_REPORT_KEEP=DIR keeps the page and its screenshot to look at.
    [ -z "${MT_REPORT_KEEP:-}" ] || cp "$T/report.png" "$T/report.html" "$MT_REPORT_KEEP/"
  fi
fi

# --- bad usage
R --format pdf > /dev/null 2>&1
eq "unknown format: EX_USAGE" 64 $?
R --since 2026-13-01 > /dev/null 2>&1
eq "bad date: EX_USAGE" 64 $?
R --since 2026-03-29 --until 2026-03-26 > /dev/null 2>&1
eq "until before since: EX_USAGE" 64 $?

# --- a ticket resolved without a reply stops its clock: never overdue,
# late when resolved after its due time
R --format json -o "$T/before.json"
tid=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["overdue"][0]["ticket"])' "$T/before.json")
python3 - "$db" "$tid" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("update tickets set resolved = sla_due + 60 where id = ?", (int(sys.argv[2]),))
db.commit()
PY
R --format json -o "$T/after.json"
check "a resolved ticket is no longer overdue" python3 -c '
import json,sys
a,b=(json.load(open(f)) for f in sys.argv[1:3]); t=int(sys.argv[3])
assert t in [o["ticket"] for o in a["overdue"]] and t not in [o["ticket"] for o in b["overdue"]]
assert b["overdue_total"] == a["overdue_total"] - 1
assert b["sla"]["all"]["overdue"] == a["sla"]["all"]["overdue"] - 1
assert b["sla"]["all"]["late"] == a["sla"]["all"]["late"] + 1' "$T/before.json" "$T/after.json" "$tid"
finish
