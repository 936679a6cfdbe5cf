/* mailtriage sla: open tickets by due time, overdue first; with
 * --escalate, escalates the overdue ones. Safe to run every minute: a
 * lock beside the ledger keeps two runs from working (and notifying) at
 * once, and the ledger makes every step happen once. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include <glib.h>

#include "cmd.h"
#include "conf.h"
#include "filing.h"
#include "json.h"
#include "incident.h"
#include "ledger.h"
#include "log.h"
#include "monitor.h"
#include "mt.h"
#include "sla.h"
#include "sla-policy.h"
#include "store.h"
#include "alert.h"

#define SLA_ALERT_BUDGET 30.0	/* seconds for sending alerts per run */

struct sla_list {
	time_t now;
	int json;
	unsigned n, overdue, late;
};

static void
sla_span(char *buf, size_t size, long long secs)
{
	long long a = secs < 0 ? -secs : secs;

	if (a >= 86400)
		snprintf(buf, size, "%lldd%02lldh", a / 86400, a / 3600 % 24);
	else
		snprintf(buf, size, "%lldh%02lldm", a / 3600, a / 60 % 60);
}

static int
sla_list_row(const struct ledger_open_ticket *t, void *arg)
{
	struct sla_list *sl = arg;
	char due[32], age[32], *subj;
	const char *state;

	time_t resolve_due = sla_policy_resolve_by(t, sl->now);

	sl->n++;
	/* Waiting on the customer stops every clock; an answered ticket
	 * still has its resolution target. */
	if (t->paused != 0)
		state = "waiting";
	else if (t->answered == 0 && t->sla_due != 0 && sl->now > t->sla_due) {
		state = "OVERDUE";
		sl->overdue++;
	} else if (sla_policy_late(t, sl->now)) {
		state = "LATE";
		sl->late++;
	} else if (t->answered != 0)
		state = "answered";
	else
		state = "open";
	if (sl->json) {
		char *f = json_quote(t->from_addr ? t->from_addr : "");
		char *s = json_quote(t->subject ? t->subject : "");
		char *r = json_quote(t->reasons ? t->reasons : "");
		printf("{\"ticket\":%lld,\"state\":\"%s\",\"priority\":\"%s\","
		    "\"due\":%lld,\"due_in\":%lld,\"age\":%lld,\"from\":%s,"
		    "\"subject\":%s,\"reasons\":%s,\"first_response\":%lld,"
		    "\"answered\":%lld,\"replies\":%lld,\"waiting_since\":%lld,"
		    "\"resolve_due\":%lld,\"tier\":\"%s\"}\n", t->id, state,
		    mt_level_name(t->priority),
		    (long long)t->sla_due, (long long)(t->sla_due - sl->now),
		    (long long)(sl->now - t->created), f, s, r,
		    (long long)t->first_response, (long long)t->answered,
		    t->replies, (long long)t->paused, (long long)resolve_due,
		    t->tier ? t->tier : "");
		g_free(f);
		g_free(s);
		g_free(r);
		return 0;
	}
	sla_span(due, sizeof(due), (long long)(t->sla_due - sl->now));
	sla_span(age, sizeof(age), (long long)(sl->now - t->created));
	subj = g_strdup(t->subject ? t->subject : "");
	for (char *p = subj; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20)
			*p = ' ';
	printf("%-6lld %-8s %-9s %s%-7s %-7s %-28.28s %s\n      %s\n", t->id,
	    state, mt_level_name(t->priority), t->sla_due < sl->now ? "-" :
	    "+", due, age,
	    t->from_addr ? t->from_addr : "?", subj,
	    t->reasons ? t->reasons : "");
	g_free(subj);
	return 0;
}

/* Serialises sla runs, on every host that shares the ledger: one at a
 * time, the next waits (up to an hour: a timer starts another). */
#define SLA_LOCK_WAIT_MS	(3600 * 1000)

static gboolean opt_escalate, opt_json;
static const GOptionEntry sla_options[] = {
	{ "escalate", 0, 0, G_OPTION_ARG_NONE, &opt_escalate,
	    "Escalate overdue tickets without a response (move up a level, "
	    "notify, remind)", NULL },
	{ "json", 0, 0, G_OPTION_ARG_NONE, &opt_json,
	    "One JSON object per ticket", NULL },
	{ NULL, 0, 0, 0, NULL, NULL, NULL }
};

/* What earlier deliveries left, finished before the tickets are read. */
static int
sla_recover(const struct conf *c, struct ledger *l, char **err)
{
	struct store *st = store_new(c);
	int r = filing_recover(st, l, NULL, time(NULL), NULL, err);

	store_free(&st);
	return r;
}

static int
sla_exec(struct cmd_ctx *cx, int argc, char **argv)
{
	const struct conf *c = cx->env.conf;
	struct ledger *l = cx->ledger;
	struct sla_stats st = { 0 };
	struct sla_list sl = { 0 };
	char *err = NULL;
	struct ledger_lock *lock = NULL;
	int rc = EX_TEMPFAIL;

	(void)argc;
	(void)argv;
	sl.now = sla_now();
	sl.json = opt_json;
	if (ledger_lock(l, "sla", SLA_LOCK_WAIT_MS, &lock, &err) != 0 ||
	    sla_recover(c, l, &err) < 0 ||
	    sla_refresh(c, l, sl.now, &st, &err) != 0 ||
	    (opt_escalate && sla_escalate(c, l, sl.now, &st, &err) != 0) ||
	    alert_warnings(c, l, sl.now, &err) < 0 ||
	    alert_digests(c, l, sl.now, &err) < 0 ||
	    incident_close(c, l, 0, sl.now, &err) < 0)
		goto out;
	/* What is queued goes now (deliver and poll left it, or it is
	 * due for another try). */
	alert_flush(c, l, sl.now, SLA_ALERT_BUDGET);
	if (!opt_json)
		printf("%-6s %-8s %-9s %-8s %-7s %-28s %s\n", "TICKET", "STATE",
		    "PRIORITY", "DUE", "AGE", "FROM", "SUBJECT");
	if (ledger_each_open_ticket(l, sla_list_row, &sl, &err) != 0)
		goto out;
	log_msg(opt_json ? LOG_LVL_DEBUG : LOG_LVL_INFO, "%u open tickets, %u "
	    "overdue, %u past the resolution target; this run: %u answered, "
	    "%u waiting on the customer, %u resolved, %u re-prioritised, "
	    "%u escalated, %u reminded, %u files moved, %u notices", sl.n,
	    sl.overdue, sl.late, st.answered, st.paused, st.resolved,
	    st.corrected, st.escalated, st.reminded, st.moved, st.notices);
	/* node_exporter's view of the ledger, fresh each run. */
	if (monitor_textfile(c, l, sl.now, &err) != 0) {
		log_warn("%s", err);
		g_clear_pointer(&err, g_free);
	}
	rc = 0;
out:
	if (err != NULL)
		log_error("%s", err);
	g_free(err);
	ledger_unlock(l, &lock);
	return rc;
}

const struct cmd_entry cmd_sla_entry = {
	"sla", "[-c FILE] [--maildir DIR] [--escalate] [--json]",
	"List open tickets by due time, overdue first; with --escalate, "
	"move overdue unanswered tickets up a level and notify (safe to run "
	"every minute from cron).",
	/* Escalation rewrites files: as root, the Maildir's owner. */
	CMD_CONFIG | CMD_LEDGER | CMD_OWNER | CMD_FILE | CMD_RECORD, 0,
	sla_options, NULL,
	sla_exec, NULL,
};
