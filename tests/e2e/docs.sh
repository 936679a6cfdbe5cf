#!/usr/bin/env bash
# The documentation keeps up with the code: every config key in
# src/conf-keys.c's tables is in mailtriage.conf(5) and in the example
# conf/mailtriage.conf, every subcommand in src/main.c's table is in
# mailtriage(1), and the man pages render without groff warnings.
. "$(dirname "$0")/../lib.sh"
M=$SRC/contrib/man

# group.key for every entry of the key tables: "{ "group", "key"," lines,
# LEVEL_KEYS("group", ...) expanded with the macro's own keys, and the
# account_keys table's "account" group.
{
  grep -oE '^[[:space:]]*\{ "[a-z_]+", "[a-z_]+",' "$SRC/src/conf-keys.c" |
    sed -E 's/.*"([a-z_]+)", "([a-z_]+)",/\1.\2/'
  lk=$(sed -n '/#define LEVEL_KEYS/,/^$/p' "$SRC/src/conf-keys.c" |
    grep -oE '\{ g, "[a-z_]+"' | sed -E 's/.*"(.*)"/\1/')
  for g in $(grep -oE 'LEVEL_KEYS\("[a-z]+"' "$SRC/src/conf-keys.c" | sed -E 's/.*"(.*)"/\1/'); do
    for k in $lk; do echo "$g.$k"; done
  done
} | sort -u > "$T/keys"
check "found the config keys in src/conf-keys.c" test "$(wc -l < "$T/keys")" -ge 20

# group.key documented in the man page: ".SS [g1], [g2]" then ".TP" / ".B key".
awk '/^\.SS / { n = 0; s = $0; while (match(s, /\[[a-z_]+/)) {
        g[++n] = substr(s, RSTART + 1, RLENGTH - 1); s = substr(s, RSTART + RLENGTH) }
      next }
     /^\.SH / { n = 0 }
     prev == ".TP" && /^\.B [a-z_]+$/ { for (i = 1; i <= n; i++) print g[i] "." $2 }
     { prev = $0 }' "$M/mailtriage.conf.5" | sort -u > "$T/man-keys"
# group.key in the example: "[group]" or "[group NAME]" (maybe commented
# out), then "key = value" lines (maybe commented out).
awk '/^#?\[[a-z_]+( [^]]*)?\]$/ { g = $0; sub(/^#?\[/, "", g); sub(/[] ].*/, "", g); next }
     g != "" && /^#?[a-z_]+ *=/ { k = $0; sub(/^#?/, "", k); sub(/ *=.*/, "", k); print g "." k }' \
  "$SRC/conf/mailtriage.conf" | sort -u > "$T/example-keys"
while read -r k; do
  check "mailtriage.conf.5 documents $k" grep -qx "$k" "$T/man-keys"
  check "conf/mailtriage.conf shows $k" grep -qx "$k" "$T/example-keys"
done < "$T/keys"
# ...and documents no key the code does not have.
eq "mailtriage.conf.5: no stale keys" "" "$(comm -13 "$T/keys" "$T/man-keys" | tr '\n' ' ')"

# Every subcommand in main.c's table has its own entry in mailtriage.1.
cmds=$(sed -n '/cmd_table\[\] = {/,/^};/p' "$SRC/src/main.c" |
  grep -oE '&cmd_[a-z_]+_entry' | sed -E 's/&cmd_(.*)_entry/\1/; s/_/-/g')
check "found the subcommands in src/main.c" test -n "$cmds"
for c in $cmds; do
  re=$(printf '%s' "$c" | sed 's/-/\\\\-/g')
  check "mailtriage.1 describes $c" grep -qx "\\.B $re" "$M/mailtriage.1"
  check "mailtriage.1 synopsis has $c" grep -qx "\\.B mailtriage $re" "$M/mailtriage.1"
done

# They render, without warnings.
if need tool groff man; then
  for p in mailtriage.1 mailtriage.conf.5 mailtriage-filters.5; do
    w=$(groff -man -ww -z "$M/$p" 2>&1)
    eq "$p: groff -ww without warnings" "" "$w"
    check "$p: man -l renders" bash -c "MANWIDTH=80 man -l '$M/$p' 2>/dev/null | grep -q '^NAME'"
  done
fi

finish
