/* mailtriage status: the gateway at a glance, for a person (or --json):
 * the ledger's gauges as the metrics see them (monitor.h), poll's
 * accounts from its state file beside the ledger, and the last errors
 * the unattended commands kept (errlog.h). Only reads. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sysexits.h>
#include <time.h>

#include <glib.h>

#include "cmd.h"
#include "conf.h"
#include "errlog.h"
#include "json.h"
#include "log.h"
#include "metrics.h"
#include "ledger.h"
#include "monitor.h"
#include "mt.h"
#include "sla.h"

#define STATUS_ERRORS 10	/* last errors shown by default */

static const char *const status_outcomes[] = { MONITOR_FILED,
    MONITOR_DUPLICATE, MONITOR_DEFERRED };

/* What is shown, gathered first. */
struct status {
	time_t now;
	const char *ledger;		/* the conf's */
	struct metrics *m;		/* ledger gauges; NULL: no ledger */
	struct metrics *poll;		/* poll's state; NULL: none */
	pid_t pid;
	int running;
	double outcomes[G_N_ELEMENTS(status_outcomes)];
	char **errors;			/* errlog lines, oldest first */
};

static gboolean opt_json;
static int opt_errors = STATUS_ERRORS;
static const GOptionEntry status_options[] = {
	{ "json", 0, 0, G_OPTION_ARG_NONE, &opt_json,
	    "One JSON object", NULL },
	{ "errors", 0, 0, G_OPTION_ARG_INT, &opt_errors,
	    "How many of the last errors and warnings to show (default 10)",
	    "N" },
	{ NULL, 0, 0, 0, NULL, NULL, NULL }
};

/* A value of m (0 when it has none): the series of label (NULL for a
 * family without labels; MON_LEDGER_MESSAGES: of its state "filed"). */
static double
status_get(struct metrics *m, enum monitor_family f, const char *label)
{
	double v = 0;

	if (m != NULL)
		metrics_get(m, f, &v, label, "filed");
	return v;
}

static void
status_outcome(const char *const *v, double n, void *arg)
{
	struct status *st = arg;

	for (size_t i = 0; i < G_N_ELEMENTS(status_outcomes); i++)
		if (strcmp(v[2], status_outcomes[i]) == 0)
			st->outcomes[i] += n;
}

/* Poll's state file: whether it runs (its pid alive) and its metrics. */
static void
status_poll(const struct conf *c, struct status *st)
{
	char *err = NULL;
	int r;

	st->poll = monitor_new(0);
	if ((r = monitor_state_read(c, st->poll, &st->pid, &err)) <= 0) {
		if (r < 0)
			log_warn("poll state: %s", err);
		g_free(err);
		metrics_free(&st->poll);
		return;
	}
	st->running = st->pid > 0 && (kill(st->pid, 0) == 0 ||
	    errno == EPERM);
	metrics_each(st->poll, MON_MESSAGES, status_outcome, st);
}

/* Everything shown, into st. 0, or EX_TEMPFAIL (logged). */
static int
status_gather(struct cmd_ctx *cx, struct status *st)
{
	const struct conf *c = cx->env.conf;
	char *err = NULL, *base;
	int rc;

	st->now = sla_now();
	st->ledger = cx->ledger != NULL ? ledger_name(cx->ledger) : c->ledger;
	if (cx->ledger != NULL) {
		st->m = monitor_new(0);
		if (monitor_ledger(st->m, cx->ledger, st->now, &err) != 0)
			goto fail;
	}
	status_poll(c, st);
	base = conf_beside_ledger(c, "");
	rc = errlog_read(base, opt_errors > 0 ? (size_t)opt_errors : 0,
	    &st->errors, &err);
	g_free(base);
	if (rc != 0)
		goto fail;
	return 0;
fail:
	log_error("%s", err);
	g_free(err);
	return EX_TEMPFAIL;
}

static void
status_clear(struct status *st)
{
	metrics_free(&st->m);
	metrics_free(&st->poll);
	g_strfreev(st->errors);
}

/* Calls fn for each kept error line "TIME LEVEL SOURCE: text", taken
 * apart (malformed lines skipped). */
static void
status_errors_each(struct status *st, void (*fn)(long long t,
    const char *lvl, const char *text, void *arg), void *arg)
{
	for (char **e = st->errors; *e != NULL; e++) {
		long long t;
		char lvl[16];
		int n = 0;

		if (sscanf(*e, "%lld %15s %n", &t, lvl, &n) == 2 && n > 0)
			fn(t, lvl, *e + n, arg);
	}
}

/* --- text */

