/* mailtriage's metrics (monitor.h): the family table, what is counted
 * when, and the files they go to. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "auto.h"
#include "conf.h"
#include "ledger.h"
#include "ledger-metrics.h"
#include "log.h"
#include "metrics.h"
#include "monitor.h"
#include "mt.h"
#include "sla.h"
#include "sla-policy.h"
#include "triage.h"

static const struct metric_family monitor_families[MON_FAMILY_COUNT] = {
	[MON_BUILD_INFO] = { "mailtriage_build_info", METRIC_GAUGE,
	    "The running version (always 1).", { "version", NULL } },
	[MON_START_TIME] = { "mailtriage_start_time_seconds", METRIC_GAUGE,
	    "When this process started, unix seconds.", { NULL } },
	[MON_MESSAGES] = { "mailtriage_messages_total", METRIC_COUNTER,
	    "Messages handled by this process, by priority (auto: automatic "
	    "mail, unclassified: too large or unparsable), first signal "
	    "(none if none fired) and outcome (filed, duplicate, deferred "
	    "to the next pass).", { "priority", "signal", "outcome", NULL } },
	[MON_RULE_HITS] = { "mailtriage_rule_hits_total", METRIC_COUNTER,
	    "Rules that matched a filed message.", { "rule", NULL } },
	[MON_RULE_ERRORS] = { "mailtriage_rule_errors_total", METRIC_COUNTER,
	    "Rules that failed on a filed message (PCRE2 match limit or "
	    "another matching error, named in X-Triage-Error).",
	    { "rule", NULL } },
	[MON_IMAP_UP] = { "mailtriage_imap_up", METRIC_GAUGE,
	    "Whether the IMAP account is connected (1) or in an outage (0).",
	    { "account", NULL } },
	[MON_IMAP_RECONNECTS] = { "mailtriage_imap_reconnects_total",
	    METRIC_COUNTER, "Connection attempts after the first one (after "
	    "a lost connection, a server restart, a timeout).",
	    { "account", NULL } },
	[MON_IMAP_SYNC_ERRORS] = { "mailtriage_imap_sync_errors_total",
	    METRIC_COUNTER, "Passes over the watched folder that failed "
	    "(connection, server or ledger); the rest waits for the next.",
	    { "account", NULL } },
	[MON_IMAP_LAST_SYNC] = { "mailtriage_imap_last_sync_timestamp_seconds",
	    METRIC_GAUGE, "When the watched folder was last synced "
	    "completely, unix seconds.", { "account", NULL } },
	[MON_TICKETS_OPEN] = { "mailtriage_tickets_open", METRIC_GAUGE,
	    "Tickets not resolved, by current level.", { "level", NULL } },
	[MON_TICKETS_OVERDUE] = { "mailtriage_tickets_overdue", METRIC_GAUGE,
	    "Open tickets past their response due time without an answer "
	    "(not waiting on the customer), by level.", { "level", NULL } },
	[MON_TICKETS_LATE] = { "mailtriage_tickets_late", METRIC_GAUGE,
	    "Open tickets past their resolution target, by level.",
	    { "level", NULL } },
	[MON_LEDGER_MESSAGES] = { "mailtriage_ledger_messages", METRIC_GAUGE,
	    "Customers' messages in the ledger by the priority they were "
	    "filed with and state (filed, or pending: a filing not finished).",
	    { "priority", "state", NULL } },
	[MON_LEDGER_AUTO] = { "mailtriage_ledger_auto_messages", METRIC_GAUGE,
	    "Automatic mail (bounces, auto-replies, lists, bulk) filed.",
	    { NULL } },
	[MON_LEDGER_LAST_FILED] = {
	    "mailtriage_ledger_last_filed_timestamp_seconds", METRIC_GAUGE,
	    "Arrival of the newest message filed, unix seconds (0: none).",
	    { NULL } },
	[MON_ALERTS] = { "mailtriage_alerts", METRIC_GAUGE,
	    "Alerts in the queue by state (queued and sending wait; failed "
	    "gave up).", { "state", NULL } },
	[MON_ALERT_OLDEST] = { "mailtriage_alert_oldest_timestamp_seconds",
	    METRIC_GAUGE, "When the oldest alert still waiting was queued, "
	    "unix seconds (0: none waits).", { NULL } },
	[MON_ESCALATIONS] = { "mailtriage_escalations_total", METRIC_COUNTER,
	    "Escalations recorded in the ledger.", { NULL } },
	[MON_LEDGER_READ] = { "mailtriage_ledger_read_timestamp_seconds",
	    METRIC_GAUGE, "When these ledger gauges were read, unix seconds.",
	    { NULL } },
};

struct metrics *
monitor_new(time_t started)
{
	struct metrics *m = metrics_new(monitor_families, MON_FAMILY_COUNT);

	metrics_set(m, MON_BUILD_INFO, 1, MT_VERSION);
	metrics_set(m, MON_START_TIME, (double)started);
	return m;
}

/* The priority label: the level, or what kept the mail from having one. */
static const char *
monitor_priority(const struct triage *t)
{
	if (t->unclassified)
		return "unclassified";
	if (t->auto_kind != AUTO_NONE)
		return "auto";
	return mt_level_name(t->prio.level);
}

