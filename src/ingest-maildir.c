/* Listing the message files of a Maildir or of a plain directory. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <glib.h>

#include "ingest-maildir.h"

static int
ingest_maildir_isdir(const char *dir, const char *sub)
{
	char *p = g_build_filename(dir, sub, NULL);
	struct stat st;
	int r = stat(p, &st) == 0 && S_ISDIR(st.st_mode);

	g_free(p);
	return r;
}

int
ingest_maildir_is(const char *dir)
{
	return ingest_maildir_isdir(dir, "cur") &&
	    ingest_maildir_isdir(dir, "new");
}

static int
ingest_maildir_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Appends dir's regular files, sorted. 0, or -1 with errno. */
static int
ingest_maildir_add(GPtrArray *out, const char *dir)
{
	GDir *d;
	GError *err = NULL;
	const char *name;
	guint first = out->len;
	struct stat st;

	if ((d = g_dir_open(dir, 0, &err)) == NULL) {
		errno = err->code == G_FILE_ERROR_NOENT ? ENOENT :
		    err->code == G_FILE_ERROR_ACCES ? EACCES : EIO;
		g_error_free(err);
		return -1;
	}
	while ((name = g_dir_read_name(d)) != NULL) {
		char *p;

		if (name[0] == '.')
			continue;
		p = g_build_filename(dir, name, NULL);
		if (stat(p, &st) == 0 && S_ISREG(st.st_mode))
			g_ptr_array_add(out, p);
		else
			g_free(p);
	}
	g_dir_close(d);
	if (out->len > first)
		qsort(out->pdata + first, out->len - first, sizeof(char *),
		    ingest_maildir_cmp);
	return 0;
}

int
ingest_maildir_list(const char *dir, char ***paths, size_t *n)
{
	GPtrArray *a = g_ptr_array_new();
	int rc = -1;

	if (ingest_maildir_is(dir)) {
		char *nw = g_build_filename(dir, "new", NULL);
		char *cur = g_build_filename(dir, "cur", NULL);

		rc = ingest_maildir_add(a, nw) == 0 &&
		    ingest_maildir_add(a, cur) == 0 ? 0 : -1;
		g_free(nw);
		g_free(cur);
	} else
		rc = ingest_maildir_add(a, dir);
	if (rc != 0) {
		int saved = errno;
		g_ptr_array_set_free_func(a, g_free);
		g_ptr_array_free(a, TRUE);
		errno = saved;
		return -1;
	}
	*n = a->len;
	g_ptr_array_add(a, NULL);
	*paths = (char **)g_ptr_array_free(a, FALSE);
	return 0;
}

void
ingest_maildir_free(char ***paths)
{
	if (paths == NULL)
		return;
	g_strfreev(*paths);
	*paths = NULL;
}
