#!/usr/bin/env python3
"""Render a hand-written set (src/<lang>.py) as RFC 5322 mail.
usage: python3 build.py [--set hand|hand2|...|hand41 (SETS below)] [--out DIR] [--check]
usage: python3 build.py [--set hand|hand2|hand3|hand4|hand5|hand6|hand7|hand8|hand9|hand10|hand11|hand12|hand13|hand14|hand15|hand16|hand17|hand18|hand19|hand20|hand21|hand22|hand23|hand24|hand25|hand26|hand27|hand28|hand29|hand30|hand31|...] [--out DIR] [--check]

Writes <prefix>-NNNN.eml (shuffled order) and labels.tsv with the same
columns as val-hand's labels.tsv.  Deterministic: file order from
random.Random(<seed>), each message's MIME variant from a generator seeded
with "<prefix>:<lang>:<n>" (per set: SETS below).  --check re-parses every file with the standard
email parser and verifies headers and bodies against the source.
Standard library only.
"""
import argparse
import base64
import datetime
import hashlib
import html
import html.entities
import importlib.util
import os
import quopri
import random
import re
import sys
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
# set -> (its src/ directory, file and seed prefix, shuffle seed)
SETS = {
    "hand": (os.path.join(HERE, "src"), "fresh", 20261207),
    "hand2": (os.path.join(HERE, "..", "hand2", "src"), "blind3", 20261205),
    "hand3": (os.path.join(HERE, "..", "hand3", "src"), "blind4", 20261206),
    "hand4": (os.path.join(HERE, "..", "hand4", "src"), "blind5", 20261208),
    "hand5": (os.path.join(HERE, "..", "hand5", "src"), "blind6", 20261209),
    "hand6": (os.path.join(HERE, "..", "hand6", "src"), "blind7", 20261210),
    "hand7": (os.path.join(HERE, "..", "hand7", "src"), "blind8", 20261211),
    "hand8": (os.path.join(HERE, "..", "hand8", "src"), "blind9", 20261212),
    "hand9": (os.path.join(HERE, "..", "hand9", "src"), "blind10", 20261213),
    "hand10": (os.path.join(HERE, "..", "hand10", "src"), "blind11", 20261214),
    "hand11": (os.path.join(HERE, "..", "hand11", "src"), "blind12", 20261215),
    "hand12": (os.path.join(HERE, "..", "hand12", "src"), "blind13", 20261216),
    "hand13": (os.path.join(HERE, "..", "hand13", "src"), "blind14", 20261217),
    "hand14": (os.path.join(HERE, "..", "hand14", "src"), "blind15", 20261218),
    "hand15": (os.path.join(HERE, "..", "hand15", "src"), "blind16", 20261219),
    "hand16": (os.path.join(HERE, "..", "hand16", "src"), "blind17", 20261220),
    "hand17": (os.path.join(HERE, "..", "hand17", "src"), "blind18", 20261221),
    "hand18": (os.path.join(HERE, "..", "hand18", "src"), "blind19", 20261222),
    "hand19": (os.path.join(HERE, "..", "hand19", "src"), "blind20", 20261223),
    "hand20": (os.path.join(HERE, "..", "hand20", "src"), "blind21", 20261224),
    "hand21": (os.path.join(HERE, "..", "hand21", "src"), "blind22", 20261225),
    "hand22": (os.path.join(HERE, "..", "hand22", "src"), "blind23", 20261226),
    "hand23": (os.path.join(HERE, "..", "hand23", "src"), "blind24", 20261227),
    "hand24": (os.path.join(HERE, "..", "hand24", "src"), "blind25", 20261228),
    "hand25": (os.path.join(HERE, "..", "hand25", "src"), "blind26", 20261229),
    "hand26": (os.path.join(HERE, "..", "hand26", "src"), "blind27", 20261230),
    "hand27": (os.path.join(HERE, "..", "hand27", "src"), "blind28", 20261231),
    "hand28": (os.path.join(HERE, "..", "hand28", "src"), "blind29", 20270101),
    "hand29": (os.path.join(HERE, "..", "hand29", "src"), "blind30", 20270102),
    "hand30": (os.path.join(HERE, "..", "hand30", "src"), "blind31", 20270103),
    "hand31": (os.path.join(HERE, "..", "hand31", "src"), "blind32", 20270104),
    "hand32": (os.path.join(HERE, "..", "hand32", "src"), "blind33", 20270105),
    "hand33": (os.path.join(HERE, "..", "hand33", "src"), "blind34", 20270106),
    "hand34": (os.path.join(HERE, "..", "hand34", "src"), "blind35", 20270107),
    "hand35": (os.path.join(HERE, "..", "hand35", "src"), "blind36", 20270108),
    "hand36": (os.path.join(HERE, "..", "hand36", "src"), "blind37", 20270109),
    "hand37": (os.path.join(HERE, "..", "hand37", "src"), "blind38", 20270110),
    "hand38": (os.path.join(HERE, "..", "hand38", "src"), "blind39", 20270111),
    "hand39": (os.path.join(HERE, "..", "hand39", "src"), "blind40", 20270112),
    "hand40": (os.path.join(HERE, "..", "hand40", "src"), "blind41", 20270113),
    "hand41": (os.path.join(HERE, "..", "hand41", "src"), "blind42", 20270114),
    "hand42": (os.path.join(HERE, "..", "hand42", "src"), "blind43", 20270115),
    "hand43": (os.path.join(HERE, "..", "hand43", "src"), "blind44", 20270116),
    "hand44": (os.path.join(HERE, "..", "hand44", "src"), "blind45", 20270117),
    "hand45": (os.path.join(HERE, "..", "hand45", "src"), "blind46", 20270118),
}
SRC, PREFIX, SEED = SETS["hand"]
OUT = os.path.join(HERE, "mail")
LANGS = ("en", "de", "fr", "es", "pt", "it", "nl")
ORDER = ("safety", "outage", "payment", "account")
PRIOS = ("critical", "high", "medium", "low")
PER_LANG = 24
TZ = {"en": 0, "de": 60, "fr": 60, "es": 60, "pt": 0, "it": 60, "nl": 60}


