/* Delivery into Maildir++ folders.
 *
 * The Maildir protocol (cr.yp.to/proto/maildir.html): write tmp/<unique>,
 * fsync it, link it into new/<unique>, remove the tmp/ name. Courier's
 * Maildir++ puts folders beside the inbox as "<root>/.<name>" with a
 * "maildirfolder" marker file. A message is only reported delivered once
 * new/ itself has been fsynced, so the directory entry is on disk too. */
#include <sys/stat.h>
#include <sys/time.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "maildir.h"

/* tmp/ files older than this are leftovers of killed runs (the Maildir
 * convention: 36 hours). */
#define MAILDIR_TMP_MAX_AGE (36 * 3600)

static const char *const maildir_subdirs[] = { "cur", "new", "tmp" };

/* Caller frees. */
char *
maildir_folder_path(const char *root, const char *folder)
{
	if (folder == NULL || *folder == '\0')
		return g_strdup(root);
	return g_strdup_printf("%s/.%s", root, folder);
}

/* Folder names must stay inside root: no '/', no empty "." components. */
static int
maildir_folder_valid(const char *folder)
{
	size_t n;

	if (folder == NULL || *folder == '\0')
		return 1;
	n = strlen(folder);
	return strchr(folder, '/') == NULL && folder[0] != '.' &&
	    folder[n - 1] != '.' && strstr(folder, "..") == NULL;
}

/* A base file name: no '/', and not "." or "..". */
static int
maildir_name_valid(const char *name)
{
	return name != NULL && *name != '\0' && strchr(name, '/') == NULL &&
	    strcmp(name, ".") != 0 && strcmp(name, "..") != 0;
}

/* mkdir that accepts a directory already there, made by us or a racing
 * process. For the root only: the root may be a symlink an admin made;
 * below it nothing is followed. */
static int
maildir_mkdir(const char *path, char **err)
{
	struct stat sb;
	int saved;

	if (mkdir(path, 0700) == 0 || errno == EEXIST)
		return 0;
	saved = errno;
	if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
		return 0;
	*err = g_strdup_printf("mkdir %s: %s", path, g_strerror(saved));
	errno = saved;
	return -1;
}

/* mkdir -p: every component of path. */
static int
maildir_mkdir_p(const char *path, char **err)
{
	char *copy = g_strdup(path);
	int rv = -1;

	for (char *p = copy + 1; *p != '\0'; p++) {
		if (*p != '/' || p[-1] == '/')
			continue;
		*p = '\0';
		if (maildir_mkdir(copy, err) != 0)
			goto out;
		*p = '/';
	}
	rv = maildir_mkdir(copy, err);
out:
	g_free(copy);
	return rv;
}

/* The directory name in at (shown: its path, for messages), made when
 * missing and create is set; never through a symlink. A descriptor, or
 * -1 with *err set. */
static int
maildir_dir_at(int at, const char *name, const char *shown, int create,
    char **err)
{
	int fd, saved;

	for (int tries = 0; tries < 2; tries++) {
		fd = openat(at, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
		    O_CLOEXEC);
		if (fd != -1)
			return fd;
		if (errno != ENOENT || !create || tries > 0)
			break;
		if (mkdirat(at, name, 0700) != 0 && errno != EEXIST)
			break;
	}
	saved = errno;
	*err = saved == ELOOP || saved == ENOTDIR ?
	    g_strdup_printf("%s: a symlink or not a directory; refusing to "
	    "follow it (remove it, or make it a real directory)", shown) :
	    g_strdup_printf("%s: %s", shown, g_strerror(saved));
	errno = saved;
	return -1;
}

/* The folders (their paths) this process made or found whole: a
 * long-running process (lmtpd, scan) checks each one's cur/ new/ tmp/
 * once, not for every message. One removed under it is made again: a
 * delivery that meets ENOENT forgets it and tries once more. */
static GHashTable *maildir_whole;

static int
maildir_known(const char *dir)
{
	return maildir_whole != NULL &&
	    g_hash_table_contains(maildir_whole, dir);
}

static void
maildir_remember(const char *dir)
{
	if (maildir_whole == NULL)
		maildir_whole = g_hash_table_new_full(g_str_hash,
		    g_str_equal, g_free, NULL);
	g_hash_table_add(maildir_whole, g_strdup(dir));
}

