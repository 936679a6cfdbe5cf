#!/usr/bin/env bash
# Automatic mail: bounces, out-of-office replies in seven languages,
# lists, bulk and our own notices go to Triage.Auto with X-Triage-Auto,
# open no ticket, count as no contact, and join the history of the
# ticket they refer to without changing it.
. "$(dirname "$0")/../lib.sh"
M=$SRC/../shared/corpus/mime
need_file "$M/ruby-mail/multipart_report_emails"
md=$T/md
cat > "$T/mt.conf" <<EOF
[general]
maildir = $md
[filters]
dir = $SRC/filters
[sla]
agents = agent@example.com
notify_from = triage@example.com
EOF
mt() { local cmd=$1; shift; "$BIN" "$cmd" -c "$T/mt.conf" "$@"; }
auto_files() { find "$md/.Triage.Auto/new" -type f 2>/dev/null | wc -l; }
tickets() { mt sla -q --json | wc -l; }
mail() {  # mail FROM SUBJECT MSGID [EXTRA-HEADER...]
  local from=$1 subj=$2 id=$3; shift 3
  printf 'From: %s\nTo: support@example.com\nSubject: %s\nMessage-ID: <%s>\nDate: Thu, 03 Dec 2026 10:00:00 +0000\n' "$from" "$subj" "$id"
  for h in "$@"; do printf '%s\n' "$h"; done
  printf 'Content-Type: text/plain; charset=utf-8\n\nHello,\nthe service is down and nobody can log in, please help!\n'
}
last_auto() { ls -t "$md/.Triage.Auto/new"/* | head -1; }

# --- a customer's request, and the agent's answer to it
mail anna@customer.example "Checkout down" c1@customer.example | mt deliver -q
eq "customer: one ticket" 1 "$(tickets)"
t1=$(mt sla -q | awk 'NR == 2 { print $1 }')
mail agent@example.com "Re: Checkout down" a1@example.com "In-Reply-To: <c1@customer.example>" | mt deliver -q
before=$(mt sla -q | awk 'NR == 2 { print $2, $3 }')

# --- her out-of-office reply to the agent joins that ticket, unchanged
mail anna@customer.example "Automatic reply: Re: Checkout down" o1@customer.example \
  "In-Reply-To: <a1@example.com>" "Auto-Submitted: auto-replied" | mt deliver -q
eq "out-of-office: exit 0" 0 $?
eq "out-of-office: in Triage.Auto" 1 "$(auto_files)"
f=$(last_auto)
eq "out-of-office: X-Triage-Auto" auto-reply "$(hdr X-Triage-Auto "$f")"
eq "out-of-office: joins the ticket it answers" "$t1" "$(hdr X-Triage-Ticket "$f")"
check "out-of-office: no SLA due" bash -c "[ -z \"\$(grep '^X-Triage-SLA-Due' '$f')\" ]"
check "out-of-office: original bytes kept" grep -q 'nobody can log in' "$f"
eq "out-of-office: still one ticket" 1 "$(tickets)"
eq "out-of-office: the ticket unchanged" "$before" "$(mt sla -q | awk 'NR == 2 { print $2, $3 }')"

# --- autoresponders in seven languages, with no header but their subject
# (in a reply to the mail they answer)
n=1
for s in "Out of Office: Re: order" "Abwesenheitsnotiz: Ihre Anfrage" \
    "Réponse automatique : votre demande" "Respuesta automática: su pedido" \
    "Resposta automática: pedido" "Risposta automatica: ordine" \
    "Automatisch antwoord: bestelling"; do
  n=$((n + 1))
  mail "bob$n@customer.example" "$s" "oof$n@customer.example" "In-Reply-To: <ours$n@example.com>" | mt deliver -q
  eq "autoresponder subject '$s': automatic" auto-reply "$(hdr X-Triage-Auto "$(last_auto)")"
done
eq "autoresponders: no ticket opened" 1 "$(tickets)"

# --- delivery reports from the public corpus
for f in "$M"/ruby-mail/multipart_report_emails/*.eml; do mt deliver -q < "$f"; done
check "bounces: filed as bounce" grep -lq '^X-Triage-Auto: bounce' "$md/.Triage.Auto/new"/*
eq "bounces: no ticket opened" 1 "$(tickets)"

# --- list mail from the public corpus (SpamAssassin ham with List-Id)
for f in $(grep -l '^List-Id:' "$M"/spamassassin/easy-ham-1/* | head -3); do
  mt deliver -q < "$f"
done
eq "list mail from the corpus: three, as list" 3 \
  "$(grep -l '^X-Triage-Auto: list' "$md/.Triage.Auto/new"/* | wc -l)"
eq "list mail: no ticket opened" 1 "$(tickets)"

# --- a mailing list, bulk mail, our own notice coming back
mail news@lists.example "Weekly digest: outage report" l1@lists.example "List-Id: <users.lists.example>" | mt deliver -q
eq "list: automatic" list "$(hdr X-Triage-Auto "$(last_auto)")"
mail promo@shop.example "Big sale" b1@shop.example "Precedence: bulk" | mt deliver -q
eq "bulk: automatic" bulk "$(hdr X-Triage-Auto "$(last_auto)")"
mail triage@example.com "[mailtriage] #1 escalated high -> critical" n1@example.com "X-Triage-Escalation: ticket=1; from=high; to=critical" | mt deliver -q
eq "our own notice: automatic" own "$(hdr X-Triage-Auto "$(last_auto)")"
eq "still one ticket" 1 "$(tickets)"

# --- automatic mail is no contact: three out-of-office replies, then a
# real mail from the same sender is a first contact, not a repeat
for i in 1 2 3; do
  mail carl@customer.example "Out of Office: Re: x" "co$i@customer.example" "X-Autoreply: yes" | mt deliver -q
done
mail carl@customer.example "Invoice question" cq@customer.example | mt deliver -q
f=$(grep -l 'Invoice question' "$md"/.Triage.*/new/* | head -1)
check "real mail after autoreplies: a ticket" test -n "$(hdr X-Triage-Ticket "$f")"
r=$(hdr X-Triage-Reasons "$f")
check "real mail after autoreplies: not a repeat contact ($r)" test "${r#*repeat}" = "$r"

# --- kinds can be switched off: then it is triaged as a customer's
cat "$T/mt.conf" > "$T/nolist.conf"
printf '[auto]\nkinds = bounce auto-reply bulk own\n' >> "$T/nolist.conf"
mail news@lists.example "Outage: the service is down" l2@lists.example "List-Id: <users.lists.example>" |
  "$BIN" deliver -q -c "$T/nolist.conf"
f=$(grep -l 'l2@lists.example' "$md"/.Triage.*/new/* | head -1)
check "list off: not in Triage.Auto" bash -c "[[ '$f' != *Triage.Auto* ]]"
check "list off: a ticket" test -n "$(hdr X-Triage-Ticket "$f")"
printf '[auto]\nkinds = bounce, nonsense\n' > "$T/bad.conf"
"$BIN" check -c "$T/bad.conf" > /dev/null 2> "$T/bad.err"
eq "check: a bad kind is an error" 78 $?
check "check: the kind named at file:line:col" grep -q "bad.conf:2:9: error: auto.kinds: unknown kind \"nonsense\"" "$T/bad.err"

# --- explain says why
mail dora@customer.example "Out of Office: Re: y" e1@customer.example "Auto-Submitted: auto-replied" > "$T/e1.eml"
mt explain "$T/e1.eml" > "$T/explain.out"
check "explain: automatic, and why" grep -q '^Automatic: *auto-reply (Auto-Submitted: auto-replied)' "$T/explain.out"
mt explain --json "$T/e1.eml" > "$T/explain.json"
check "explain --json: auto" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d=d[0] if isinstance(d,list) else d; assert d["auto"]=="auto-reply", d' "$T/explain.json"

finish
