/* Per-key locks on one file: each key is one byte of the file (its
 * offset a hash of the key), locked with F_OFD_SETLK. An open file
 * description lock belongs to the open file, not the process: two locks
 * in one process conflict as between processes, closing another
 * descriptor of the file does not drop it, and it is gone when its
 * holder exits or is killed. Two keys share a byte only by a hash
 * collision in 2^40, and then one waits a moment. */
#define _GNU_SOURCE		/* F_OFD_SETLK */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "lock.h"

#define LOCK_SPAN	(1ULL << 40)
/* A held lock is tried again after 50 us, then twice as long each time
 * up to 2 ms: a writer's turn (a fraction of a millisecond) is not
 * waited out by a long sleep, a long wait costs no busy loop. */
#define LOCK_POLL_FIRST_US	50
#define LOCK_POLL_MAX_US	2000

struct lock {
	int fd;
	int owned;		/* fd is ours to close (lock_take) */
	off_t off;
};

char *
lock_path_for(const char *ledger)
{
	return g_strconcat(ledger, ".lock", NULL);
}

/* FNV-1a, 64 bits. */
static off_t
lock_offset(const char *key)
{
	uint64_t h = 14695981039346656037ULL;

	for (const unsigned char *p = (const unsigned char *)key; *p; p++) {
		h ^= *p;
		h *= 1099511628211ULL;
	}
	return (off_t)(h % LOCK_SPAN);
}

static int
lock_open(const char *path, char **err)
{
	int fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);

	if (fd == -1)
		*err = g_strdup_printf("lock file %s: %s", path,
		    g_strerror(errno));
	return fd;
}

/* One try: 0 locked, 1 held elsewhere, -1 error. */
static int
lock_try(int fd, off_t off, int type, const char *path, char **err)
{
	struct flock fl;

	memset(&fl, 0, sizeof fl);
	fl.l_type = (short)type;
	fl.l_whence = SEEK_SET;
	fl.l_start = off;
	fl.l_len = 1;
	if (fcntl(fd, F_OFD_SETLK, &fl) == 0)
		return 0;
	if (errno == EAGAIN || errno == EACCES)
		return 1;
	*err = g_strdup_printf("locking %s: %s%s", path, g_strerror(errno),
	    errno == EINVAL ? " (the file system has no open file "
	    "description locks: put the ledger on a local file system)" : "");
	return -1;
}

/* key's byte on fd, waiting at most wait_ms. */
static int
lock_wait(int fd, const char *path, const char *key, int wait_ms, int owned,
    struct lock **out, char **err)
{
	off_t off = lock_offset(key);
	gint64 until = g_get_monotonic_time() + (gint64)wait_ms * 1000;
	gulong nap = LOCK_POLL_FIRST_US;
	int rc;

	*out = NULL;
	while ((rc = lock_try(fd, off, F_WRLCK, path, err)) == 1 &&
	    g_get_monotonic_time() < until) {
		g_usleep(nap);
		nap = MIN(nap * 2, LOCK_POLL_MAX_US);
	}
	if (rc != 0)
		return rc;
	*out = g_new(struct lock, 1);
	(*out)->fd = fd;
	(*out)->owned = owned;
	(*out)->off = off;
	return 0;
}

int
lock_take(const char *path, const char *key, int wait_ms, struct lock **out,
    char **err)
{
	int fd, rc;

	*out = NULL;
	if ((fd = lock_open(path, err)) == -1)
		return -1;
	if ((rc = lock_wait(fd, path, key, wait_ms, 1, out, err)) != 0)
		close(fd);
	return rc;
}

int
lock_file_open(const char *path, char **err)
{
	return lock_open(path, err);
}

int
lock_take_on(int fd, const char *path, const char *key, int wait_ms,
    struct lock **out, char **err)
{
	return lock_wait(fd, path, key, wait_ms, 0, out, err);
}

int
lock_held(const char *path, const char *key, char **err)
{
	struct lock *l = NULL;
	int rc = lock_take(path, key, 0, &l, err);

	lock_release(&l);
	return rc;
}

void
lock_release(struct lock **l)
{
	if (l == NULL || *l == NULL)
		return;
	if ((*l)->owned)
		close((*l)->fd);	/* drops the lock */
	else {
		struct flock fl;

		memset(&fl, 0, sizeof fl);
		fl.l_type = F_UNLCK;
		fl.l_whence = SEEK_SET;
		fl.l_start = (*l)->off;
		fl.l_len = 1;
		/* Cannot fail on a byte this description locked; if it
		 * did, the lock would go with the descriptor's close. */
		(void)fcntl((*l)->fd, F_OFD_SETLK, &fl);
	}
	g_free(*l);
	*l = NULL;
}

void
lock_forget(struct lock **l)
{
	if (l == NULL || *l == NULL)
		return;
	g_free(*l);
	*l = NULL;
}
