/* mailtriage test-filters: runs fixture messages through the pipeline and
 * compares the outcome with what each fixture's own headers expect:
 *
 *   X-Expect-Signals: outage,payment	the exact set, or "none" (required)
 *   X-Expect-Priority: high		optional
 *   X-Expect-Rules: outage/site_down ...	each must match (optional)
 *   X-Expect-Not-Rules: outage/crash ...	none may match (optional)
 *
 * Exit 0 when every fixture passes, EX_DATAERR when any fails. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

#include "cmd.h"
#include "conf.h"
#include "explain.h"
#include "filter.h"
#include "log.h"
#include "msg.h"
#include "mt.h"
#include "triage.h"

#define TF_SEPARATORS " \t,"

/* g_ptr_array_sort hands over pointers to the elements. */
static gint
tf_cmp(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The fixture names (*.eml) in dir, sorted. NULL when dir
 * cannot be read (logged). Caller frees (g_strfreev). */
static char **
tf_list(const char *dir)
{
	GError *gerr = NULL;
	GDir *dh = g_dir_open(dir, 0, &gerr);
	GPtrArray *names;
	const char *n;

	if (dh == NULL) {
		log_error("%s", gerr->message);
		g_error_free(gerr);
		return NULL;
	}
	names = g_ptr_array_new();
	while ((n = g_dir_read_name(dh)) != NULL)
		if (g_str_has_suffix(n, ".eml") && n[0] != '.')
			g_ptr_array_add(names, g_strdup(n));
	g_dir_close(dh);
	g_ptr_array_sort(names, tf_cmp);
	g_ptr_array_add(names, NULL);
	return (char **)g_ptr_array_free(names, FALSE);
}

static int
tf_matched(const struct match_result *r, const char *id)
{
	for (size_t i = 0; i < r->nhits; i++)
		if (strcmp(r->hits[i].rule_id, id) == 0)
			return 1;
	return 0;
}

/* Appends one "  - why" line to fails. */
static void __attribute__((format(printf, 2, 3)))
tf_fail(GString *fails, const char *fmt, ...)
{
	va_list ap;

	g_string_append(fails, "  - ");
	va_start(ap, fmt);
	g_string_append_vprintf(fails, fmt, ap);
	va_end(ap);
	g_string_append_c(fails, '\n');
}

/* Compares t with the expectations in its headers; every mismatch goes
 * to fails. */
static void
tf_compare(const struct triage *t, GString *fails)
{
	const struct match_result *r = &t->match;
	const char *v;
	char **ids, want[64], got[64];
	unsigned mask = 0;
	int bad = 0, lvl;

	if (t->msg == NULL) {
		tf_fail(fails, "not classified: %s", t->error ? t->error : "?");
		return;
	}
	if (r->error != NULL)
		tf_fail(fails, "rule error: %s", r->error);

	if ((v = msg_header(t->msg, "X-Expect-Signals")) == NULL)
		tf_fail(fails, "no X-Expect-Signals header (write \"none\" "
		    "when no signal should fire)");
	else {
		ids = g_strsplit_set(v, TF_SEPARATORS, -1);
		for (char **p = ids; *p != NULL; p++) {
			int s;

			if (**p == '\0' || strcmp(*p, "none") == 0)
				continue;
			if ((s = mt_signal_parse(*p)) < 0) {
				tf_fail(fails, "X-Expect-Signals: unknown "
				    "signal '%s'", *p);
				bad = 1;
			} else
				mask |= 1u << s;
		}
		g_strfreev(ids);
		if (!bad && mask != r->signals)
			tf_fail(fails, "signals: expected %s, got %s",
			    mt_signals_format(mask, want, sizeof(want)),
			    mt_signals_format(r->signals, got, sizeof(got)));
	}

	if ((v = msg_header(t->msg, "X-Expect-Priority")) != NULL) {
		char *s = g_strstrip(g_strdup(v));

		if ((lvl = mt_level_parse(s)) < 0)
			tf_fail(fails, "X-Expect-Priority: unknown level '%s'",
			    s);
		else if ((enum mt_level)lvl != t->prio.level)
			tf_fail(fails, "priority: expected %s, got %s (%s)",
			    s, mt_level_name(t->prio.level),
			    t->prio.reasons);
		g_free(s);
	}

	if ((v = msg_header(t->msg, "X-Expect-Rules")) != NULL) {
		ids = g_strsplit_set(v, TF_SEPARATORS, -1);
		for (char **p = ids; *p != NULL; p++)
			if (**p != '\0' && !tf_matched(r, *p))
				tf_fail(fails, "rule %s did not match", *p);
		g_strfreev(ids);
	}
	if ((v = msg_header(t->msg, "X-Expect-Not-Rules")) != NULL) {
		ids = g_strsplit_set(v, TF_SEPARATORS, -1);
		for (char **p = ids; *p != NULL; p++)
			if (**p != '\0' && tf_matched(r, *p))
				tf_fail(fails, "rule %s matched but must not",
				    *p);
		g_strfreev(ids);
	}
}

/* Runs one fixture; prints its verdict. Returns 1 when it passed. */
static int
tf_run(const struct triage_ctx *ctx, const char *dir, const char *name)
{
	char *path = g_build_filename(dir, name, NULL), *raw = NULL;
	GString *fails = g_string_new(NULL);
	struct triage t;
	size_t len = 0;
	int fd, passed = 0, classified = 0;

	memset(&t, 0, sizeof(t));

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0 ||
	    cmd_read_all(fd, &raw, &len) != 0) {
		tf_fail(fails, "cannot read %s: %s", path, g_strerror(errno));
	} else if (triage_classify(ctx, raw, len, time(NULL), &t) != 0) {
		tf_fail(fails, "out of memory");
	} else {
		classified = 1;
		tf_compare(&t, fails);
	}
	if (fd >= 0)
		close(fd);
	passed = fails->len == 0;
	printf("%-4s %s\n", passed ? "ok" : "FAIL", name);
	if (!passed) {
		fputs(fails->str, stdout);
		if (classified)
			explain_print(stdout, path, &t, ctx->filters);
		printf("\n");
	}
	if (classified)
		triage_clear(&t);
	g_string_free(fails, TRUE);
	g_free(raw);
	g_free(path);
	return passed;
}

