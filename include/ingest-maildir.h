/* Listing the message files of a directory that scan reads: a Maildir's
 * own new/ and cur/, or a plain directory of message files. */
#ifndef INGEST_MAILDIR_H
#define INGEST_MAILDIR_H

#include <stddef.h>

/* 1 when dir has cur/ and new/ subdirectories. */
int ingest_maildir_is(const char *dir);

/* The regular files of a Maildir's new/ then cur/ (its dot-folders are
 * not entered), or of a plain directory, each sorted by name. Names
 * starting with "." are skipped; there is no recursion. Returns 0 with
 * *paths (NULL-terminated, "dir/new/name"; free with
 * ingest_maildir_free()) and *n, or -1 with errno set. */
int ingest_maildir_list(const char *dir, char ***paths, size_t *n);
void ingest_maildir_free(char ***paths);	/* NULL-safe, sets NULL */

#endif
