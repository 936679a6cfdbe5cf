#!/usr/bin/env python3
"""Render a battery (a TSV of short mails) as .eml files for `mailtriage scan`.

    python3 render.py figurative.tsv OUTDIR       # lang, idiom, sentence
    python3 render.py hard-negatives.tsv OUTDIR   # lang, kind, subject, body
    python3 render.py outage-effect.tsv OUTDIR    # lang, priority, subject, body

File names carry the line number and the label columns
(NNN-lang-kind.eml), so `mailtriage scan -q --dry-run --json OUTDIR`
can be counted by kind. Bodies write a line break as the two characters
backslash-n.
"""
import importlib.util
import os
import sys

# The hand sets' renderer: its RFC 2047 encoder for a non-ASCII subject.
_spec = importlib.util.spec_from_file_location(
    "build", os.path.join(os.path.dirname(os.path.abspath(__file__)),
                          "..", "hand", "build.py"))
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)


def main():
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    with open(src, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            f = line.rstrip("\n").split("\t")
            if len(f) == 3:     # figurative: lang, idiom, sentence
                lang, label, subject, body = f[0], "figurative", "Hello", f[2]
            else:
                lang, label, subject, body = f[0], f[1], f[2], f[3]
            body = body.replace("\\n", "\n")
            if not subject.isascii():
                subject = build.header_value(subject, "utf-8", "Q")
            name = "%03d-%s-%s.eml" % (i, lang, label)
            with open(os.path.join(out, name), "w", encoding="utf-8") as m:
                m.write("From: Customer <customer@example.org>\n"
                        "To: support@example.com\n"
                        "Subject: %s\n"
                        "Message-ID: <battery-%03d@example.org>\n"
                        "MIME-Version: 1.0\n"
                        "Content-Type: text/plain; charset=utf-8\n"
                        "Content-Transfer-Encoding: 8bit\n\n%s\n"
                        % (subject, i, body))


if __name__ == "__main__":
    main()
