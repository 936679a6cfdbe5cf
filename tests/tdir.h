/* Unit-test helper: removing a temporary directory of files. */
#ifndef MT_TESTS_TDIR_H
#define MT_TESTS_TDIR_H

#include <glib.h>
#include <glib/gstdio.h>

/* Removes the files in dir (not subdirectories) and dir itself. */
static inline void
tdir_remove(const char *dir)
{
	GDir *dh = g_dir_open(dir, 0, NULL);
	const char *ent;

	while (dh != NULL && (ent = g_dir_read_name(dh)) != NULL) {
		char *p = g_build_filename(dir, ent, NULL);

		g_unlink(p);
		g_free(p);
	}
	if (dh != NULL)
		g_dir_close(dh);
	g_rmdir(dir);
}

#endif
