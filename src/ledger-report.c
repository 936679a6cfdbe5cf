/* The ledger's report queries: a period's messages and tickets, and the
 * escalations table when there is one. Read-only; the statements are
 * prepared per call since a report runs each once. */
#include <glib.h>

#include "ledger.h"
#include "ledger-int.h"

/* Both bounds are optional: a NULL parameter (time 0) leaves it open. */
#define LEDGER_PERIOD(col) " WHERE (?1 IS NULL OR " col " >= ?1)" \
	" AND (?2 IS NULL OR " col " < ?2)"

static int
ledger_report_prepare(struct ledger *l, const char *sql, time_t since,
    time_t until, struct lst **st, char **err)
{
	*st = ledger_prepare(l, err, sql, "TT", since, until);
	return *st != NULL ? 0 : -1;
}

static const char *
ledger_report_text(struct lst *st, int i)
{
	return lst_text(st, i);
}

int
ledger_report_messages(struct ledger *l, time_t since, time_t until,
    int (*fn)(const struct ledger_report_msg *m, void *arg), void *arg,
    char **err)
{
	struct lst *st = NULL;
	struct ledger_report_msg m;
	int rc = LST_DONE, stop = 0;

	if (ledger_report_prepare(l, "SELECT received, from_addr, priority,"
	    " signals, rules FROM messages" LEDGER_PERIOD("received")
	    " AND auto IS NULL ORDER BY received, id", since, until, &st, err) != 0)
		return -1;
	while (!stop && (rc = lst_step(st)) == LST_ROW) {
		m.received = (time_t)lst_int(st, 0);
		m.from_addr = ledger_report_text(st, 1);
		m.level = ledger_column_level(st, 2, LEVEL_COUNT);
		m.signals = ledger_report_text(st, 3);
		m.rules = ledger_report_text(st, 4);
		stop = fn(&m, arg);
	}
	if (!stop && rc != LST_DONE)
		ledger_fail(l, err);
	lst_free(st);
	return stop || rc == LST_DONE ? 0 : -1;
}

int
ledger_report_tickets(struct ledger *l, time_t since, time_t until,
    int (*fn)(const struct ledger_report_ticket *t, void *arg), void *arg,
    char **err)
{
	struct lst *st = NULL;
	struct ledger_report_ticket t;
	int rc = LST_DONE, stop = 0;

	/* The level and first response's due time at arrival: the first
	 * escalation's "from" and "due before" (one before the first
	 * response: later ones are of next replies), else the ticket's own
	 * (never escalated). */
	if (ledger_report_prepare(l, "SELECT id, created, sla_due,"
	    " first_response, resolved, priority, from_addr, subject,"
	    " coalesce((SELECT from_level FROM escalations e WHERE"
	    " e.ticket_id = tickets.id ORDER BY e.at, e.id LIMIT 1), priority),"
	    " coalesce((SELECT due_before FROM escalations e WHERE"
	    " e.ticket_id = tickets.id AND (tickets.first_response IS NULL OR"
	    " e.at <= tickets.first_response) ORDER BY e.at, e.id LIMIT 1),"
	    " first_due, sla_due),"
	    " (SELECT folder FROM messages m WHERE m.ticket_id = tickets.id"
	    " AND m.auto IS NULL ORDER BY m.id DESC LIMIT 1),"
	    " resolve_due, paused"
	    " FROM tickets" LEDGER_PERIOD("created") " ORDER BY created, id",
	    since, until, &st, err) != 0)
		return -1;
	while (!stop && (rc = lst_step(st)) == LST_ROW) {
		t.id = lst_int(st, 0);
		t.created = (time_t)lst_int(st, 1);
		t.sla_due = (time_t)lst_int(st, 2);
		t.first_response = (time_t)lst_int(st, 3);
		t.resolved = (time_t)lst_int(st, 4);
		t.level = ledger_column_level(st, 5, LEVEL_COUNT);
		t.from_addr = ledger_report_text(st, 6);
		t.subject = ledger_report_text(st, 7);
		t.arrival_level = ledger_column_level(st, 8, LEVEL_COUNT);
		t.arrival_due = (time_t)lst_int(st, 9);
		t.folder = ledger_report_text(st, 10);
		t.resolve_due = (time_t)lst_int(st, 11);
		t.paused = (time_t)lst_int(st, 12);
		stop = fn(&t, arg);
	}
	if (!stop && rc != LST_DONE)
		ledger_fail(l, err);
	lst_free(st);
	return stop || rc == LST_DONE ? 0 : -1;
}

/* The escalations table comes with a later migration; a ledger without
 * it simply has had none. */
int
ledger_report_escalations(struct ledger *l, time_t since, time_t until,
    long long *count, char **err)
{
	struct lst *st = NULL;
	int rc, r = -1;

	*count = 0;
	if ((rc = ledger_has_table(l, "escalations")) <= 0)
		return rc < 0 ? ledger_fail(l, err) : 0;
	if (ledger_report_prepare(l, "SELECT count(*) FROM escalations"
	    LEDGER_PERIOD("at"), since, until, &st, err) != 0)
		goto out;
	if (lst_step(st) != LST_ROW) {
		ledger_fail(l, err);
		goto out;
	}
	*count = lst_int(st, 0);
	r = 1;
out:
	lst_free(st);
	return r;
}

