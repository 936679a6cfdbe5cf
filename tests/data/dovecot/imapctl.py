#!/usr/bin/env python3
"""The test's own view of the throwaway Dovecot (tests/e2e/imap.sh), over
plain IMAP on 127.0.0.1:$IMAP_PORT as support/secret:

  imapctl.py append FOLDER FILE [FLAG...]   APPEND a message
  imapctl.py dump                           FOLDER<TAB>MESSAGE-ID<TAB>FLAGS
                                            for every message everywhere
  imapctl.py wait FOLDER MESSAGE-ID SECS    until it is there (exit 1 if not)
  imapctl.py create FOLDER
  imapctl.py flag FOLDER MESSAGE-ID FLAG... UID STORE +FLAGS, as an agent's
                                            client does (\\Answered)
  imapctl.py move FOLDER MESSAGE-ID DEST    UID MOVE it into DEST
  imapctl.py delete FOLDER MESSAGE-ID       \\Deleted and UID EXPUNGE
"""
import email
import imaplib
import os
import re
import sys
import time


def connect():
    c = imaplib.IMAP4("127.0.0.1", int(os.environ["IMAP_PORT"]))
    c.login("support", "secret")
    return c


def folders(c):
    out = []
    for line in c.list()[1]:
        m = re.match(rb'\((.*?)\) "(.*?)" (.*)', line)
        if b"\\Noselect" in m.group(1):
            continue
        out.append(m.group(3).decode().strip('"'))
    return out


def messages(c, folder):
    typ, data = c.select('"%s"' % folder, readonly=True)
    if typ != "OK" or int(data[0]) == 0:
        return []
    typ, data = c.fetch("1:*", "(FLAGS BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])")
    out = []
    for item in data:
        if not isinstance(item, tuple):
            continue
        flags = re.search(rb"FLAGS \((.*?)\)", item[0]).group(1).decode()
        mid = re.search(rb"<([^>]*)>", item[1])
        flags = [f for f in flags.split() if f != "\\Recent"]
        out.append((mid.group(1).decode() if mid else "-",
                    " ".join(sorted(flags))))
    return out


def uid_of(c, folder, mid):
    c.select('"%s"' % folder)
    typ, data = c.uid("SEARCH", None, "HEADER", "Message-ID", "<%s>" % mid)
    uids = data[0].split() if typ == "OK" and data[0] else []
    if not uids:
        sys.exit("%s not in %s" % (mid, folder))
    return uids[-1].decode()


def main():
    cmd = sys.argv[1]
    c = connect()
    if cmd == "append":
        flags = "(%s)" % " ".join(sys.argv[4:]) if len(sys.argv) > 4 else None
        with open(sys.argv[3], "rb") as f:
            typ, _ = c.append(sys.argv[2], flags, None, f.read())
        sys.exit(typ != "OK")
    if cmd == "create":
        c.create(sys.argv[2])
        return
    if cmd == "flag":
        uid = uid_of(c, sys.argv[2], sys.argv[3])
        typ, _ = c.uid("STORE", uid, "+FLAGS", "(%s)" % " ".join(sys.argv[4:]))
        sys.exit(typ != "OK")
    if cmd == "move":
        uid = uid_of(c, sys.argv[2], sys.argv[3])
        typ, _ = c.uid("MOVE", uid, '"%s"' % sys.argv[4])
        sys.exit(typ != "OK")
    if cmd == "delete":
        uid = uid_of(c, sys.argv[2], sys.argv[3])
        c.uid("STORE", uid, "+FLAGS", "(\\Deleted)")
        typ, _ = c.uid("EXPUNGE", uid)
        sys.exit(typ != "OK")
    if cmd == "dump":
        for folder in sorted(folders(c)):
            for mid, flags in messages(c, folder):
                print("%s\t%s\t%s" % (folder, mid, flags))
        return
    if cmd == "header":
        # header NAME: "FOLDER<TAB>MESSAGE-ID<TAB>VALUE" per message.
        name = sys.argv[2]
        for folder in sorted(folders(c)):
            typ, data = c.select('"%s"' % folder, readonly=True)
            if typ != "OK" or int(data[0]) == 0:
                continue
            typ, data = c.uid("FETCH", "1:*", "(BODY.PEEK[HEADER.FIELDS "
                              "(MESSAGE-ID %s)])" % name)
            for part in data:
                if not isinstance(part, tuple):
                    continue
                h = email.message_from_bytes(part[1])
                print("%s\t%s\t%s" % (folder,
                      (h.get("Message-ID") or "").strip("<>"),
                      h.get(name) or ""))
        return
    if cmd == "wait":
        deadline = time.time() + float(sys.argv[4])
        while time.time() < deadline:
            if any(m == sys.argv[3] for m, _ in messages(c, sys.argv[2])):
                return
            time.sleep(0.3)
        sys.exit(1)
    sys.exit("unknown command " + cmd)


if __name__ == "__main__":
    main()
