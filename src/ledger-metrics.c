/* The ledger's counts for monitoring (ledger-metrics.h). */
#include <string.h>

#include <glib.h>

#include "ledger.h"
#include "ledger-int.h"
#include "ledger-metrics.h"

/* Steps sql, a GROUP BY giving (name, flag, count, time) rows, into fn. */
static int
ledger_metrics_rows(struct ledger *l, const char *sql,
    void (*fn)(struct ledger_gauges *g, const char *name, int flag,
    long long n, time_t t), struct ledger_gauges *g, char **err)
{
	struct lst *st = ledger_prepare(l, err, sql, "");
	int rc;

	if (st == NULL)
		return -1;
	while ((rc = lst_step(st)) == LST_ROW)
		fn(g, lst_text(st, 0),
		    (int)lst_int(st, 1), lst_int(st, 2),
		    (time_t)lst_int(st, 3));
	if (rc != LST_DONE)
		ledger_fail(l, err);
	lst_free(st);
	return rc == LST_DONE ? 0 : -1;
}

static void
ledger_metrics_message(struct ledger_gauges *g, const char *prio,
    int delivered, long long n, time_t last)
{
	int lv = prio != NULL ? mt_level_parse(prio) : -1;

	if (prio != NULL && strcmp(prio, "auto") == 0)
		g->auto_messages += delivered ? n : 0;
	else if (lv >= 0)
		g->messages[lv][delivered != 0] += n;
	if (delivered && last > g->last_filed)
		g->last_filed = last;
}

static void
ledger_metrics_alert(struct ledger_gauges *g, const char *state, int unused,
    long long n, time_t oldest)
{
	int waiting = 1;

	(void)unused;
	if (g_strcmp0(state, "queued") == 0)
		g->alerts_queued = n;
	else if (g_strcmp0(state, "sending") == 0)
		g->alerts_sending = n;
	else {
		waiting = 0;
		if (g_strcmp0(state, "failed") == 0)
			g->alerts_failed = n;
	}
	if (waiting && oldest != 0 && (g->alert_oldest == 0 ||
	    oldest < g->alert_oldest))
		g->alert_oldest = oldest;
}

int
ledger_gauges(struct ledger *l, struct ledger_gauges *out, char **err)
{
	memset(out, 0, sizeof(*out));
	if (ledger_metrics_rows(l, "SELECT CASE WHEN auto IS NULL THEN"
	    " priority ELSE 'auto' END, delivered, count(*),"
	    " coalesce(max(received), 0) FROM messages GROUP BY 1, 2",
	    ledger_metrics_message, out, err) != 0 ||
	    ledger_metrics_rows(l, "SELECT state, 0, count(*),"
	    " coalesce(min(created), 0) FROM alerts GROUP BY state",
	    ledger_metrics_alert, out, err) != 0)
		return -1;
	return ledger_report_escalations(l, 0, 0, &out->escalations, err) < 0 ?
	    -1 : 0;
}
