#!/usr/bin/env bash
# Installs what mailtriage needs to build (and, with --test, to run its
# whole test suite) on Debian 12. Run as root. Safe to run again.
set -euo pipefail
pkgs=(build-essential cmake pkg-config libgmime-3.0-dev libetpan-dev
      libpcre2-dev libsqlite3-dev check libdpkg-perl libgnutls28-dev)
if [ "${1:-}" = "--test" ]; then
  # The end-to-end tests: python3 for the ledger lock test and the corpus
  # scorer, util-linux for runuser, procps for ps.
  pkgs+=(python3 util-linux procps)
  # imap.sh: a throwaway Dovecot (IMAP, IMAPS, STARTTLS) to poll.
  pkgs+=(dovecot-imapd)
  # postfix.sh, procmail.sh: the real Postfix and procmail, started by the
  # tests themselves; privdrop.sh: strace; docs.sh: man-db, groff-base.
  pkgs+=(postfix procmail strace man-db groff-base)
  # report.sh: the HTML report loaded in a headless browser.
  pkgs+=(chromium)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  new_postfix=0
  if [[ " ${missing[*]} " == *" postfix "* ]]; then
    # No questions and no system mail server: the tests run their own
    # instance from a private config directory.
    new_postfix=1
    echo 'postfix postfix/main_mailer_type select No configuration' |
      debconf-set-selections
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
  # Should the package have started a system Postfix anyway, stop the one
  # just installed (never one the admin already ran). It would not collide
  # with the tests' instance (own port, own queue), but is not wanted.
  if [ "$new_postfix" = 1 ] && postfix status >/dev/null 2>&1; then
    postfix stop >/dev/null 2>&1 || true
  fi
fi
