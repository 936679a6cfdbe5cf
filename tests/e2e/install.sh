#!/usr/bin/env bash
# cmake --install: the layout (binary, man pages, read-only filters, doc
# examples, the config), DESTDIR, an existing config left alone, and an
# installed binary that finds its installed filters and config by default.
# The last needs paths compiled in for the test prefix, so this test
# configures and builds its own tree with -DCMAKE_INSTALL_PREFIX=$T/prefix
# (only the mailtriage target); the build being tested ($1) is checked
# for the layout under DESTDIR with --prefix.
# Root is allowed (the build under test may sit where only root reads);
# the installed binary, run as root, delivers into the test user's Maildir.
MT_ROOT=allow
. "$(dirname "$0")/../lib.sh"
S=$SRC/contrib/samples
BUILD=$(dirname "$(realpath "$BIN")")
has_one() { only_file "$1" >/dev/null; }

# Checks the installed tree under ROOT (prefix PREFIX inside it).
layout() {  # layout WHAT ROOT
  local w=$1 r=$2
  check "$w: bin/mailtriage executable" test -x "$r/bin/mailtriage"
  check "$w: bin/mailtriage-oauth2-token executable" test -x "$r/bin/mailtriage-oauth2-token"
  for m in pg alert http poll; do
    check "$w: module lib/mailtriage/mailtriage-$m.so" test -f "$r/lib/mailtriage/mailtriage-$m.so"
  done
  check "$w: man1/mailtriage.1" test -f "$r/share/man/man1/mailtriage.1"
  check "$w: man5/mailtriage.conf.5" test -f "$r/share/man/man5/mailtriage.conf.5"
  check "$w: man5/mailtriage-filters.5" test -f "$r/share/man/man5/mailtriage-filters.5"
  local n
  n=$(find "$SRC/filters" -maxdepth 1 -name '*.rules' | wc -l)
  eq "$w: every shipped filter" "$n" "$(find "$r/share/mailtriage/filters" -maxdepth 1 -name '*.rules' | wc -l)"
  n=$(find "$SRC/filters" -maxdepth 1 -name '*.concepts' | wc -l)
  eq "$w: every shipped vocabulary" "$n" "$(find "$r/share/mailtriage/filters" -maxdepth 1 -name '*.concepts' | wc -l)"
  eq "$w: filters read-only (0444)" "" "$(find "$r/share/mailtriage/filters" -type f ! -perm 0444)"
  check "$w: no filter fixtures or README among the filters" \
    test -z "$(find "$r/share/mailtriage/filters" -type f ! -name '*.rules' ! -name '*.concepts')"
  for f in procmail/procmailrc postfix/master.cf postfix/main.cf \
      systemd/mailtriage-poll.service dovecot.md mailtriage.conf; do
    check "$w: doc example $f" cmp -s "$r/share/doc/mailtriage/examples/$f" \
      "$SRC/$( [ "$f" = mailtriage.conf ] && echo conf || echo contrib)/$f"
  done
}

# --- a build configured for the test prefix, installed there
P=$T/prefix
cmake -S "$SRC" -B "$T/build" -DCMAKE_INSTALL_PREFIX="$P" >/dev/null &&
  cmake --build "$T/build" --target mailtriage -j"$(nproc)" >/dev/null
eq "configure and build with the test prefix" 0 $?
cmake --install "$T/build" > "$T/install.out"
eq "cmake --install" 0 $?
layout "prefix" "$P"
conf=$P/etc/mailtriage/mailtriage.conf
check "config installed" cmp -s "$conf" "$SRC/conf/mailtriage.conf"

# The installed binary, with no -c and no --filters, reads the installed
# config and the installed filters: a folder set in that config and a rule
# added to the installed filters both show up.
printf '\n[low]\nfolder = Installed.Low\n' >> "$conf"
chmod u+w "$P/share/mailtriage/filters/outage.rules"
printf '\nrule install_marker\n    pattern /\\bzebracorn\\b/i\n    weight 2\n    desc Only in the installed copy\n' \
  >> "$P/share/mailtriage/filters/outage.rules"
chmod 0444 "$P/share/mailtriage/filters/outage.rules"
user_dir "$T/home"
printf 'From: a@example.com\nSubject: zebracorn\nMessage-ID: <inst@example.com>\n\nhello\n' > "$T/marker.eml"
env -u MAILTRIAGE_FILTERS "$P/bin/mailtriage" deliver -q --maildir "$T/home/md" < "$T/marker.eml"
eq "installed binary: deliver exit 0" 0 $?
f=$(only_file "$T/home/md/.Triage.High") && ok "installed filters used by default" ||
  not_ok "installed filters used by default"
[ -n "$f" ] && check "installed filters: marker rule matched" grep -q '^X-Triage-Rules: .*outage/install_marker' "$f"
"$P/bin/mailtriage" deliver -q --maildir "$T/home/md" < "$S/05-question.eml"
check "installed config used by default" has_one "$T/home/md/.Installed.Low"

# The installed binary finds its installed modules (a PostgreSQL ledger:
# the module loads, then the server is not there).
printf '[general]\nledger = postgresql://mt@/mt?host=%s\n' "$T" > "$T/pg.conf"
env -u MAILTRIAGE_MODULES "$P/bin/mailtriage" check -c "$T/pg.conf" > "$T/pgcheck.out" 2>&1
check "installed binary: finds its modules" bash -c "! grep -q 'not found\|another build' '$T/pgcheck.out' && grep -q 'ledger postgresql://mt@/mt' '$T/pgcheck.out'"

# --- installing again keeps the edited config
cp "$conf" "$T/conf.before"
cmake --install "$T/build" > "$T/install2.out"
eq "second install" 0 $?
check "existing config not overwritten" cmp -s "$conf" "$T/conf.before"
check "install says it kept the config" grep -q "Keeping existing: $conf" "$T/install2.out"

# --- DESTDIR: everything below it, nothing outside
D=$T/dest
DESTDIR=$D cmake --install "$T/build" > /dev/null
eq "DESTDIR install" 0 $?
layout "DESTDIR" "$D$P"
check "DESTDIR: config installed" cmp -s "$D$conf" "$SRC/conf/mailtriage.conf"
echo "# mine" > "$D$conf"
DESTDIR=$D cmake --install "$T/build" > /dev/null
eq "DESTDIR: existing config not overwritten" "# mine" "$(cat "$D$conf")"
check "DESTDIR: the real prefix's config untouched" cmp -s "$conf" "$T/conf.before"

# --- the build under test, with --prefix /usr into a DESTDIR
D2=$T/dest2
DESTDIR=$D2 cmake --install "$BUILD" --prefix /usr > /dev/null
eq "build under test: install --prefix /usr" 0 $?
layout "--prefix /usr" "$D2/usr"
# Its config goes where that binary looks (configure-time sysconfdir).
check "--prefix /usr: one config, under etc/mailtriage" \
  test "$(find "$D2" -path '*etc/mailtriage/mailtriage.conf' | wc -l)" -eq 1
eq "--prefix /usr: nothing outside DESTDIR" "" "$(find "$D2" -mindepth 1 -maxdepth 1 ! -name usr ! -name etc)"

finish
