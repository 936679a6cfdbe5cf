/* Giving up root before delivery, so that nothing in a user's Maildir is
 * left owned by root (Dovecot, running as the user, could not read it). */
#ifndef PRIVDROP_H
#define PRIVDROP_H

/* When running as root, becomes the delivery user for good: user (a name
 * or a numeric uid) if not NULL; else the owner of the Maildir root;
 * else, when the root does not exist yet, the owner of its nearest
 * existing parent directory. An owner that is root itself means there is
 * no one to become, and nothing changes. Not root: nothing changes.
 * Returns 0, or -1 with *err set (caller frees) — the caller must then
 * not deliver. */
int privdrop_for_maildir(const char *user, const char *maildir, char **err);

#endif
