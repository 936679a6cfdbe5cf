/* Loading the optional parts (module.h). Each module is built from one
 * source file and exports mt_module_build, the build's id, which must be
 * ours: a module left from another build could not be trusted to agree
 * on a single structure. */
#include <string.h>

#include <glib.h>
#include <gmodule.h>

#include "alert-send.h"
#include "metrics-http.h"
#include "module.h"

#ifndef MT_MODULE_RELDIR
#define MT_MODULE_RELDIR "../lib/mailtriage"
#endif

/* Loaded modules by name, for the life of the process. */
static GHashTable *module_loaded;

/* The directories to look in, in order. Caller frees. */
static char **
module_dirs(void)
{
	GPtrArray *d = g_ptr_array_new();
	const char *env = g_getenv("MAILTRIAGE_MODULES");
	char *exe = g_file_read_link("/proc/self/exe", NULL);

	if (env != NULL && *env != '\0')
		g_ptr_array_add(d, g_strdup(env));
	if (exe != NULL) {
		char *dir = g_path_get_dirname(exe);

		g_ptr_array_add(d, g_strdup(dir));
		g_ptr_array_add(d, g_build_filename(dir, MT_MODULE_RELDIR,
		    NULL));
		g_free(dir);
		g_free(exe);
	}
	g_ptr_array_add(d, NULL);
	return (char **)g_ptr_array_free(d, FALSE);
}

/* Opens mailtriage-NAME.so from the first directory that has it. */
static GModule *
module_open(const char *name, char **err)
{
	char **dirs = module_dirs(), *file = g_strdup_printf(
	    "mailtriage-%s.so", name), *path = NULL;
	const char *const *build = NULL;
	GModule *m = NULL;

	for (size_t i = 0; dirs[i] != NULL && path == NULL; i++) {
		char *p = g_build_filename(dirs[i], file, NULL);

		if (g_file_test(p, G_FILE_TEST_EXISTS))
			path = p;
		else
			g_free(p);
	}
	if (path == NULL) {
		char *where = g_strjoinv(", ", dirs);

		*err = g_strdup_printf("%s not found (looked in %s): "
		    "install mailtriage again", file, where);
		g_free(where);
		goto out;
	}
	if ((m = g_module_open(path, G_MODULE_BIND_LOCAL)) == NULL) {
		*err = g_strdup_printf("%s: %s", path, g_module_error());
		goto out;
	}
	if (!g_module_symbol(m, "mt_module_build", (gpointer *)&build) ||
	    build == NULL || strcmp(*build, MT_BUILD_ID) != 0) {
		*err = g_strdup_printf("%s is from another build of mailtriage "
		    "(install mailtriage again)", path);
		g_module_close(m);
		m = NULL;
		goto out;
	}
	g_module_make_resident(m);
out:
	g_free(path);
	g_free(file);
	g_strfreev(dirs);
	return m;
}

const char *
module_build_id(void)
{
	return MT_BUILD_ID;
}

void *
module_symbol(const char *name, const char *symbol, char **err)
{
	GModule *m;
	gpointer p = NULL;

	if (module_loaded == NULL)
		module_loaded = g_hash_table_new(g_str_hash, g_str_equal);
	if ((m = g_hash_table_lookup(module_loaded, name)) == NULL) {
		if ((m = module_open(name, err)) == NULL)
			return NULL;
		g_hash_table_insert(module_loaded, (gpointer)name, m);
	}
	if (!g_module_symbol(m, symbol, &p) || p == NULL) {
		*err = g_strdup_printf("mailtriage-%s.so has no %s: %s", name,
		    symbol, g_module_error());
		return NULL;
	}
	return p;
}

/* The entry points of the modules, for their callers. */

int
alert_send(const struct conf *c, const struct conf_alert *r,
    const struct ledger_alert *a, double limit, char **err, int *permanent)
{
	__typeof__(alert_send_curl) *fn = module_symbol("alert",
	    "alert_send_curl", err);

	*permanent = 0;
	return fn != NULL ? fn(c, r, a, limit, err, permanent) : -1;
}

int
metrics_http_start(struct metrics *m, const char *listen,
    struct metrics_http **out, char **err)
{
	__typeof__(metrics_http_start_mhd) *fn = module_symbol("http",
	    "metrics_http_start_mhd", err);

	*out = NULL;
	return fn != NULL ? fn(m, listen, out, err) : -1;
}

void
metrics_http_stop(struct metrics_http **h)
{
	char *err = NULL;
	__typeof__(metrics_http_stop_mhd) *fn;

	if (h == NULL || *h == NULL)
		return;		/* never started: nothing loaded */
	if ((fn = module_symbol("http", "metrics_http_stop_mhd", &err)) != NULL)
		fn(h);
	g_free(err);
}
