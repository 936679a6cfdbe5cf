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

#include "deliver-maildir.h"

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
 * process. */
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

/* dir plus its cur/ new/ tmp/. */
static int
maildir_make_one(const char *dir, char **err)
{
	for (size_t i = 0; i < G_N_ELEMENTS(maildir_subdirs); i++) {
		char *sub = g_strdup_printf("%s/%s", dir, maildir_subdirs[i]);
		int rv = maildir_mkdir(sub, err);

		g_free(sub);
		if (rv != 0)
			return -1;
	}
	return 0;
}

int
maildir_ensure(const char *root, const char *folder, char **err)
{
	char *dir = NULL, *marker = NULL;
	int fd, rv = -1;

	*err = NULL;
	if (root == NULL || *root == '\0') {
		*err = g_strdup("maildir: empty path");
		errno = EINVAL;
		return -1;
	}
	if (!maildir_folder_valid(folder)) {
		*err = g_strdup_printf("maildir folder \"%s\": invalid name",
		    folder);
		errno = EINVAL;
		return -1;
	}
	if (maildir_mkdir_p(root, err) != 0 || maildir_make_one(root, err) != 0)
		goto out;
	if (folder == NULL || *folder == '\0')
		return 0;

	dir = maildir_folder_path(root, folder);
	if (maildir_mkdir(dir, err) != 0 || maildir_make_one(dir, err) != 0)
		goto out;
	marker = g_strdup_printf("%s/maildirfolder", dir);
	if ((fd = open(marker, O_WRONLY | O_CREAT | O_CLOEXEC, 0600)) == -1) {
		*err = g_strdup_printf("open %s: %s", marker,
		    g_strerror(errno));
		goto out;
	}
	close(fd);
	rv = 0;
out:
	g_free(marker);
	g_free(dir);
	return rv;
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

static int
maildir_fsync_dir(const char *dir)
{
	int fd, saved;

	if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1)
		return -1;
	if (fsync(fd) == -1) {
		saved = errno;
		close(fd);
		errno = saved;
		return -1;
	}
	return close(fd);
}

/* Moves tmp to new: 0 when linked (tmp is still there), 1 when renamed,
 * -1 on error. link() refuses to replace an existing file; where the
 * filesystem has no hard links, rename() is the fallback, checked first
 * so that it does not replace one either. */
static int
maildir_link(const char *tmp, const char *new)
{
	struct stat sb;

	if (link(tmp, new) == 0)
		return 0;
	if (errno != EPERM && errno != ENOSYS && errno != EXDEV &&
	    errno != EOPNOTSUPP)
		return -1;
	if (lstat(new, &sb) == 0) {
		errno = EEXIST;
		return -1;
	}
	return rename(tmp, new) == 0 ? 1 : -1;
}

int
maildir_deliver(const char *root, const char *folder, const char *name,
    const char *data, size_t len, char **path_out, char **err)
{
	char *dir = NULL, *tmp = NULL, *new = NULL, *newdir = NULL;
	const char *failed;
	int fd = -1, made_tmp = 0, made_new = 0, moved, saved, rv = -1;

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

	failed = tmp;
	fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
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
	if ((moved = maildir_link(tmp, new)) == -1)
		goto fail;
	made_new = 1;
	if (moved == 0) {
		failed = tmp;
		if (unlink(tmp) != 0)
			goto fail;
	}
	made_tmp = 0;
	failed = newdir;
	if (maildir_fsync_dir(newdir) != 0)
		goto fail;

	if (path_out != NULL) {
		*path_out = new;
		new = NULL;
	}
	rv = 0;
	goto out;

fail:
	saved = errno;
	*err = g_strdup_printf("%s: %s", failed, g_strerror(saved));
	if (fd != -1)
		close(fd);
	if (made_new)
		unlink(new);
	if (made_tmp)
		unlink(tmp);
	errno = saved;
out:
	g_free(newdir);
	g_free(new);
	g_free(tmp);
	g_free(dir);
	return rv;
}

/* In cur/ a reader renames "<name>" to "<name>:2,<flags>" (the spec's
 * "info"); ":" followed by anything else is the experimental form. */
static int
maildir_scan_cur(const char *cur, const char *name, char **path_out)
{
	size_t n = strlen(name);
	struct dirent *de;
	DIR *d;
	int found = 0;

	if ((d = opendir(cur)) == NULL)
		return errno == ENOENT ? 0 : -1;
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
	char *dir = NULL, *new = NULL, *cur = NULL;
	struct stat sb;
	int rv = -1;

	if (path_out != NULL)
		*path_out = NULL;
	if (name == NULL || *name == '\0')	/* no file was ever planned */
		return 0;
	if (!maildir_folder_valid(folder) || !maildir_name_valid(name)) {
		errno = EINVAL;
		return -1;
	}
	dir = maildir_folder_path(root, folder);
	new = g_strdup_printf("%s/new/%s", dir, name);
	if (lstat(new, &sb) == 0) {
		if (path_out != NULL) {
			*path_out = new;
			new = NULL;
		}
		rv = 1;
		goto out;
	}
	if (errno != ENOENT)
		goto out;
	cur = g_strdup_printf("%s/cur", dir);
	rv = maildir_scan_cur(cur, name, path_out);
out:
	g_free(cur);
	g_free(new);
	g_free(dir);
	return rv;
}
