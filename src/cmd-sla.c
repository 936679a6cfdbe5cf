/* mailtriage sla: open tickets by due time, overdue first; with
 * --escalate, escalates the overdue ones. Safe to run every minute: a
 * lock beside the ledger keeps two runs from working (and notifying) at
 * once, and the ledger makes every step happen once. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sysexits.h>
#include <unistd.h>

#include <glib.h>

#include "cmd.h"
#include "conf.h"
#include "deliver.h"
#include "json.h"
#include "ledger.h"
#include "log.h"
#include "privdrop.h"
#include "mt.h"
#include "sla.h"
#include "sla-policy.h"

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

/* Serialises sla runs: one at a time, the next waits. */
static int
sla_lock(const char *ledger, char **err)
{
	char *path = g_strconcat(ledger, ".sla.lock", NULL);
	int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);

	if (fd < 0 || flock(fd, LOCK_EX) != 0) {
		*err = g_strdup_printf("lock %s: %s", path, g_strerror(errno));
		if (fd >= 0)
			close(fd);
		fd = -1;
	}
	g_free(path);
	return fd;
}

static int
sla_exec(const struct cmd_entry *self, int argc, char **argv)
{
	gboolean escalate = FALSE, json = FALSE;
	GOptionEntry extra[] = {
		{ "escalate", 0, 0, G_OPTION_ARG_NONE, &escalate,
		    "Escalate overdue tickets without a response (move up a "
		    "level, notify, remind)", NULL },
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json,
		    "One JSON object per ticket", NULL },
		{ NULL, 0, 0, 0, NULL, NULL, NULL }
	};
	struct sla_stats st = { 0 };
	struct cmd_common co;
	struct cmd_env env;
	struct ledger *l = NULL;
	struct sla_list sl = { 0 };
	char *err = NULL;
	int rc, lock = -1;

	if ((rc = cmd_parse(self, &argc, &argv, extra, &co)) != 0) {
		cmd_common_clear(&co);
		return rc < 0 ? 0 : rc;
	}
	if ((rc = cmd_load(&co, 0, &env)) != 0) {
		cmd_common_clear(&co);
		return rc;
	}
	sl.now = sla_now();
	sl.json = json;
	if ((rc = cmd_ledger_exists(env.conf)) != 0)
		goto out;
	rc = EX_TEMPFAIL;
	/* Escalation rewrites files: as root, become the Maildir's owner. */
	if (privdrop_for_maildir(env.conf->user, env.conf->maildir,
	    &err) != 0)
		goto out;
	if ((lock = sla_lock(env.conf->ledger, &err)) < 0 ||
	    cmd_ledger_write(env.conf, time(NULL), &l, &err) != 0 ||
	    deliver_recover(env.conf, l, NULL, time(NULL), &err) < 0 ||
	    sla_refresh(env.conf, l, sl.now, &st, &err) != 0 ||
	    (escalate && sla_escalate(env.conf, l, sl.now, &st, &err) != 0))
		goto out;
	if (!json)
		printf("%-6s %-8s %-9s %-8s %-7s %-28s %s\n", "TICKET", "STATE",
		    "PRIORITY", "DUE", "AGE", "FROM", "SUBJECT");
	if (ledger_each_open_ticket(l, sla_list_row, &sl, &err) != 0)
		goto out;
	log_msg(json ? LOG_LVL_DEBUG : LOG_LVL_INFO, "%u open tickets, %u "
	    "overdue, %u past the resolution target; this run: %u answered, "
	    "%u waiting on the customer, %u resolved, %u re-prioritised, "
	    "%u escalated, %u reminded, %u files moved, %u notices", sl.n,
	    sl.overdue, sl.late, st.answered, st.paused, st.resolved,
	    st.corrected, st.escalated, st.reminded, st.moved, st.notices);
	rc = 0;
out:
	if (err != NULL)
		log_error("%s", err);
	g_free(err);
	ledger_close(&l);
	if (lock >= 0)
		close(lock);
	cmd_env_free(&env);
	cmd_common_clear(&co);
	return rc;
}

const struct cmd_entry cmd_sla_entry = {
	"sla", "[-c FILE] [--maildir DIR] [--escalate] [--json]",
	"List open tickets by due time, overdue first; with --escalate, "
	"move overdue unanswered tickets up a level and notify (safe to run "
	"every minute from cron).",
	sla_exec,
};
