/* Giving up root before delivery, so that nothing in a user's Maildir is
 * left owned by root (Dovecot, running as the user, could not read it). */
#ifndef PRIVDROP_H
#define PRIVDROP_H

/* When running as root, becomes the delivery user for good: user (a name
 * or a numeric uid) if not NULL; else the owner of the Maildir root;
 * else, when the root does not exist yet, the owner of its nearest
 * existing parent directory. An owner that is root itself is an error:
 * mail and the ledger beside it are never written as root. Not root:
 * nothing changes. Returns 0, or -1 with *err set (caller frees) — the
 * caller must then not deliver (and defers). */
int privdrop_for_maildir(const char *user, const char *maildir, char **err);

#endif
