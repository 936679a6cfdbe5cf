#!/usr/bin/env bash
# The demo: installs, builds, delivers the bundled sample mails into a
# fresh demo Maildir with no config file at all, and prints the result.
# mailtriage never writes mail as root: run as root, the demo Maildir
# belongs to an unprivileged user ($SUDO_USER, else the system user
# "mailtriage", created if missing) and deliver drops to it, as it does
# from an MTA.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
bash "$top/contrib/install-deps.sh"
bash "$top/contrib/build.sh"
demo=${DEMO_MAILDIR:-$top/demo-maildir}
rm -rf "$demo"
if [ "$(id -u)" = 0 ]; then
  owner=${SUDO_USER:-}
  if [ -z "$owner" ] || [ "$owner" = root ]; then
    owner=mailtriage
    id -u "$owner" > /dev/null 2>&1 ||
      useradd --system --user-group --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin "$owner"
  fi
  mkdir -p "$demo"
  chown "$owner:" "$demo"
  # A tree under a private home (/root) cannot be entered by that user:
  # then the demo Maildir goes where it can.
  if ! runuser -u "$owner" -- test -w "$demo"; then
    rm -rf "$demo"
    demo=/var/tmp/mailtriage-demo
    rm -rf "$demo"
    mkdir -p "$demo"
    chown "$owner:" "$demo"
  fi
fi
for f in "$top"/contrib/samples/*.eml; do
  "$top/build/mailtriage" deliver -q --maildir "$demo" < "$f"
done
"$top/build/mailtriage" list --maildir "$demo"
echo
echo "Delivered into $demo (Maildir++ folders .Triage.*; ledger $demo/mailtriage.db)."
echo "Go on with the demo's mail:"
echo "  $top/build/mailtriage list   --maildir $demo"
echo "  $top/build/mailtriage report --maildir $demo"
echo "  $top/build/mailtriage sla    --maildir $demo"