static int
tf_exec(struct cmd_ctx *cx, int argc, char **argv)
{
	const struct cmd_env env = cx->env;
	char *dir = NULL, **names = NULL;
	size_t npass = 0, nfail = 0;
	int rc;

	dir = argc == 2 ? g_strdup(argv[1]) :
	    g_build_filename(env.conf->filters, "tests", NULL);
	if ((names = tf_list(dir)) == NULL) {
		rc = EX_NOINPUT;
		goto out;
	}
	if (names[0] == NULL) {
		log_error("%s: no fixtures (*.eml)", dir);
		rc = EX_NOINPUT;
		goto out;
	}
	struct triage_ctx ctx = { env.conf, env.filters, env.scratch, env.tiers };
	for (char **n = names; *n != NULL; n++) {
		if (tf_run(&ctx, dir, *n))
			npass++;
		else
			nfail++;
	}
	printf("%zu passed, %zu failed\n", npass, nfail);
	rc = nfail > 0 ? EX_DATAERR : 0;
out:
	g_strfreev(names);
	g_free(dir);
	return rc;
}

const struct cmd_entry cmd_test_filters_entry = {
	"test-filters", "[-c FILE] [--filters DIR] [FIXTURE_DIR]",
	"Run fixture messages (default: the filter dir's tests/) and compare "
	"with their X-Expect-* headers; exit 65 when any fails.",
	CMD_JIT, 1, NULL, NULL, tf_exec, NULL,
};