static void
maildir_forget(const char *dir)
{
	if (maildir_whole != NULL)
		g_hash_table_remove(maildir_whole, dir);
}

/* The folder's directory (root itself for INBOX), made with cur/ new/
 * tmp/ and, below the root, the "maildirfolder" marker when create is
 * set (and this process has not seen it whole). A descriptor, or -1
 * with *err set; ENOENT without create. */
static int
maildir_folder_open(const char *root, const char *folder, int create,
    char **err)
{
	char *dir = maildir_folder_path(root, folder), *sub;
	int rootfd = -1, fd = -1, saved = 0;
	int whole = create && maildir_known(dir);

	*err = NULL;
	if (root == NULL || *root == '\0' || !maildir_folder_valid(folder)) {
		*err = g_strdup_printf("maildir \"%s\" folder \"%s\": invalid "
		    "name", root != NULL ? root : "", folder != NULL ? folder :
		    "");
		saved = EINVAL;
		goto out;
	}
	/* The root is made (mkdir -p) only when it is not there yet. */
	if ((rootfd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1 &&
	    errno == ENOENT && create) {
		if (maildir_mkdir_p(root, err) != 0) {
			saved = errno;
			goto out;
		}
		rootfd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	}
	if (rootfd == -1) {
		saved = errno;
		*err = g_strdup_printf("%s: %s", root, g_strerror(saved));
		goto out;
	}
	if (folder == NULL || *folder == '\0') {
		fd = rootfd;
		rootfd = -1;
	} else {
		char *name = g_strdup_printf(".%s", folder);

		fd = maildir_dir_at(rootfd, name, dir, create, err);
		saved = errno;
		g_free(name);
		if (fd == -1)
			goto out;
	}
	for (size_t i = 0; create && !whole &&
	    i < G_N_ELEMENTS(maildir_subdirs); i++) {
		int sfd;

		sub = g_strdup_printf("%s/%s", dir, maildir_subdirs[i]);
		sfd = maildir_dir_at(fd, maildir_subdirs[i], sub, 1, err);
		saved = errno;
		g_free(sub);
		if (sfd == -1)
			goto fail;
		close(sfd);
	}
	if (create && !whole && folder != NULL && *folder != '\0') {
		int mfd = openat(fd, "maildirfolder", O_WRONLY | O_CREAT |
		    O_NOFOLLOW | O_CLOEXEC, 0600);

		if (mfd == -1) {
			saved = errno;
			*err = g_strdup_printf("%s/maildirfolder: %s", dir,
			    g_strerror(saved));
			goto fail;
		}
		close(mfd);
	}
	if (create && !whole)
		maildir_remember(dir);
	goto out;
fail:
	close(fd);
	fd = -1;
out:
	if (rootfd != -1)
		close(rootfd);
	g_free(dir);
	if (fd == -1)
		errno = saved;
	return fd;
}

int
maildir_ensure(const char *root, const char *folder, char **err)
{
	int fd;

	*err = NULL;
	if (root != NULL && maildir_folder_valid(folder)) {
		char *dir = maildir_folder_path(root, folder);
		int known = maildir_known(dir);

		g_free(dir);
		if (known)
			return 0;
	}
	if ((fd = maildir_folder_open(root, folder, 1, err)) == -1)
		return -1;
	close(fd);
	return 0;
}

int
maildir_is_name(const char *file)
{
	return file != NULL && strchr(file, ':') == NULL;
}

/* Caller frees. The host name with '/' and ':' written as octal escapes,
 * as the Maildir spec asks, so that it is a valid file name. */
char *
maildir_unique_name(size_t size)
{
	static unsigned long counter;
	char host[HOST_NAME_MAX + 1];
	struct timeval tv;
	GString *s;

	if (gethostname(host, sizeof host) != 0)
		strcpy(host, "localhost");
	host[sizeof host - 1] = '\0';
	gettimeofday(&tv, NULL);

	s = g_string_new(NULL);
	g_string_append_printf(s, "%lld.M%ldP%ldQ%lu.", (long long)tv.tv_sec,
	    (long)tv.tv_usec, (long)getpid(), ++counter);
	for (const char *p = host; *p != '\0'; p++) {
		if (*p == '/')
			g_string_append(s, "\\057");
		else if (*p == ':')
			g_string_append(s, "\\072");
		else
			g_string_append_c(s, *p);
	}
	g_string_append_printf(s, ",S=%zu", size);
	return g_string_free(s, FALSE);
}

static int
maildir_write_all(int fd, const char *data, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, data, len);

		if (n == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Moves tmp/name to new/name: 0 when linked (tmp/ still has it), 1 when
 * renamed, -1 on error. link() refuses to replace an existing file;
 * where the filesystem has no hard links, rename() is the fallback,
 * checked first so that it does not replace one either. */
static int
maildir_link(int tmpfd, int newfd, const char *name)
{
	struct stat sb;

	if (linkat(tmpfd, name, newfd, name, 0) == 0)
		return 0;
	if (errno != EPERM && errno != ENOSYS && errno != EXDEV &&
	    errno != EOPNOTSUPP)
		return -1;
	if (fstatat(newfd, name, &sb, AT_SYMLINK_NOFOLLOW) == 0) {
		errno = EEXIST;
		return -1;
	}
	return renameat(tmpfd, name, newfd, name) == 0 ? 1 : -1;
}

int
maildir_deliver(const char *root, const char *folder, const char *name,
    const char *data, size_t len, char **path_out, char **err)
{
	char *dir = NULL, *tmp = NULL, *new = NULL, *newdir = NULL;
	const char *failed;
	int dfd = -1, tmpfd = -1, newfd = -1, fd = -1;
	int made_tmp = 0, made_new = 0, moved, saved, rv = -1, again = 0;

	*err = NULL;
	if (path_out != NULL)
		*path_out = NULL;
	if (!maildir_folder_valid(folder) || !maildir_name_valid(name)) {
		*err = g_strdup_printf("maildir %s: invalid folder \"%s\" or "
		    "name \"%s\"", root, folder != NULL ? folder : "",
		    name != NULL ? name : "");
		errno = EINVAL;
		return -1;
	}
	dir = maildir_folder_path(root, folder);
	tmp = g_strdup_printf("%s/tmp/%s", dir, name);
	new = g_strdup_printf("%s/new/%s", dir, name);
	newdir = g_strdup_printf("%s/new", dir);
retry:
	if ((dfd = maildir_folder_open(root, folder, 1, err)) == -1)
		goto out;
	failed = tmp;
	if ((tmpfd = openat(dfd, "tmp", O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
	    O_CLOEXEC)) == -1)
		goto missing;
	failed = newdir;
	if ((newfd = openat(dfd, "new", O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
	    O_CLOEXEC)) == -1)
		goto missing;
	failed = tmp;
	fd = openat(tmpfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
	    O_CLOEXEC, 0600);
	if (fd == -1)
		goto fail;
	made_tmp = 1;
	if (maildir_write_all(fd, data, len) != 0 || fsync(fd) != 0)
		goto fail;
	saved = close(fd);
	fd = -1;
	if (saved != 0)
		goto fail;

	failed = new;
	if ((moved = maildir_link(tmpfd, newfd, name)) == -1)
		goto fail;
	made_new = 1;
	if (moved == 0) {
		failed = tmp;
		if (unlinkat(tmpfd, name, 0) != 0)
			goto fail;
	}
	made_tmp = 0;
	failed = newdir;
	if (fsync(newfd) != 0)
		goto fail;

	if (path_out != NULL) {
		*path_out = new;
		new = NULL;
	}
	rv = 0;
	goto out;

missing:
	/* Seen whole before, changed since: checked (and made) again,
	 * once, which also names what is wrong. */
	if ((errno == ENOENT || errno == ENOTDIR || errno == ELOOP) &&
	    !again && maildir_known(dir)) {
		maildir_forget(dir);
		again = 1;
		if (tmpfd != -1)
			close(tmpfd);
		close(dfd);
		tmpfd = dfd = -1;
		goto retry;
	}
fail:
	saved = errno;
	*err = saved == ELOOP || saved == ENOTDIR ?
	    g_strdup_printf("%s: a symlink or not a directory; refusing to "
	    "follow it", failed) :
	    g_strdup_printf("%s: %s", failed, g_strerror(saved));
	if (fd != -1)
		close(fd);
	if (made_new)
		unlinkat(newfd, name, 0);
	if (made_tmp)
		unlinkat(tmpfd, name, 0);
	errno = saved;
out:
	if (tmpfd != -1)
		close(tmpfd);
	if (newfd != -1)
		close(newfd);
	if (dfd != -1)
		close(dfd);
	g_free(newdir);
	g_free(new);
	g_free(tmp);
	g_free(dir);
	return rv;
}

int
maildir_settle(const char *path, char **err)
{
	char *dir = g_path_get_dirname(path);
	int fd, dfd = -1, rv = -1;

	if ((fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)) == -1 ||
	    fsync(fd) != 0 ||
	    (dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1 ||
	    fsync(dfd) != 0)
		*err = g_strdup_printf("syncing %s: %s", path,
		    g_strerror(errno));
	else
		rv = 0;
	if (fd != -1)
		close(fd);
	if (dfd != -1)
		close(dfd);
	g_free(dir);
	return rv;
}

int
maildir_clean_tmp(const char *root, const char *folder, time_t now,
    char **err)
{
	struct dirent *de;
	struct stat sb;
	DIR *d;
	int dfd, tfd, n = 0;

	if ((dfd = maildir_folder_open(root, folder, 0, err)) == -1) {
		if (errno != ENOENT)
			return -1;
		g_free(*err);
		*err = NULL;
		return 0;
	}
	tfd = openat(dfd, "tmp", O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
	    O_CLOEXEC);
	close(dfd);
	if (tfd == -1 || (d = fdopendir(tfd)) == NULL) {
		if (tfd != -1)
			close(tfd);
		if (errno == ENOENT)
			return 0;
		*err = g_strdup_printf("%s tmp/: %s", folder, g_strerror(errno));
		return -1;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.' || fstatat(dirfd(d), de->d_name, &sb,
		    AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(sb.st_mode) ||
		    sb.st_mtime > now - MAILDIR_TMP_MAX_AGE)
			continue;
		if (unlinkat(dirfd(d), de->d_name, 0) == 0)
			n++;
	}
	closedir(d);
	return n;
}

/* In cur/ a reader renames "<name>" to "<name>:2,<flags>" (the spec's
 * "info"); ":" followed by anything else is the experimental form. */
static int
maildir_scan_cur(int dfd, const char *cur, const char *name,
    char **path_out)
{
	size_t n = strlen(name);
	struct dirent *de;
	DIR *d;
	int cfd, found = 0;

	cfd = openat(dfd, "cur", O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
	    O_CLOEXEC);
	if (cfd == -1 || (d = fdopendir(cfd)) == NULL) {
		if (cfd != -1)
			close(cfd);
		return errno == ENOENT ? 0 : -1;
	}
	while ((de = readdir(d)) != NULL) {
		if (strncmp(de->d_name, name, n) != 0 ||
		    (de->d_name[n] != '\0' && de->d_name[n] != ':'))
			continue;
		if (path_out != NULL)
			*path_out = g_strdup_printf("%s/%s", cur, de->d_name);
		found = 1;
		break;
	}
	closedir(d);
	return found;
}

/* Caller frees *path_out. new/ first: a reader moves new/ to cur/, never
 * back, so a message in flight is still seen. */
int
maildir_find(const char *root, const char *folder, const char *name,
    char **path_out)
{
	char *dir = NULL, *cur = NULL, *err = NULL;
	struct stat sb;
	int dfd, nfd, rv = -1;

	if (path_out != NULL)
		*path_out = NULL;
	if (name == NULL || *name == '\0')	/* no file was ever planned */
		return 0;
	if (!maildir_folder_valid(folder) || !maildir_name_valid(name)) {
		errno = EINVAL;
		return -1;
	}
	if ((dfd = maildir_folder_open(root, folder, 0, &err)) == -1) {
		g_free(err);
		return errno == ENOENT ? 0 : -1;
	}
	dir = maildir_folder_path(root, folder);
	nfd = openat(dfd, "new", O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
	    O_CLOEXEC);
	if (nfd != -1 && fstatat(nfd, name, &sb, AT_SYMLINK_NOFOLLOW) == 0) {
		if (path_out != NULL)
			*path_out = g_strdup_printf("%s/new/%s", dir, name);
		rv = 1;
		goto out;
	}
	if (errno != ENOENT)
		goto out;
	cur = g_strdup_printf("%s/cur", dir);
	rv = maildir_scan_cur(dfd, cur, name, path_out);
out:
	if (nfd != -1)
		close(nfd);
	close(dfd);
	g_free(cur);
	g_free(dir);
	return rv;
}
