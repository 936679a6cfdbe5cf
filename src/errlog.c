/* Recent errors beside the ledger (errlog.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

#include "errlog.h"
#include "log.h"

#define ERRLOG_MAX_BYTES (64 * 1024)	/* then cut back to ERRLOG_KEEP */

static char *errlog_file, *errlog_command;

char *
errlog_path(const char *ledger)
{
	return g_strconcat(ledger, ".errors", NULL);
}

/* The newest n lines of text (modified: split in place). */
static char **
errlog_tail(const char *text, size_t n)
{
	char **all = g_strsplit(text, "\n", -1);
	GPtrArray *out = g_ptr_array_new();
	size_t len = 0, from;

	while (all[len] != NULL)
		len++;
	if (len > 0 && *all[len - 1] == '\0')
		len--;		/* after the last newline */
	from = len > n ? len - n : 0;
	for (size_t i = from; i < len; i++)
		g_ptr_array_add(out, g_strdup(all[i]));
	g_ptr_array_add(out, NULL);
	g_strfreev(all);
	return (char **)g_ptr_array_free(out, FALSE);
}

/* The file (locked, open at fd) grew too big: keep its newest lines. */
static void
errlog_cut(int fd)
{
	char *buf = g_malloc(ERRLOG_MAX_BYTES * 2 + 1), **keep, *text;
	ssize_t n = pread(fd, buf, ERRLOG_MAX_BYTES * 2, 0);

	if (n > 0) {
		buf[n] = '\0';
		keep = errlog_tail(buf, ERRLOG_KEEP);
		text = g_strjoinv("\n", keep);
		if (ftruncate(fd, 0) == 0 && *text != '\0') {
			char *all = g_strconcat(text, "\n", NULL);
			/* Not checked: nowhere to report it, and a failed cut
			 * loses old lines only (syslog has them). */
			ssize_t w = pwrite(fd, all, strlen(all), 0);

			(void)w;
			g_free(all);
		}
		g_free(text);
		g_strfreev(keep);
	}
	g_free(buf);
}

/* The log sink: one line, appended under the file's lock. */
static void
errlog_sink(enum log_level lvl, const char *text)
{
	static const char *const name[] = { "error", "warning" };
	char *line, *p;
	struct stat sb;
	int fd;

	if (errlog_file == NULL || lvl > LOG_LVL_WARN)
		return;
	line = g_strdup_printf("%lld %s %s[%ld]: %s\n", (long long)time(NULL),
	    name[lvl], errlog_command, (long)getpid(), text);
	for (p = line; p[1] != '\0'; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	fd = open(errlog_file, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
	if (fd >= 0 && flock(fd, LOCK_EX) == 0) {
		if (write(fd, line, strlen(line)) > 0 && fstat(fd, &sb) == 0 &&
		    sb.st_size > ERRLOG_MAX_BYTES)
			errlog_cut(fd);
	}
	if (fd >= 0)
		close(fd);
	g_free(line);
}

void
errlog_start(const char *ledger, const char *command)
{
	g_free(errlog_file);
	g_free(errlog_command);
	errlog_file = errlog_path(ledger);
	errlog_command = g_strdup(command);
	log_set_sink(errlog_sink);
}

void
errlog_stop(void)
{
	log_set_sink(NULL);
	g_clear_pointer(&errlog_file, g_free);
	g_clear_pointer(&errlog_command, g_free);
}

int
errlog_read(const char *ledger, size_t n, char ***lines, char **err)
{
	char *path = errlog_path(ledger), *text = NULL;
	GError *ge = NULL;
	int fd, rc = -1;

	*lines = NULL;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
		if (errno == ENOENT) {
			*lines = g_new0(char *, 1);
			rc = 0;
		} else
			*err = g_strdup_printf("%s: %s", path,
			    g_strerror(errno));
		goto out;
	}
	/* Shared: not while a writer cuts it back. */
	flock(fd, LOCK_SH);
	if (!g_file_get_contents(path, &text, NULL, &ge)) {
		*err = g_strdup(ge->message);
		g_error_free(ge);
	} else {
		*lines = errlog_tail(text, n);
		rc = 0;
	}
	close(fd);
out:
	g_free(text);
	g_free(path);
	return rc;
}
