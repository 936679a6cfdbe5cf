#!/usr/bin/env bash
# Installs what mailtriage needs to build (and, with --test, to run its
# whole test suite) on Debian 12. Run as root. Safe to run again.
set -euo pipefail
pkgs=(build-essential cmake pkg-config libgmime-3.0-dev libetpan-dev
      libpcre2-dev libsqlite3-dev check libdpkg-perl libgnutls28-dev
      libcurl4-gnutls-dev libmicrohttpd-dev libpq-dev)
if [ "${1:-}" = "--test" ]; then
  # The end-to-end tests: python3 for the ledger lock test and the corpus
  # scorer, util-linux for runuser, procps for ps.
  pkgs+=(python3 util-linux procps)
  # imap.sh: a throwaway Dovecot (IMAP, IMAPS, STARTTLS) to poll;
  # imap-oauth.sh: its oauth2 passdb (in dovecot-core, which
  # dovecot-imapd pulls in) checks the test's JWTs locally.
  pkgs+=(dovecot-imapd)
  # lmtp-store.sh: Dovecot's LMTP service and Sieve (its duplicate test)
  # take the mail the LMTP store hands over.
  pkgs+=(dovecot-lmtpd dovecot-sieve)
  # postfix.sh, procmail.sh: the real Postfix and procmail, started by the
  # tests themselves; privdrop.sh, faults.sh: strace (faults.sh kills a
  # run at each system call); faults.sh: sqlite3 (to damage a ledger);
  # docs.sh: man-db, groff-base.
  pkgs+=(postfix procmail strace sqlite3 man-db groff-base)
  # report.sh: the HTML report loaded in a headless browser.
  pkgs+=(chromium)
  # metrics.sh: promtool (checks the exposition and the alert rules).
  pkgs+=(prometheus)
  # ledger-pg.sh, gateways.sh: a throwaway PostgreSQL (initdb, pg_ctl
  # and psql) that the tests start as an unprivileged user.
  pkgs+=(postgresql-15 postgresql-client-15)
  # tests/bench/poll.sh (not run by ctest): imapfilter, the yardstick
  # poll is timed against.
  pkgs+=(imapfilter)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ "${#missing[@]}" -gt 0 ] || exit 0

# Whether the system's own instance of SERVICE (dovecot, postfix) runs.
running() {
  if [ -d /run/systemd/system ]; then
    systemctl is-active --quiet "$1.service"
  elif [ "$1" = postfix ]; then
    command -v postfix > /dev/null && postfix status > /dev/null 2>&1
  else
    local pid
    pid=$(cat "/run/$1/master.pid" 2>/dev/null) && kill -0 "$pid" 2>/dev/null
  fi
}
# Stops SERVICE and keeps it from starting at boot: the tests start
# their own instances (the package's Dovecot would sit on 143 and 993).
stop_service() {
  if [ -d /run/systemd/system ]; then
    systemctl disable --now "$1.service" > /dev/null 2>&1 || true
  else
    if [ "$1" = postfix ]; then postfix stop > /dev/null 2>&1 || true
    else service "$1" stop > /dev/null 2>&1 || true; fi
    update-rc.d "$1" disable > /dev/null 2>&1 || true
  fi
}
# The services whose packages this run installs, and whether each ran
# before: one the admin already ran is left alone.
declare -A was_running=()
for p in "${missing[@]}"; do
  case $p in
    dovecot-imapd|dovecot-lmtpd|dovecot-sieve) s=dovecot ;;
    postfix) s=postfix ;;
    prometheus) s=prometheus ;;
    postgresql-15) s=postgresql ;;
    *) continue ;;
  esac
  running "$s" && was_running[$s]=1 || was_running[$s]=0
done

export DEBIAN_FRONTEND=noninteractive
if [[ " ${missing[*]} " == *" postfix "* ]]; then
  # No questions and no system mail server: the tests run their own
  # instance from a private config directory.
  echo 'postfix postfix/main_mailer_type select No configuration' |
    debconf-set-selections
fi
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
for s in "${!was_running[@]}"; do
  if [ "${was_running[$s]}" = 0 ]; then
    stop_service "$s"
    echo "install-deps: $s installed for the tests; its system service is stopped and disabled"
  fi
done