int
ledger_report_corrections(struct ledger *l, time_t since, time_t until,
    int (*fn)(const struct ledger_report_correction *c, void *arg),
    void *arg, char **err)
{
	struct ledger_report_correction c;
	struct lst *st = NULL;
	int rc = LST_DONE, stop = 0;

	if (ledger_report_prepare(l, "SELECT at, from_level, to_level,"
	    " signals, rules FROM corrections" LEDGER_PERIOD("at")
	    " ORDER BY at, id", since, until, &st, err) != 0)
		return -1;
	while (!stop && (rc = lst_step(st)) == LST_ROW) {
		c.at = (time_t)lst_int(st, 0);
		c.from = ledger_column_level(st, 1, LEVEL_COUNT);
		c.to = ledger_column_level(st, 2, LEVEL_COUNT);
		c.signals = ledger_report_text(st, 3);
		c.rules = ledger_report_text(st, 4);
		stop = fn(&c, arg);
	}
	if (!stop && rc != LST_DONE)
		ledger_fail(l, err);
	lst_free(st);
	return stop || rc == LST_DONE ? 0 : -1;
}

int
ledger_report_replies(struct ledger *l, time_t since, time_t until,
    int (*fn)(const struct ledger_report_reply *r, void *arg), void *arg,
    char **err)
{
	struct ledger_report_reply r;
	struct lst *st = NULL;
	int rc = LST_DONE, stop = 0;

	if (ledger_report_prepare(l, "SELECT r.started, r.due, r.answered,"
	    " t.priority, t.paused FROM replies r JOIN tickets t"
	    " ON t.id = r.ticket_id" LEDGER_PERIOD("r.started")
	    " ORDER BY r.started, r.id", since, until, &st, err) != 0)
		return -1;
	while (!stop && (rc = lst_step(st)) == LST_ROW) {
		r.started = (time_t)lst_int(st, 0);
		r.due = (time_t)lst_int(st, 1);
		r.answered = (time_t)lst_int(st, 2);
		r.level = ledger_column_level(st, 3, LEVEL_COUNT);
		r.paused = (time_t)lst_int(st, 4);
		stop = fn(&r, arg);
	}
	if (!stop && rc != LST_DONE)
		ledger_fail(l, err);
	lst_free(st);
	return stop || rc == LST_DONE ? 0 : -1;
}

int
ledger_report_auto(struct ledger *l, time_t since, time_t until,
    int (*fn)(const char *kind, long long n, void *arg), void *arg,
    char **err)
{
	struct lst *st = NULL;
	int rc = LST_DONE, stop = 0;

	if (ledger_report_prepare(l, "SELECT auto, count(*) FROM messages"
	    LEDGER_PERIOD("received") " AND auto IS NOT NULL GROUP BY auto"
	    " ORDER BY auto", since, until, &st, err) != 0)
		return -1;
	while (!stop && (rc = lst_step(st)) == LST_ROW)
		stop = fn(ledger_report_text(st, 0),
		    lst_int(st, 1), arg);
	if (!stop && rc != LST_DONE)
		ledger_fail(l, err);
	lst_free(st);
	return stop || rc == LST_DONE ? 0 : -1;
}

int
ledger_report_undeliverable(struct ledger *l, time_t since, time_t until,
    int (*fn)(const struct ledger_report_bounce *b, void *arg), void *arg,
    char **err)
{
	struct ledger_report_bounce b;
	struct lst *st = NULL;
	int rc = LST_DONE, stop = 0;

	if (ledger_report_prepare(l, "SELECT address, first, last, bounces,"
	    " status FROM undeliverable" LEDGER_PERIOD("last")
	    " ORDER BY last DESC, address", since, until, &st, err) != 0)
		return -1;
	while (!stop && (rc = lst_step(st)) == LST_ROW) {
		b.address = ledger_report_text(st, 0);
		b.first = (time_t)lst_int(st, 1);
		b.last = (time_t)lst_int(st, 2);
		b.bounces = lst_int(st, 3);
		b.status = ledger_report_text(st, 4);
		stop = fn(&b, arg);
	}
	if (!stop && rc != LST_DONE)
		ledger_fail(l, err);
	lst_free(st);
	return stop || rc == LST_DONE ? 0 : -1;
}

int
ledger_list(struct ledger *l, int (*fn)(const struct ledger_list_row *r,
    void *arg), void *arg, char **err)
{
	struct ledger_list_row r;
	struct lst *st = NULL;
	int rc = LST_DONE, stop = 0;

	if ((st = ledger_prepare(l, err, "SELECT m.ticket_id, m.received,"
	    " coalesce(t.priority, m.priority), t.sla_due, t.first_response,"
	    " t.resolved, m.folder, m.signals, m.subject, m.from_addr, m.auto,"
	    " m.delivered, t.answered, t.paused FROM messages m"
	    " LEFT JOIN tickets t"
	    " ON t.id = m.ticket_id ORDER BY m.id", "")) == NULL)
		return -1;
	while (!stop && (rc = lst_step(st)) == LST_ROW) {
		r.ticket = lst_int(st, 0);
		r.received = (time_t)lst_int(st, 1);
		r.priority = (enum mt_level)ledger_column_level(st, 2,
		    LEVEL_LOW);
		r.sla_due = (time_t)lst_int(st, 3);
		r.first_response = (time_t)lst_int(st, 4);
		r.resolved = (time_t)lst_int(st, 5);
		r.folder = ledger_report_text(st, 6);
		r.signals = ledger_report_text(st, 7);
		r.subject = ledger_report_text(st, 8);
		r.from_addr = ledger_report_text(st, 9);
		r.auto_kind = ledger_report_text(st, 10);
		r.delivered = (int)lst_int(st, 11);
		r.answered = (time_t)lst_int(st, 12);
		r.paused = (time_t)lst_int(st, 13);
		stop = fn(&r, arg);
	}
	if (!stop && rc != LST_DONE)
		ledger_fail(l, err);
	lst_free(st);
	return stop || rc == LST_DONE ? 0 : -1;
}