static void
status_text_ledger(struct status *st)
{
	char when[32];

	printf("ledger       %s\n", st->ledger);
	if (st->m == NULL) {
		printf("             none yet (nothing filed)\n");
		return;
	}
	printf("%-12s %-9s %6s %8s %5s %8s %8s\n", "tickets", "LEVEL", "OPEN",
	    "OVERDUE", "LATE", "FILED", "PENDING");
	for (int i = 0; i < LEVEL_COUNT; i++) {
		const char *lv = mt_level_name((enum mt_level)i);
		double pend = 0;

		metrics_get(st->m, MON_LEDGER_MESSAGES, &pend, lv, "pending");
		printf("%-12s %-9s %6.0f %8.0f %5.0f %8.0f %8.0f\n", "", lv,
		    status_get(st->m, MON_TICKETS_OPEN, lv),
		    status_get(st->m, MON_TICKETS_OVERDUE, lv),
		    status_get(st->m, MON_TICKETS_LATE, lv),
		    status_get(st->m, MON_LEDGER_MESSAGES, lv), pend);
	}
	cmd_format_time(when, sizeof(when),
	    (time_t)status_get(st->m, MON_LEDGER_LAST_FILED, NULL));
	printf("last filed   %s (automatic mail: %.0f)\n", when,
	    status_get(st->m, MON_LEDGER_AUTO, NULL));
	cmd_format_time(when, sizeof(when),
	    (time_t)status_get(st->m, MON_ALERT_OLDEST, NULL));
	printf("alerts       %.0f queued, %.0f sending, %.0f failed; oldest "
	    "waiting since %s\n", status_get(st->m, MON_ALERTS, "queued"),
	    status_get(st->m, MON_ALERTS, "sending"),
	    status_get(st->m, MON_ALERTS, "failed"), when);
	printf("escalations  %.0f\n", status_get(st->m, MON_ESCALATIONS,
	    NULL));
}

static void
status_text_account(const char *const *v, double up, void *arg)
{
	struct status *st = arg;
	char when[32];

	cmd_format_time(when, sizeof(when), (time_t)status_get(st->poll,
	    MON_IMAP_LAST_SYNC, v[0]));
	printf("%-12s %-16s %-5s %-16s %10.0f %11.0f\n", "", v[0],
	    !st->running ? "-" : up > 0 ? "up" : "DOWN", when,
	    status_get(st->poll, MON_IMAP_RECONNECTS, v[0]),
	    status_get(st->poll, MON_IMAP_SYNC_ERRORS, v[0]));
}

static void
status_text_poll(struct status *st)
{
	char when[32];

	if (st->poll == NULL) {
		printf("poll         no state (not run with this ledger)\n");
		return;
	}
	cmd_format_time(when, sizeof(when), (time_t)status_get(st->poll,
	    MON_LEDGER_READ, NULL));
	printf("poll         %s (pid %ld), state of %s\n", st->running ?
	    "running" : "NOT RUNNING", (long)st->pid, when);
	printf("%-12s %-16s %-5s %-16s %10s %11s\n", "", "ACCOUNT", "STATE",
	    "LAST SYNC", "RECONNECTS", "SYNC ERRORS");
	metrics_each(st->poll, MON_IMAP_UP, status_text_account, st);
	printf("%-12s %.0f filed, %.0f duplicates, %.0f deferred since it "
	    "started\n", "", st->outcomes[0], st->outcomes[1],
	    st->outcomes[2]);
}

static void
status_text_error(long long t, const char *lvl, const char *text, void *arg)
{
	char when[32];

	(void)arg;
	cmd_format_time(when, sizeof(when), (time_t)t);
	printf("  %s %s %s\n", when, lvl, text);
}

static void
status_text(struct status *st)
{
	char when[32];

	cmd_format_time(when, sizeof(when), st->now);
	printf("mailtriage %s status at %s\n", MT_VERSION, when);
	status_text_ledger(st);
	status_text_poll(st);
	printf("errors       %s\n", st->errors[0] == NULL ? "none kept" :
	    "the last ones, newest last:");
	status_errors_each(st, status_text_error, NULL);
}

/* --- JSON */

