/* Delivery into Maildir++ folders (tmp/, fsync, link into new/, fsync). */
#ifndef MAILDIR_H
#define MAILDIR_H

#include <stddef.h>
#include <time.h>

/* "<root>/.<folder>", or root itself for folder "" (INBOX). Caller frees. */
char *maildir_folder_path(const char *root, const char *folder);

/* Creates root and the folder with cur/ new/ tmp/ (mode 0700) as needed,
 * plus Maildir++'s "maildirfolder" marker file in subfolders. Below the
 * root nothing is followed through a symlink (here and in every function
 * of this module): a symlinked folder, new/ or tmp/ is an error.
 * Returns 0, or -1 with *err set (caller frees). */
int maildir_ensure(const char *root, const char *folder, char **err);

/* A unique file name per the Maildir spec:
 * "<sec>.M<usec>P<pid>Q<n>.<host>,S=<size>". Caller frees. */
/* Whether a ledger's file name is one maildir_unique_name made: other
 * stores' ids there ("lmtp:...") have a colon, these never. */
int maildir_is_name(const char *file);
char *maildir_unique_name(size_t size);

/* Writes data to tmp/<name>, fsyncs it, links it into new/<name>, removes
 * the tmp/ file and fsyncs new/. Only then returns 0 (with the path in
 * *path_out if not NULL; caller frees). On any failure, nothing is left
 * in new/, and -1 is returned with *err set (caller frees). */
int maildir_deliver(const char *root, const char *folder, const char *name,
    const char *data, size_t len, char **path_out, char **err);

/* Looks for a delivered message by base name in new/ and cur/ (where the
 * reader may have renamed it "<name>:2,<flags>"). Returns 1 and the path
 * (caller frees; path_out may be NULL), 0 when absent, -1 on error. */
int maildir_find(const char *root, const char *folder, const char *name,
    char **path_out);

/* Makes a file found on disk (a retry's earlier copy) durable: fsyncs it
 * and its directory. Returns 0, or -1 with *err set (caller frees). */
int maildir_settle(const char *path, char **err);

/* Removes the folder's tmp/ files older than 36 hours (leftovers of
 * killed runs, as the Maildir convention says). Returns how many, or -1
 * with *err set (caller frees). A folder that does not exist has none. */
int maildir_clean_tmp(const char *root, const char *folder, time_t now,
    char **err);

#endif
