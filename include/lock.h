/* Locks that die with their holder: one lock file beside the ledger, one
 * byte of it per key (open file description locks), so that two
 * deliveries of the same message never run at once, and the lock of a
 * run that crashed is gone with it. */
#ifndef LOCK_H
#define LOCK_H

struct lock;

/* Takes the lock of key in the file at path (created 0600 when missing,
 * never through a symlink), waiting at most wait_ms for another holder.
 * Returns 0 with *out held (caller releases), 1 when another process
 * still holds it after wait_ms, -1 on error (*err set; caller frees). */
int lock_take(const char *path, const char *key, int wait_ms,
    struct lock **out, char **err);
/* For a lock taken again and again in turn (the ledger writers' turn):
 * the lock file opened once (a descriptor, or -1 with *err), and key's
 * byte taken on it as lock_take would, without an open and a close per
 * turn. lock_release then unlocks the byte and leaves fd open. One
 * descriptor's locks do not exclude each other: take one key at a time
 * on it, and open it again in a forked child. */
int lock_file_open(const char *path, char **err);
int lock_take_on(int fd, const char *path, const char *key, int wait_ms,
    struct lock **out, char **err);
/* Whether another process holds key now: 1 yes, 0 no, -1 error. */
int lock_held(const char *path, const char *key, char **err);
void lock_release(struct lock **l);	/* NULL-safe */
/* Drops the handle without unlocking (a forked child's copy of a lock
 * taken with lock_take_on: the byte stays the parent's). NULL-safe. */
void lock_forget(struct lock **l);

/* The lock file of a ledger: "<ledger>.lock". Caller frees. */
char *lock_path_for(const char *ledger);

#endif