def load(lang):
    spec = importlib.util.spec_from_file_location(f"src_{lang}", os.path.join(SRC, f"{lang}.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.MESSAGES


def validate(lang, msgs):
    errs = []
    ns = [m["n"] for m in msgs]
    if ns != list(range(1, PER_LANG + 1)):
        errs.append(f"{lang}: entries are not n=1..{PER_LANG}: {ns}")
    for m in msgs:
        tag = f"{lang}:{m['n']}"
        sig = m["signals"]
        if sig != "-":
            parts = sig.split(",")
            if any(p not in ORDER for p in parts) or parts != sorted(parts, key=ORDER.index) or len(set(parts)) != len(parts):
                errs.append(f"{tag}: bad signal list {sig}")
        if m["priority"] not in PRIOS:
            errs.append(f"{tag}: bad priority {m['priority']}")
        if "safety" in sig and m["priority"] != "critical":
            errs.append(f"{tag}: safety must be critical")
        if sig == "-" and m["priority"] != "low":
            errs.append(f"{tag}: no-signal rows are low")
        quoted = any(l.startswith(">") for l in m["body"].split("\n"))
        if m["qt"]:
            if not quoted:
                errs.append(f"{tag}: quoted trap without quoted lines")
            if m["trap"] not in ORDER or m["trap"] in sig.split(","):
                errs.append(f"{tag}: quoted trap class {m['trap']} invalid or in gold")
        if m["reply"] and not quoted and not re.match(r"(?i)^(re|aw|antw|r|res|rif|sv)\s?:", m["subject"]):
            errs.append(f"{tag}: reply without quote or prefix")
    return errs


# ---------------------------------------------------------------- encoding helpers

def fits(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def q_word(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append(f"={c:02X}")
    return "".join(out)


def encoded_words(text, cs, kind, limit=75):
    """RFC 2047 encode text as one or more encoded words (folded with CRLF-space later)."""
    pre = f"=?{cs}?{kind}?"
    words, cur = [], ""

    def enc(s):
        b = s.encode(cs)
        return pre + (base64.b64encode(b).decode() if kind == "B" else q_word(b)) + "?="

    for ch in text:
        if cur and len(enc(cur + ch)) > limit:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return "\n ".join(words)


def header_value(text, cs, mode):
    if mode == "plain":
        return text
    return encoded_words(text, cs, mode)


def from_header(frm, cs, mode):
    m = re.match(r"^(.*?)\s*<([^>]+)>$", frm)
    name, addr = m.group(1), m.group(2)
    if mode == "plain":
        if re.search(r'[()<>@,;:\\".\[\]]', name):
            name = '"' + name.replace('\\', '\\\\').replace('"', '\\"') + '"'
        return f"{name} <{addr}>"
    return f"{encoded_words(name, cs, mode)} <{addr}>"


def cte_encode(data, cte):
    if cte in ("7bit", "8bit"):
        return data.decode("latin-1") if cte == "8bit" else data.decode("ascii")
    if cte == "qp":
        return quopri.encodestring(data).decode("ascii")
    return base64.encodebytes(data).decode("ascii")


def ent(ch, style):
    cp = ord(ch)
    if style == "named" and cp in html.entities.codepoint2name:
        return f"&{html.entities.codepoint2name[cp]};"
    return f"&#{cp};"


def to_html(text, o, cs):
    """Render a plain text message as HTML: paragraphs, <br>, quoted runs as <blockquote>."""
    def esc(s):
        s = html.escape(s, quote=False)
        if o["ent"] != "raw":
            s = "".join(c if ord(c) < 128 else ent(c, o["ent"]) for c in s)
        return s

    lines = text.split("\n")
    runs, cur, curq = [], [], None
    for l in lines:
        q = l.startswith(">")
        if curq is None or q == curq:
            cur.append(l)
        else:
            runs.append((curq, cur))
            cur = [l]
        curq = q
    runs.append((curq, cur))

    body = []
    for q, rl in runs:
        if q:
            inner = [re.sub(r"^> ?", "", l) for l in rl]
            body.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                        + "<br>\n".join(esc(l) for l in inner) + "</blockquote>")
            continue
        if o["nbsp"]:
            for l in rl:
                body.append('<p class="MsoNormal">' + (esc(l) if l.strip() else "&nbsp;") + "</p>")
        else:
            para = []
            for l in rl + [""]:
                if l.strip():
                    para.append(esc(l))
                elif para:
                    body.append("<p>" + "<br>\n".join(para) + "</p>")
                    para = []
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">'
    if o["style"]:
        head += ("\n<style>\np.MsoNormal, p { margin: 0 0 .6em 0; font-family: Calibri, Arial, sans-serif; }\n"
                 "blockquote { color: #555; }\n</style>")
    return f"<html>\n<head>\n{head}\n</head>\n<body>\n<div dir=\"ltr\">\n" + "\n".join(body) + "\n</div>\n</body>\n</html>\n"


# ---------------------------------------------------------------- one message

def choose(rng, lang, m):
    text = m["body"]
    o = {}
    r = rng.random()
    o["struct"] = "plain" if r < 0.55 else ("alt" if r < 0.85 else "html")
    # charset
    whole = text + m["subject"] + m["frm"]
    if lang == "en":
        o["cs"] = "us-ascii" if fits(text, "ascii") and rng.random() < 0.6 else "utf-8"
    else:
        r = rng.random()
        if r < 0.3 and fits(whole, "iso-8859-1"):
            o["cs"] = "iso-8859-1"
        elif r < 0.45 and fits(whole, "windows-1252"):
            o["cs"] = "windows-1252"
        else:
            o["cs"] = "utf-8"
    ascii_body = fits(text, "ascii")

    def pick_cte():
        r = rng.random()
        if r < 0.45:
            return "7bit" if ascii_body else "8bit"
        return "qp" if r < 0.75 else "b64"

    if o["struct"] == "alt":
        o["cte"] = (pick_cte(), pick_cte())
    else:
        o["cte"] = (pick_cte(),)
    hcs = o["cs"] if o["cs"] != "us-ascii" else "utf-8"
    o["hcs"] = hcs
    for key, val in (("subj", m["subject"]), ("frm", m["frm"].split("<")[0])):
        if not fits(val, "ascii"):
            o[key] = rng.choice(("B", "Q"))
        else:
            r = rng.random()
            o[key] = "plain" if r < 0.7 else ("B" if r < 0.85 else "Q")
    o["eol"] = "crlf" if rng.random() < 0.15 else "lf"
    if o["struct"] != "plain":
        o["style"] = int(rng.random() < 0.4)
        o["nbsp"] = int(rng.random() < 0.3)
        r = rng.random()
        o["ent"] = "named" if r < 0.3 else ("numeric" if r < 0.5 else "raw")
        if fits(text, "ascii"):
            o["ent"] = "none"
    return o


def part(ctype, payload_text, cs, cte):
    data = payload_text.encode(cs)
    if cte == "7bit" and not fits(payload_text, "ascii"):
        cte = "8bit"
    hdr = f"Content-Type: {ctype}; charset=\"{cs}\"\nContent-Transfer-Encoding: {'quoted-printable' if cte == 'qp' else ('base64' if cte == 'b64' else cte)}\n"
    body = cte_encode(data, cte)
    if not body.endswith("\n"):
        body += "\n"
    return hdr, body


def render(lang, m, idx):
    rng = random.Random(f"{PREFIX}:{lang}:{m['n']}")
    o = choose(rng, lang, m)
    text = m["body"].rstrip("\n") + "\n"
    cs = o["cs"]
    day = 1 + (m["n"] * 7 + LANGS.index(lang) * 3) % 12
    tz = datetime.timezone(datetime.timedelta(minutes=TZ[lang] if not (lang == "pt" and "correio" in m["frm"]) else -180))
    dt = datetime.datetime(2026, 12, day, 7 + rng.randrange(13), rng.randrange(60), rng.randrange(60), tzinfo=tz)
    date = dt.strftime("%a, %d %b %Y %H:%M:%S %z")
    h = hashlib.sha1(f"{PREFIX}:{lang}:{m['n']}".encode()).hexdigest()
    mid = f"<{h[:16]}.{lang}{m['n']}@mx.{m['frm'].split('@')[1].rstrip('>')}>"
    hdrs = [
        f"From: {from_header(m['frm'], o['hcs'], o['frm'])}",
        f"To: {m['to']}",
        f"Subject: {header_value(m['subject'], o['hcs'], o['subj'])}",
        f"Date: {date}",
        f"Message-ID: {mid}",
    ]
    if m["reply"]:
        ref = f"<{h[16:32]}@{m['to'].split('@')[1]}>"
        hdrs.append(f"In-Reply-To: {ref}")
        hdrs.append(f"References: <{h[32:40]}.{h[:8]}@{m['to'].split('@')[1]}>\n {ref}")
    hdrs.append("MIME-Version: 1.0")
    if lang != "en" and rng.random() < 0.3:
        hdrs.append(f"Content-Language: {lang}")

    if o["struct"] == "plain":
        ph, pb = part("text/plain", text, cs, o["cte"][0])
        msg = "\n".join(hdrs) + "\n" + ph + "\n" + pb
    elif o["struct"] == "html":
        ph, pb = part("text/html", to_html(text, o, cs), cs, o["cte"][0])
        msg = "\n".join(hdrs) + "\n" + ph + "\n" + pb
    else:
        b = f"=_alt_{h[:12]}"
        th, tb = part("text/plain", text, cs, o["cte"][0])
        hh, hb = part("text/html", to_html(text, o, cs), cs, o["cte"][1])
        msg = ("\n".join(hdrs) + f"\nContent-Type: multipart/alternative; boundary=\"{b}\"\n\n"
               "This is a multi-part message in MIME format.\n\n"
               f"--{b}\n{th}\n{tb}\n--{b}\n{hh}\n{hb}\n--{b}--\n")
    if o["eol"] == "crlf":
        msg = msg.replace("\n", "\r\n")
    raw = msg.encode("latin-1")  # 8bit payloads were carried as latin-1 code points
    quoted = any(l.startswith(">") for l in m["body"].split("\n"))
    v = [f"struct={o['struct']}", "cte=" + "+".join(o["cte"]), f"cs={cs}", f"subj={o['subj']}",
         f"frm={o['frm']}", f"eol={o['eol']}",
         "quote=" + ("trap" if m["qt"] else ("plain" if quoted else "none")), f"reply={m['reply']}"]
    if o["struct"] != "plain":
        v += [f"style={o['style']}", f"nbsp={o['nbsp']}", f"ent={o['ent']}"]
    return raw, ";".join(v)


# ---------------------------------------------------------------- check

def html_to_text(s):
    s = re.sub(r"(?is)<(style|head)\b.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</blockquote>|</div>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def norm(s):
    s = s.replace("\xa0", " ")
    s = re.sub(r"(?m)^\s*>[ >]*", "", s)
    return re.sub(r"\s+", " ", s).strip()


def check(items):
    errs = []
    par = BytesParser(policy=policy.default)
    for fname, lang, m in items:
        with open(os.path.join(OUT, fname), "rb") as fh:
            msg = par.parse(fh)
        tag = f"{fname} ({lang}:{m['n']})"
        if str(msg["Subject"]) != m["subject"]:
            errs.append(f"{tag}: subject {msg['Subject']!r} != {m['subject']!r}")
        name = m["frm"].split("<")[0].strip()
        if msg["From"].addresses[0].display_name != name:
            errs.append(f"{tag}: from name {msg['From'].addresses[0].display_name!r} != {name!r}")
        for h in ("To", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errs.append(f"{tag}: missing {h}")
        if msg["Date"] is not None and msg["Date"].datetime.year != 2026:
            errs.append(f"{tag}: bad Date")
        if m["reply"] and (msg["In-Reply-To"] is None or msg["References"] is None):
            errs.append(f"{tag}: reply without In-Reply-To/References")
        want = norm(m["body"])
        nparts = 0
        for p in msg.walk():
            if p.get_content_maintype() != "text":
                continue
            nparts += 1
            got = p.get_content()
            if p.get_content_subtype() == "html":
                got = html_to_text(got)
            if want not in norm(got):
                errs.append(f"{tag}: {p.get_content_type()} part does not contain the source text")
        if not nparts:
            errs.append(f"{tag}: no text part")
    lab = [l for l in open(os.path.join(OUT, "labels.tsv"), encoding="utf-8") if not l.startswith("#")]
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if sorted(l.split("\t")[0] for l in lab) != files or len(lab) != len(items):
        errs.append("labels.tsv rows do not match the .eml files one to one")
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--out", default=None,
                    help="directory for the .eml files and labels.tsv (default: ./mail here)")
    ap.add_argument("--set", default="hand", choices=sorted(SETS),
                    help="which set's src/ to render (default: hand)")
    a = ap.parse_args()
    global OUT, SRC, PREFIX, SEED
    SRC, PREFIX, SEED = SETS[a.set]
    if a.out:
        OUT = a.out
    allm, errs = [], []
    for lang in LANGS:
        msgs = load(lang)
        errs += validate(lang, msgs)
        allm += [(lang, m) for m in msgs]
    if errs:
        print("\n".join(errs), file=sys.stderr)
        sys.exit(1)
    random.Random(SEED).shuffle(allm)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows, items = [], []
    for i, (lang, m) in enumerate(allm, 1):
        fname = f"{PREFIX}-{i:04d}.eml"
        raw, variant = render(lang, m, i)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(raw)
        rows.append("\t".join((fname, m["signals"], m["priority"], f"{PREFIX}:{lang}:{m['n']}",
                               f"quoted_trap={m['qt']}", m["trap"], lang, variant)))
        items.append((fname, lang, m))
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8") as fh:
        fh.write("#file\tsignals\tpriority\tsource_id\tquoted_trap\ttrap_class\tlang\tvariant\n")
        fh.write("\n".join(rows) + "\n")
    print(f"wrote {len(rows)} messages to {OUT}")
    if a.check:
        errs = check(items)
        if errs:
            print("\n".join(errs), file=sys.stderr)
            sys.exit(1)
        print(f"check ok: {len(items)} files parse, headers and bodies match the source")


if __name__ == "__main__":
    main()