static void
status_json_ledger(GString *j, struct status *st)
{
	const char *states[] = { "queued", "sending", "failed" };

	if (st->m == NULL) {
		g_string_append(j, ",\"tickets\":null,\"messages\":null,"
		    "\"alerts\":null,\"escalations\":null");
		return;
	}
	g_string_append(j, ",\"tickets\":{");
	for (int i = 0; i < LEVEL_COUNT; i++) {
		const char *lv = mt_level_name((enum mt_level)i);
		g_string_append_printf(j, "%s\"%s\":{\"open\":%.0f,\"overdue\":"
		    "%.0f,\"late\":%.0f}", i ? "," : "", lv,
		    status_get(st->m, MON_TICKETS_OPEN, lv),
		    status_get(st->m, MON_TICKETS_OVERDUE, lv),
		    status_get(st->m, MON_TICKETS_LATE, lv));
	}
	g_string_append(j, "},\"messages\":{");
	for (int i = 0; i < LEVEL_COUNT; i++) {
		const char *lv = mt_level_name((enum mt_level)i);
		double pend = 0;

		metrics_get(st->m, MON_LEDGER_MESSAGES, &pend, lv, "pending");
		g_string_append_printf(j, "%s\"%s\":{\"filed\":%.0f,"
		    "\"pending\":%.0f}", i ? "," : "", lv,
		    status_get(st->m, MON_LEDGER_MESSAGES, lv), pend);
	}
	g_string_append_printf(j, ",\"auto\":%.0f,\"last_filed\":%.0f},"
	    "\"alerts\":{", status_get(st->m, MON_LEDGER_AUTO, NULL),
	    status_get(st->m, MON_LEDGER_LAST_FILED, NULL));
	for (size_t i = 0; i < G_N_ELEMENTS(states); i++)
		g_string_append_printf(j, "\"%s\":%.0f,", states[i],
		    status_get(st->m, MON_ALERTS, states[i]));
	g_string_append_printf(j, "\"oldest_waiting\":%.0f},"
	    "\"escalations\":%.0f", status_get(st->m, MON_ALERT_OLDEST, NULL),
	    status_get(st->m, MON_ESCALATIONS, NULL));
}

struct status_json_acc {
	GString *j;
	struct status *st;
	int n;
};

static void
status_json_account(const char *const *v, double up, void *arg)
{
	struct status_json_acc *a = arg;

	g_string_append(a->j, a->n++ ? ",{\"name\":" : "{\"name\":");
	json_append(a->j, v[0]);
	g_string_append_printf(a->j, ",\"up\":%s,\"last_sync\":%.0f,"
	    "\"reconnects\":%.0f,\"sync_errors\":%.0f}",
	    a->st->running && up > 0 ? "true" : "false",
	    status_get(a->st->poll, MON_IMAP_LAST_SYNC, v[0]),
	    status_get(a->st->poll, MON_IMAP_RECONNECTS, v[0]),
	    status_get(a->st->poll, MON_IMAP_SYNC_ERRORS, v[0]));
}

static void
status_json_poll(GString *j, struct status *st)
{
	struct status_json_acc a = { j, st, 0 };

	if (st->poll == NULL) {
		g_string_append(j, ",\"poll\":null");
		return;
	}
	g_string_append_printf(j, ",\"poll\":{\"running\":%s,\"pid\":%ld,"
	    "\"updated\":%.0f,\"accounts\":[", st->running ? "true" : "false",
	    (long)st->pid, status_get(st->poll, MON_LEDGER_READ, NULL));
	metrics_each(st->poll, MON_IMAP_UP, status_json_account, &a);
	g_string_append_printf(j, "],\"messages\":{\"filed\":%.0f,"
	    "\"duplicate\":%.0f,\"deferred\":%.0f}}", st->outcomes[0],
	    st->outcomes[1], st->outcomes[2]);
}

static void
status_json_error(long long t, const char *lvl, const char *text, void *arg)
{
	GString *j = arg;

	g_string_append_printf(j, "%s{\"time\":%lld,\"level\":",
	    j->str[j->len - 1] == '[' ? "" : ",", t);
	json_append(j, lvl);
	g_string_append(j, ",\"text\":");
	json_append(j, text);
	g_string_append(j, "}");
}

static void
status_json(struct status *st)
{
	GString *j = g_string_new(NULL);

	g_string_append_printf(j, "{\"now\":%lld,\"ledger\":",
	    (long long)st->now);
	json_append(j, st->ledger);
	status_json_ledger(j, st);
	status_json_poll(j, st);
	g_string_append(j, ",\"errors\":[");
	status_errors_each(st, status_json_error, j);
	g_string_append(j, "]}");
	printf("%s\n", j->str);
	g_string_free(j, TRUE);
}

static int
status_exec(struct cmd_ctx *cx, int argc, char **argv)
{
	struct status st;
	int rc;

	(void)argc;
	(void)argv;
	memset(&st, 0, sizeof(st));
	if ((rc = status_gather(cx, &st)) == 0) {
		if (opt_json)
			status_json(&st);
		else
			status_text(&st);
	}
	status_clear(&st);
	return rc;
}

static void
status_done(void)
{
	opt_json = FALSE;
	opt_errors = STATUS_ERRORS;
}

const struct cmd_entry cmd_status_entry = {
	"status", "[-c FILE] [--maildir DIR] [--json] [--errors N]",
	"The gateway at a glance: open and overdue tickets by level, the "
	"alert queue, poll's accounts (up, last sync) and the last errors.",
	CMD_CONFIG | CMD_LEDGER_MAYBE, 0, status_options, NULL, status_exec,
	status_done,
};
