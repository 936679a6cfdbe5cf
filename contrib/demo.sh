#!/usr/bin/env bash
# The demo: installs, builds, delivers the bundled sample mails into a
# fresh demo Maildir with no config file at all, and prints the result.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
bash "$top/contrib/install-deps.sh"
bash "$top/contrib/build.sh"
demo=${DEMO_MAILDIR:-$top/demo-maildir}
rm -rf "$demo"
for f in "$top"/contrib/samples/*.eml; do
  "$top/build/mailtriage" deliver -q --maildir "$demo" < "$f"
done
"$top/build/mailtriage" list --maildir "$demo"
echo
echo "Delivered into $demo (Maildir++ folders .Triage.*; ledger $demo/mailtriage.db)."