/* The strongest signal that fired, or "none". */
static const char *
monitor_signal(const struct triage *t)
{
	for (int s = 0; s < SIG_COUNT; s++)
		if (t->match.signals & (1u << s))
			return mt_signal_name((enum mt_signal)s);
	return "none";
}

/* The rules named in a match error: "id: why; id: why". */
static void
monitor_rule_errors(struct metrics *m, const char *error)
{
	char **parts = g_strsplit(error, "; ", -1);

	for (char **p = parts; *p != NULL; p++) {
		char *colon = strstr(*p, ": ");

		if (colon != NULL)
			*colon = '\0';
		if (**p != '\0')
			metrics_add(m, MON_RULE_ERRORS, 1, *p);
	}
	g_strfreev(parts);
}

void
monitor_message(struct metrics *m, const struct triage *t,
    const char *outcome)
{
	if (m == NULL)
		return;
	metrics_hold(m);
	metrics_add(m, MON_MESSAGES, 1, monitor_priority(t),
	    monitor_signal(t), outcome);
	/* Once per message: a duplicate or a retry was counted before. */
	if (strcmp(outcome, MONITOR_FILED) == 0) {
		for (size_t i = 0; i < t->match.nhits; i++)
			metrics_add(m, MON_RULE_HITS, 1,
			    t->match.hits[i].rule_id);
		if (t->match.error != NULL)
			monitor_rule_errors(m, t->match.error);
	}
	metrics_release(m);
}

/* Tabs and line ends would break the event's fields. */
static void
monitor_event_field(GString *out, const char *s)
{
	for (; s != NULL && *s != '\0'; s++)
		g_string_append_c(out, *s == '\t' || *s == '\n' || *s == '\r' ?
		    ' ' : *s);
}

char *
monitor_event(const struct triage *t, const char *outcome)
{
	GString *e = g_string_new(NULL);

	g_string_append_printf(e, "%s\t%s\t%s\t", outcome, t != NULL ?
	    monitor_priority(t) : "unclassified", t != NULL ?
	    monitor_signal(t) : "none");
	/* Within PIPE_BUF, so one write(2) is one event: rules past it
	 * go uncounted. */
	for (size_t i = 0; t != NULL && i < t->match.nhits &&
	    e->len < MONITOR_EVENT_MAX / 2; i++) {
		monitor_event_field(e, t->match.hits[i].rule_id);
		g_string_append_c(e, ' ');
	}
	g_string_append_c(e, '\t');
	if (t != NULL && t->match.error != NULL)
		monitor_event_field(e, t->match.error);
	if (e->len > MONITOR_EVENT_MAX - 1)
		g_string_truncate(e, MONITOR_EVENT_MAX - 1);
	g_string_append_c(e, '\n');
	return g_string_free(e, FALSE);
}

int
monitor_event_count(struct metrics *m, const char *line)
{
	char **f = g_strsplit(line, "\t", 5), **hits;

	if (g_strv_length(f) != 5) {
		g_strfreev(f);
		return -1;
	}
	g_strchomp(f[4]);
	metrics_hold(m);
	metrics_add(m, MON_MESSAGES, 1, f[1], f[2], f[0]);
	if (strcmp(f[0], MONITOR_FILED) == 0) {
		hits = g_strsplit(f[3], " ", -1);
		for (char **h = hits; *h != NULL; h++)
			if (**h != '\0')
				metrics_add(m, MON_RULE_HITS, 1, *h);
		g_strfreev(hits);
		if (*f[4] != '\0')
			monitor_rule_errors(m, f[4]);
	}
	metrics_release(m);
	g_strfreev(f);
	return 0;
}

void
monitor_account_up(struct metrics *m, const char *account, int up)
{
	if (m != NULL)
		metrics_set(m, MON_IMAP_UP, up ? 1 : 0, account);
}

void
monitor_account_connecting(struct metrics *m, const char *account)
{
	double up;

	if (m == NULL)
		return;
	metrics_hold(m);
	if (metrics_get(m, MON_IMAP_UP, &up, account))
		metrics_add(m, MON_IMAP_RECONNECTS, 1, account);
	else {
		/* Every counter from the start: a rate over a series that
		 * appears only at its first event misses that event. */
		metrics_set(m, MON_IMAP_UP, 0, account);
		metrics_add(m, MON_IMAP_RECONNECTS, 0, account);
		metrics_add(m, MON_IMAP_SYNC_ERRORS, 0, account);
	}
	metrics_release(m);
}

void
monitor_account_synced(struct metrics *m, const char *account, time_t t)
{
	if (m != NULL)
		metrics_set(m, MON_IMAP_LAST_SYNC, (double)t, account);
}

void
monitor_account_failed(struct metrics *m, const char *account)
{
	if (m == NULL)
		return;
	metrics_hold(m);
	metrics_add(m, MON_IMAP_SYNC_ERRORS, 1, account);
	metrics_set(m, MON_IMAP_UP, 0, account);
	metrics_release(m);
}

