/* What the subcommands share: option parsing, loading config and
 * filters, reading and writing whole messages. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

#include "cmd.h"
#include "conf.h"
#include "maildir.h"
#include "diag.h"
#include "errlog.h"
#include "filter.h"
#include "ledger.h"
#include "log.h"
#include "module.h"
#include "mt.h"
#include "privdrop.h"
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
	co->name = e->name;
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

/* The compiled-pattern cache ([filters] cache) for this process. */
static void
cmd_cache_open(const struct conf *c)
{
	char *path = conf_filter_cache(c);

	if (path != NULL && rx_cache_open(path, module_build_id()) != 0)
		log_debug("%s: not used (%s); compiling the filters", path,
		    "not this user's alone, broken or of another build");
	g_free(path);
}

/* Writes what this process compiled into the cache for the next, once
 * it got as far as it may write (a delivery as the Maildir's owner). */
static void
cmd_cache_close(int started)
{
	struct rx_cache_stats st;

	rx_cache_stats(&st);
	if (rx_cache_close(started) != 0)
		log_debug("filter cache not written (its directory not "
		    "writable, or the disk full): the next process compiles "
		    "the filters again");
	else if (st.hits + st.misses > 0)
		log_debug("filter cache: %lu patterns taken, %lu compiled",
		    st.hits, st.misses);
}

/* The config, tier lists and (CMD_FILTERS, CMD_JIT) the filters into
 * env. Problems are logged as file:line:col. 0, or EX_CONFIG. */
