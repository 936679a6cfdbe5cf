/* What the subcommands share: option parsing, loading config and
 * filters, reading and writing whole messages. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include <glib.h>

#include "cmd.h"
#include "conf.h"
#include "diag.h"
#include "filter.h"
#include "ledger.h"
#include "log.h"
#include "mt.h"
#include "rx.h"
#include "tier.h"

#define CMD_JIT_STACK_MAX (1024 * 1024)

int
cmd_parse(const struct cmd_entry *e, int *argc, char ***argv,
    const GOptionEntry *extra, struct cmd_common *co)
{
	gboolean verbose = FALSE, quiet = FALSE, version = FALSE;
	GOptionEntry common[] = {
		{ "config", 'c', 0, G_OPTION_ARG_FILENAME, &co->config,
		    "Configuration file (default " MT_SYSCONFDIR
		    "/mailtriage.conf if present)", "FILE" },
		{ "maildir", 0, 0, G_OPTION_ARG_FILENAME, &co->maildir,
		    "Maildir root (default: config, $MAILDIR, ~/Maildir)",
		    "DIR" },
		{ "filters", 0, 0, G_OPTION_ARG_FILENAME, &co->filters,
		    "Filter directory to use instead of the configured one",
		    "DIR" },
		{ "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose,
		    "Log more on stderr", NULL },
		{ "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet,
		    "Log only errors on stderr", NULL },
		{ "version", 'V', 0, G_OPTION_ARG_NONE, &version,
		    "Print the version and exit", NULL },
		{ NULL, 0, 0, 0, NULL, NULL, NULL }
	};
	char *param = g_strdup_printf("%s %s", e->name, e->args);
	GOptionContext *ctx = g_option_context_new(param);
	GError *err = NULL;
	int rc = 0;

	memset(co, 0, sizeof(*co));
	g_option_context_set_summary(ctx, e->summary);
	g_option_context_add_main_entries(ctx, common, NULL);
	if (extra != NULL)
		g_option_context_add_main_entries(ctx, extra, NULL);
	if (!g_option_context_parse(ctx, argc, argv, &err)) {
		fprintf(stderr, "mailtriage %s: %s (try --help)\n", e->name,
		    err->message);
		g_error_free(err);
		rc = EX_USAGE;
	} else if (version) {
		printf("mailtriage %s\n", MT_VERSION);
		rc = -1;
	}
	co->verbose = verbose;
	co->quiet = quiet;
	co->version = version;
	if (verbose)
		log_set_stderr_level(LOG_LVL_DEBUG);
	else if (quiet)
		log_set_stderr_level(LOG_LVL_ERROR);
	g_option_context_free(ctx);
	g_free(param);
	return rc;
}

void
cmd_common_clear(struct cmd_common *co)
{
	g_free(co->config);
	g_free(co->maildir);
	g_free(co->filters);
	memset(co, 0, sizeof(*co));
}

int
cmd_load(const struct cmd_common *co, unsigned filter_flags,
    struct cmd_env *env)
{
	struct diag *d = diag_new();
	const char *path = co->config != NULL ? co->config :
	    conf_default_path();
	int rc = EX_CONFIG;

	memset(env, 0, sizeof(*env));
	if (conf_load(path, d, &env->conf) != 0)
		goto out;
	if (co->maildir != NULL)
		conf_set_maildir(env->conf, co->maildir);
	if (co->filters != NULL)
		conf_set_filters(env->conf, co->filters);
	if (tier_table_load(env->conf, d, &env->tiers) != 0)
		goto out;
	/* One message per process: compile only the languages it needs. */
	if (!(filter_flags & FILTER_JIT))
		filter_flags |= FILTER_LAZY;
	if (filter_set_load(env->conf->filters, env->conf->local_filters,
	    filter_flags, d, &env->filters) != 0)
		goto out;
	env->scratch = rx_scratch_new(env->conf->match_limit,
	    CMD_JIT_STACK_MAX);
	rc = 0;
out:
	for (size_t i = 0; i < diag_len(d); i++)
		log_msg(rc == 0 ? LOG_LVL_DEBUG : LOG_LVL_ERROR, "%s",
		    diag_text(d, i));
	diag_free(&d);
	if (rc != 0)
		cmd_env_free(env);
	return rc;
}

void
cmd_env_free(struct cmd_env *env)
{
	rx_scratch_free(&env->scratch);
	tier_table_free(&env->tiers);
	filter_set_free(&env->filters);
	conf_free(&env->conf);
}

int
cmd_ledger_exists(const struct conf *c)
{
	if (g_file_test(c->ledger, G_FILE_TEST_EXISTS))
		return 0;
	log_error("no ledger at %s (nothing delivered yet?)", c->ledger);
	return EX_NOINPUT;
}

int
cmd_ledger_open(const struct conf *c, struct ledger **l)
{
	char *err = NULL;

	if (ledger_open(c->ledger, (int)(c->ledger_timeout * 1000), l,
	    &err) == 0)
		return 0;
	log_error("%s", err);
	g_free(err);
	return EX_TEMPFAIL;
}

int
cmd_ledger_write(const struct conf *c, time_t now, struct ledger **l,
    char **err)
{
	if (ledger_open(c->ledger, (int)(c->ledger_timeout * 1000), l,
	    err) != 0)
		return -1;
	if (ledger_verify(*l, (int)(c->ledger_check * 3600), now, err) != 0) {
		ledger_close(l);
		return -1;
	}
	return 0;
}

int
cmd_read_all(int fd, char **buf, size_t *len)
{
	GByteArray *a = g_byte_array_sized_new(65536);
	guint8 chunk[65536];
	ssize_t n;

	for (;;) {
		n = read(fd, chunk, sizeof(chunk));
		if (n == 0)
			break;
		if (n < 0) {
			int saved = errno;
			if (saved == EINTR)
				continue;
			g_byte_array_free(a, TRUE);
			errno = saved;
			return -1;
		}
		g_byte_array_append(a, chunk, (guint)n);
	}
	*len = a->len;
	g_byte_array_append(a, (const guint8 *)"", 1);	/* NUL for safety */
	*buf = (char *)g_byte_array_free(a, FALSE);
	return 0;
}

int
cmd_write_all(int fd, const char *buf, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, buf, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		buf += n;
		len -= (size_t)n;
	}
	return 0;
}
