/* mailtriage explain: runs messages through the pipeline and says why
 * each one got its signals, priority and folder. Nothing is delivered,
 * nothing is recorded. */
#include <errno.h>
#include <fcntl.h>
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
#include "ledger.h"
#include "log.h"
#include "msg.h"
#include "triage.h"

/* Reads a whole file ("-" is stdin). Returns 0 with *buf (caller frees),
 * or -1 (errno). */
static int
explain_read(const char *path, char **buf, size_t *len)
{
	int fd, rc, saved;

	if (strcmp(path, "-") == 0)
		return cmd_read_all(STDIN_FILENO, buf, len);
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return -1;
	rc = cmd_read_all(fd, buf, len);
	saved = errno;
	close(fd);
	errno = saved;
	return rc;
}

static gboolean opt_json, opt_no_history;
static char *opt_arrived;
static time_t arrived;
static const GOptionEntry explain_options[] = {
	{ "json", 0, 0, G_OPTION_ARG_NONE, &opt_json,
	    "One JSON object per message (an array for several)", NULL },
	{ "no-history", 0, 0, G_OPTION_ARG_NONE, &opt_no_history,
	    "Leave out the ledger's history (follow-ups, repeat contacts)",
	    NULL },
	{ "arrived", 0, 0, G_OPTION_ARG_STRING, &opt_arrived,
	    "Explain as if the mail arrived then (ISO 8601, e.g. "
	    "2026-10-23T16:00:00+02:00, or epoch seconds); default now",
	    "TIME" },
	{ NULL, 0, 0, 0, NULL, NULL, NULL }
};

/* --arrived, and what to load: JIT compiling pays off only over many
 * messages; the ledger's history unless --no-history. */
static int
explain_plan(struct cmd_ctx *cx, int argc, char **argv)
{
	(void)argv;
	if (opt_arrived != NULL) {
		GDateTime *dt = g_date_time_new_from_iso8601(opt_arrived, NULL);
		char *end;
		long long v = g_ascii_strtoll(opt_arrived, &end, 10);

		if (dt != NULL)
			arrived = (time_t)g_date_time_to_unix(dt);
		else if (*end == '\0' && end != opt_arrived && v > 0)
			arrived = (time_t)v;
		g_clear_pointer(&dt, g_date_time_unref);
		if (arrived == 0) {
			log_error("--arrived: not a time; use ISO 8601 with a "
			    "zone (2026-10-23T16:00:00+02:00) or epoch seconds");
			return EX_USAGE;
		}
	}
	if (argc > 2)
		cx->needs |= CMD_JIT;
	if (opt_no_history)
		cx->needs &= ~(unsigned)CMD_LEDGER_MAYBE;
	return 0;
}

static int
explain_exec(struct cmd_ctx *cx, int argc, char **argv)
{
	char *stdin_args[] = { argv[0], (char *)"-", NULL };
	const struct cmd_env env = cx->env;
	struct ledger *l = cx->ledger;
	gboolean json = opt_json;
	char *err = NULL, **files;
	int rc = 0, nfiles, nout = 0;

	if (argc < 2) {
		argc = 2;
		argv = stdin_args;
	}
	files = argv + 1;
	nfiles = argc - 1;
	struct triage_ctx ctx = { env.conf, env.filters, env.scratch,
	    env.tiers };
	if (json && nfiles > 1)
		printf("[\n");
	for (int i = 0; i < nfiles; i++) {
		const char *name = files[i];
		struct triage t;
		char *raw = NULL;
		size_t len = 0;

		if (explain_read(name, &raw, &len) != 0) {
			log_error("%s: %s", strcmp(name, "-") == 0 ? "stdin" :
			    name, g_strerror(errno));
			rc = EX_NOINPUT;
			continue;
		}
		time_t now = arrived != 0 ? arrived : time(NULL);
		long long before = 0;
		if (triage_classify(&ctx, raw, len, now, &t) != 0) {
			log_error("%s: out of memory", name);
			g_free(raw);
			rc = EX_TEMPFAIL;
			break;
		}
		/* A message the ledger has is explained as it arrived: its
		 * own row and what came after it are not its history. */
		if (l != NULL && arrived == 0) {
			struct ledger_row row = { 0 };

			if (ledger_find_message(l, t.msg != NULL ?
			    msg_message_id(t.msg) : NULL, t.body_hash, &row,
			    NULL) == 1) {
				now = row.received;
				before = row.id;
				t.input.first_arrival = now;
				t.input.arrived = now;
			}
			ledger_row_clear(&row);
		}
		if (l != NULL && triage_history(env.conf, l, &t, now, before,
		    &err) != 0) {
			log_warn("%s: %s; explaining without history", name,
			    err);
			g_clear_pointer(&err, g_free);
		}
		if (json) {
			char *j = explain_json(name, &t, env.filters,
			    nfiles > 1 ? 2 : 0);
			printf("%s%s%s", nout > 0 ? ",\n" : "",
			    nfiles > 1 ? "  " : "", j);
			if (nfiles == 1)
				printf("\n");
			free(j);
		} else {
			if (nout > 0)
				printf("\n");
			explain_print(stdout, name, &t, env.filters);
		}
		nout++;
		triage_clear(&t);
		g_free(raw);
	}
	if (json && nfiles > 1)
		printf("%s]\n", nout > 0 ? "\n" : "");
	if (fflush(stdout) != 0 || ferror(stdout)) {
		log_error("writing stdout: %s", g_strerror(errno));
		if (rc == 0)
			rc = EX_IOERR;
	}
	return rc;
}

static void
explain_done(void)
{
	g_clear_pointer(&opt_arrived, g_free);
}

const struct cmd_entry cmd_explain_entry = {
	"explain", "[--json] [-c FILE] [--filters DIR] [FILE.eml ...]",
	"Show why messages (files, or stdin) get their signals, priority and "
	"folder: scores, matched rules and text.",
	/* With the ledger, explain as deliver would decide if the message
	 * arrived now: follow-ups and repeat contacts included. */
	CMD_FILTERS | CMD_LEDGER_MAYBE, -1, explain_options, explain_plan,
	explain_exec, explain_done,
};