static int
cmd_load(const struct cmd_common *co, unsigned needs, struct cmd_env *env)
{
	struct diag *d = diag_new();
	const char *path = co->config != NULL ? co->config :
	    conf_default_path();
	unsigned filter_flags = needs & CMD_JIT ? FILTER_JIT : FILTER_LAZY;

	if (needs & CMD_SHARED)
		filter_flags |= FILTER_ALL;
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
	/* One message per process: compile only the languages it needs
	 * (FILTER_LAZY), or take what an earlier process compiled (the
	 * cache); a long run compiles everything, with JIT. */
	if ((needs & CMD_FILTERS) && !(needs & CMD_JIT))
		cmd_cache_open(env->conf);
	if ((needs & (CMD_FILTERS | CMD_JIT)) &&
	    filter_set_load(env->conf->filters, env->conf->local_filters,
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

int
cmd_prepare(const struct cmd_common *co, unsigned needs,
    struct cmd_env *env, struct ledger **l)
{
	char *err = NULL;
	int rc = 0;

	memset(env, 0, sizeof(*env));
	*l = NULL;
	if (!(needs & (CMD_CONFIG | CMD_FILTERS | CMD_JIT | CMD_LEDGER |
	    CMD_LEDGER_MAYBE | CMD_FILE | CMD_OWNER | CMD_MAILDIR |
	    CMD_RECORD)))
		return 0;
	if ((rc = cmd_load(co, needs, env)) != 0)
		return rc;
	const struct conf *c = env->conf;
	int exists = ledger_is_remote(c->ledger) ||
	    g_file_test(c->ledger, G_FILE_TEST_EXISTS);

	if ((needs & CMD_LEDGER) && (rc = cmd_ledger_exists(c)) != 0)
		goto fail;
	/* Root gives way to the Maildir's owner before anything is read
	 * or written (see privdrop.h). */
	if ((needs & CMD_OWNER) && privdrop_for_maildir(c->user, c->maildir,
	    &err) != 0) {
		log_error("cannot drop root privileges: %s", err);
		rc = EX_TEMPFAIL;
		goto fail;
	}
	/* Kept as the user who owns what lies beside the ledger. */
	if (needs & CMD_RECORD) {
		char *base = conf_beside_ledger(c, "");

		errlog_start(base, co->name != NULL ? co->name : "?");
		g_free(base);
	}
	if ((needs & CMD_MAILDIR) && maildir_ensure(c->maildir, "", &err) !=
	    0) {
		log_error("%s", err);
		rc = EX_TEMPFAIL;
		goto fail;
	}
	if (needs & CMD_FILE) {
		if (cmd_ledger_write(c, time(NULL), l, &err) != 0) {
			log_error("%s", err);
			rc = EX_TEMPFAIL;
			goto fail;
		}
	} else if (needs & CMD_LEDGER) {
		if ((rc = cmd_ledger_open(c, l)) != 0)
			goto fail;
	} else if ((needs & CMD_LEDGER_MAYBE) && exists &&
	    ledger_open(c->ledger, (int)(c->ledger_timeout * 1000), l,
	    &err) != 0) {
		log_warn("%s; going on without it", err);
		g_clear_pointer(&err, g_free);
	}
	return 0;
fail:
	g_free(err);
	cmd_env_free(env);
	return rc;
}

static struct filter_set *cmd_kept;	/* see cmd_run */

/* The command a module has (an entry without run), or NULL after saying
 * why: the module is missing or not of this build. */
static const struct cmd_entry *
cmd_module(const struct cmd_entry *front)
{
	char *sym = g_strdup_printf("cmd_%s_module_entry", front->name);
	char *err = NULL;
	const struct cmd_entry *e = module_symbol(front->name, sym, &err);

	if (e == NULL) {
		log_error("%s: %s", front->name, err);
		g_free(err);
	}
	g_free(sym);
	return e;
}

int
cmd_run(const struct cmd_entry *e, int argc, char **argv)
{
	struct cmd_ctx cx;
	int rc, started = 0;

	if (e->run == NULL && (e = cmd_module(e)) == NULL)
		return EX_UNAVAILABLE;
	memset(&cx, 0, sizeof(cx));
	cx.self = e;
	cx.needs = e->needs;
	if ((rc = cmd_parse(e, &argc, &argv, e->options, &cx.co)) != 0) {
		rc = rc < 0 ? 0 : rc;	/* --version */
		goto out;
	}
	if (e->max_args >= 0 && argc - 1 > e->max_args) {
		log_error("%s takes %s: mailtriage %s %s", e->name,
		    e->max_args == 0 ? "no arguments" : "fewer arguments",
		    e->name, e->args);
		rc = EX_USAGE;
		goto out;
	}
	if (e->plan != NULL && (rc = e->plan(&cx, argc, argv)) != 0)
		goto out;
	if ((rc = cmd_prepare(&cx.co, cx.needs, &cx.env, &cx.ledger)) != 0)
		goto out;
	started = 1;
	rc = e->run(&cx, argc, argv);
out:
	/* An MTA bounces mail on a permanent error: a delivery agent that
	 * could not start defers instead, until it is fixed. */
	if ((e->needs & CMD_DEFERS) && !started && rc != 0) {
		if (rc == EX_CONFIG)
			log_error("configuration unusable: message deferred; "
			    "fix it (mailtriage check) and the MTA will retry");
		else if (rc != EX_TEMPFAIL)
			log_error("message deferred: fix the command line and "
			    "the MTA will retry");
		else
			log_error("message not delivered, deferring: the MTA "
			    "will retry");
		rc = EX_TEMPFAIL;
	}
	errlog_stop();
	ledger_close(&cx.ledger);
	cmd_cache_close(started);
	/* One message per process: the rule set, thousands of small
	 * blocks, goes with the process (freeing them one by one cost a
	 * tenth of a delivery). */
	if (!(cx.needs & CMD_JIT))
		cmd_kept = g_steal_pointer(&cx.env.filters);
	cmd_env_free(&cx.env);
	cmd_common_clear(&cx.co);
	if (e->done != NULL)
		e->done();
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
	if (ledger_is_remote(c->ledger) ||
	    g_file_test(c->ledger, G_FILE_TEST_EXISTS))
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

void
cmd_format_time(char *buf, size_t size, time_t t)
{
	struct tm tm;

	if (t == 0) {
		g_strlcpy(buf, "-", size);
		return;
	}
	localtime_r(&t, &tm);
	strftime(buf, size, "%Y-%m-%d %H:%M", &tm);
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