/* Open tickets by level, counted before anything is set. */
struct monitor_tickets {
	time_t now;
	long long open[LEVEL_COUNT], overdue[LEVEL_COUNT], late[LEVEL_COUNT];
};

static int
monitor_ticket(const struct ledger_open_ticket *t, void *arg)
{
	struct monitor_tickets *mt = arg;
	int lv = t->priority < LEVEL_COUNT ? (int)t->priority : LEVEL_LOW;

	mt->open[lv]++;
	/* As sla lists it: OVERDUE, then LATE. */
	if (t->paused == 0 && t->answered == 0 && t->sla_due != 0 &&
	    mt->now > t->sla_due)
		mt->overdue[lv]++;
	else if (sla_policy_late(t, mt->now))
		mt->late[lv]++;
	return 0;
}

int
monitor_ledger(struct metrics *m, struct ledger *l, time_t now, char **err)
{
	struct monitor_tickets mt = { .now = now };
	struct ledger_gauges g;

	if (ledger_gauges(l, &g, err) != 0 ||
	    ledger_each_open_ticket(l, monitor_ticket, &mt, err) != 0)
		return -1;
	metrics_hold(m);
	for (int i = 0; i < LEVEL_COUNT; i++) {
		const char *lv = mt_level_name((enum mt_level)i);

		metrics_set(m, MON_TICKETS_OPEN, (double)mt.open[i], lv);
		metrics_set(m, MON_TICKETS_OVERDUE, (double)mt.overdue[i], lv);
		metrics_set(m, MON_TICKETS_LATE, (double)mt.late[i], lv);
		metrics_set(m, MON_LEDGER_MESSAGES, (double)g.messages[i][1],
		    lv, "filed");
		metrics_set(m, MON_LEDGER_MESSAGES, (double)g.messages[i][0],
		    lv, "pending");
	}
	metrics_set(m, MON_LEDGER_AUTO, (double)g.auto_messages);
	metrics_set(m, MON_LEDGER_LAST_FILED, (double)g.last_filed);
	metrics_set(m, MON_ALERTS, (double)g.alerts_queued, "queued");
	metrics_set(m, MON_ALERTS, (double)g.alerts_sending, "sending");
	metrics_set(m, MON_ALERTS, (double)g.alerts_failed, "failed");
	metrics_set(m, MON_ALERT_OLDEST, (double)g.alert_oldest);
	metrics_set(m, MON_ESCALATIONS, (double)g.escalations);
	metrics_set(m, MON_LEDGER_READ, (double)now);
	metrics_release(m);
	return 0;
}

void
monitor_publish(const struct conf *c, struct ledger *l, struct metrics *m)
{
	static char *last;	/* the last problem, logged once */
	time_t now = sla_now();	/* MAILTRIAGE_NOW in tests, as SLA */
	char *err = NULL;

	if (monitor_ledger(m, l, now, &err) == 0 &&
	    monitor_textfile(c, l, now, &err) == 0)
		monitor_state_write(c, m, &err);
	if (err != NULL && g_strcmp0(err, last) != 0)
		log_warn("metrics: %s", err);
	g_free(last);
	last = err;
}

int
monitor_textfile(const struct conf *c, struct ledger *l, time_t now,
    char **err)
{
	struct metrics *m;
	char *why = NULL;
	int rc = -1;

	if (c->metrics_textfile == NULL)
		return 0;
	/* Only the ledger's: the same whoever writes it (sla or poll). */
	m = metrics_new(monitor_families, MON_FAMILY_COUNT);
	if (monitor_ledger(m, l, now, err) != 0)
		goto out;
	if (metrics_write_file(m, c->metrics_textfile, NULL, &why) != 0) {
		*err = g_strdup_printf("[metrics] textfile: %s", why);
		goto out;
	}
	rc = 0;
out:
	g_free(why);
	metrics_free(&m);
	return rc;
}

char *
monitor_state_path(const struct conf *c)
{
	return conf_beside_ledger(c, ".poll.prom");
}

int
monitor_state_write(const struct conf *c, struct metrics *m, char **err)
{
	char *path = monitor_state_path(c);
	char *pre = g_strdup_printf("# mailtriage poll pid %ld\n",
	    (long)getpid());
	int rc = metrics_write_file(m, path, pre, err);

	g_free(pre);
	g_free(path);
	return rc;
}

int
monitor_state_read(const struct conf *c, struct metrics *m, pid_t *pid,
    char **err)
{
	char *path = monitor_state_path(c), *text = NULL;
	GError *ge = NULL;
	long p = 0;
	int rc = 1;

	*pid = 0;
	if (!g_file_get_contents(path, &text, NULL, &ge)) {
		rc = g_error_matches(ge, G_FILE_ERROR, G_FILE_ERROR_NOENT) ?
		    0 : -1;
		if (rc < 0)
			*err = g_strdup(ge->message);
		g_error_free(ge);
		goto out;
	}
	if (sscanf(text, "# mailtriage poll pid %ld", &p) == 1)
		*pid = (pid_t)p;
	metrics_parse(m, text);
out:
	g_free(text);
	g_free(path);
	return rc;
}
