#!/usr/bin/env bash
# Installs what mailtriage needs to build (and, with --test, to run its
# whole test suite) on Debian 12. Run as root. Safe to run again.
set -euo pipefail
pkgs=(build-essential cmake pkg-config libgmime-3.0-dev libetpan-dev
      libpcre2-dev libsqlite3-dev check libdpkg-perl libgnutls28-dev)
if [ "${1:-}" = "--test" ]; then
  # The end-to-end tests: python3 for the ledger lock test and the corpus
  # scorer, util-linux for runuser.
  pkgs+=(python3 util-linux)
  # imap.sh: a throwaway Dovecot (IMAP, IMAPS, STARTTLS) to poll.
  pkgs+=(dovecot-imapd)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
