/* The ledger's alert queue (ledger-alert.h). */
#include <string.h>

#include <glib.h>

#include "ledger.h"
#include "ledger-alert.h"
#include "ledger-int.h"

int
ledger_alert_queue(struct ledger *l, const char *route, const char *event,
    long long ticket, const char *dedup, const char *level, const char *title,
    const char *text, const char *payload, time_t now, time_t next_try,
    char **err)
{
	int changes = 0;

	if (ledger_exec(l, &changes, err, "INSERT INTO alerts (route, event,"
	    " ticket_id, dedup, level, title, text, payload, created,"
	    " next_try) VALUES (?1, ?2, nullif(?3, 0), ?4, ?5, ?6, ?7, ?8, ?9,"
	    " ?10) ON CONFLICT DO NOTHING", "ttitttttTT", route, event, ticket, dedup, level, title,
	    text, payload, now, next_try) != 0)
		return -1;
	return changes > 0;
}

int
ledger_alert_queued(struct ledger *l, const char *dedup, char **err)
{
	return ledger_exists(l, err, "SELECT 1 FROM alerts WHERE dedup = ?1",
	    "t", dedup);
}

int
ledger_alerts(struct ledger *l, time_t now, int all,
    struct ledger_alert **out, size_t *n, char **err)
{
	GArray *a = g_array_new(FALSE, TRUE, sizeof(struct ledger_alert));
	struct lst *st = ledger_prepare(l, err, all ?
	    "SELECT id, route, event, coalesce(ticket_id, 0), level, title,"
	    " text, payload, created, next_try, state, attempts,"
	    " coalesce(sent, 0), last_error FROM alerts WHERE ?1 IS NOT NULL"
	    " ORDER BY id" :
	    "SELECT id, route, event, coalesce(ticket_id, 0), level, title,"
	    " text, payload, created, next_try, state, attempts,"
	    " coalesce(sent, 0), last_error FROM alerts"
	    " WHERE state = 'sending' OR (state = 'queued' AND next_try <= ?1)"
	    " ORDER BY id", "i", (long long)now);
	int rc;

	*out = NULL;
	*n = 0;
	if (st == NULL) {
		g_array_free(a, TRUE);
		return -1;
	}
	while ((rc = lst_step(st)) == LST_ROW) {
		struct ledger_alert x = {
			.id = lst_int(st, 0),
			.route = ledger_column_text(st, 1),
			.event = ledger_column_text(st, 2),
			.ticket = lst_int(st, 3),
			.level = ledger_column_text(st, 4),
			.title = ledger_column_text(st, 5),
			.text = ledger_column_text(st, 6),
			.payload = ledger_column_text(st, 7),
			.created = (time_t)lst_int(st, 8),
			.next_try = (time_t)lst_int(st, 9),
			.state = ledger_column_text(st, 10),
			.attempts = lst_int(st, 11),
			.sent = (time_t)lst_int(st, 12),
			.last_error = ledger_column_text(st, 13),
		};
		g_array_append_val(a, x);
	}
	if (rc != LST_DONE)
		ledger_fail(l, err);
	lst_free(st);
	*n = a->len;
	*out = (struct ledger_alert *)g_array_free(a, FALSE);
	if (rc != LST_DONE) {
		ledger_alerts_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

void
ledger_alerts_free(struct ledger_alert *a, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		g_free(a[i].route);
		g_free(a[i].event);
		g_free(a[i].level);
		g_free(a[i].title);
		g_free(a[i].text);
		g_free(a[i].payload);
		g_free(a[i].state);
		g_free(a[i].last_error);
	}
	g_free(a);
}

int
ledger_alert_claim(struct ledger *l, long long id, char **err)
{
	int changes = 0;

	if (ledger_exec(l, &changes, err, "UPDATE alerts SET state = 'sending',"
	    " attempts = attempts + 1 WHERE id = ?1 AND state IN ('queued',"
	    " 'sending')", "i", id) != 0)
		return -1;
	return changes > 0;
}

int
ledger_alert_sent(struct ledger *l, long long id, time_t now, char **err)
{
	return ledger_exec(l, NULL, err, "UPDATE alerts SET state = 'sent',"
	    " sent = ?2, last_error = NULL WHERE id = ?1", "iT", id, now);
}

int
ledger_alert_retry(struct ledger *l, long long id, time_t next_try,
    int failed, const char *why, char **err)
{
	return ledger_exec(l, NULL, err, "UPDATE alerts SET state = ?2,"
	    " next_try = ?3, last_error = ?4 WHERE id = ?1", "itTt", id,
	    failed ? "failed" : "queued", next_try, why);
}
