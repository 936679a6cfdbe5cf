/* The ledger's incidents (ledger-incident.h). */
#include <string.h>

#include <glib.h>

#include "ledger.h"
#include "ledger-incident.h"
#include "ledger-int.h"

void
ledger_incidents_free(struct ledger_incident *a, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		g_free(a[i].signal);
		g_free(a[i].title);
		g_free(a[i].terms);
		g_free(a[i].rules);
		g_free(a[i].from_addr);
		g_free(a[i].tier);
	}
	g_free(a);
}

/* Rows of st as incidents: columns id, signal, title, terms, rules,
 * from_addr, opened, first_report, last_report, closed, members,
 * open_members, a ticket's priority and tier (any may be NULL). */
static int
ledger_incident_rows(struct ledger *l, struct lst *st,
    struct ledger_incident **out, size_t *n, char **err)
{
	GArray *a = g_array_new(FALSE, TRUE, sizeof(struct ledger_incident));
	int rc;

	*out = NULL;
	*n = 0;
	if (st == NULL) {
		g_array_free(a, TRUE);
		return -1;
	}
	while ((rc = lst_step(st)) == LST_ROW) {
		struct ledger_incident x = {
			.id = lst_int(st, 0),
			.signal = ledger_column_text(st, 1),
			.title = ledger_column_text(st, 2),
			.terms = ledger_column_text(st, 3),
			.rules = ledger_column_text(st, 4),
			.from_addr = ledger_column_text(st, 5),
			.opened = (time_t)lst_int(st, 6),
			.first_report = (time_t)lst_int(st, 7),
			.last_report = (time_t)lst_int(st, 8),
			.closed = (time_t)lst_int(st, 9),
			.members = lst_int(st, 10),
			.open_members = lst_int(st, 11),
			.level = ledger_column_level(st, 12, LEVEL_COUNT),
			.tier = ledger_column_text(st, 13),
		};
		g_array_append_val(a, x);
	}
	if (rc != LST_DONE)
		ledger_fail(l, err);
	lst_free(st);
	*n = a->len;
	*out = (struct ledger_incident *)g_array_free(a, FALSE);
	if (rc != LST_DONE) {
		ledger_incidents_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

int
ledger_ticket_set_terms(struct ledger *l, long long ticket, const char *terms,
    char **err)
{
	return ledger_exec(l, NULL, err, "UPDATE tickets SET terms = ?2"
	    " WHERE id = ?1", "it", ticket, terms);
}

int
ledger_term_frequency(struct ledger *l, const char *word, time_t since,
    time_t until, long long *df, long long *n, char **err)
{
	struct lst *st = ledger_prepare(l, err, "SELECT count(*),"
	    " coalesce(sum(CASE WHEN (' ' || terms || ' ') LIKE"
	    " ('% ' || ?3 || ' %') THEN 1 ELSE 0 END), 0)"
	    " FROM tickets WHERE created >= ?1 AND created < ?2"
	    " AND terms IS NOT NULL", "TTt", since, until, word);
	int rc;

	*df = *n = 0;
	if (st == NULL)
		return -1;
	if ((rc = lst_step(st)) == LST_ROW) {
		*n = lst_int(st, 0);
		*df = lst_int(st, 1);
	}
	lst_free(st);
	return rc == LST_ROW ? 0 : ledger_fail(l, err);
}

#define INCIDENT_COLUMNS "SELECT i.id, i.signal, i.title, i.terms, i.rules," \
	" NULL, i.opened, i.first_report, i.last_report, i.closed," \
	" (SELECT count(*) FROM tickets t WHERE t.incident_id = i.id)," \
	" (SELECT count(*) FROM tickets t WHERE t.incident_id = i.id" \
	" AND t.resolved IS NULL), NULL, NULL FROM incidents i"

int
ledger_incidents_open(struct ledger *l, const char *signal,
    struct ledger_incident **out, size_t *n, char **err)
{
	return ledger_incident_rows(l, ledger_prepare(l, err, INCIDENT_COLUMNS
	    " WHERE i.closed IS NULL AND i.signal = ?1 ORDER BY i.id", "t",
	    signal), out, n, err);
}

int
ledger_incident_candidates(struct ledger *l, const char *signal,
    time_t since, long long ticket, struct ledger_incident **out, size_t *n,
    char **err)
{
	return ledger_incident_rows(l, ledger_prepare(l, err,
	    "SELECT t.id, NULL, t.subject, t.terms, (SELECT m.rules FROM"
	    " messages m WHERE m.ticket_id = t.id ORDER BY m.id LIMIT 1),"
	    " t.from_addr, t.created, t.created, t.created, NULL, 0, 0,"
	    " t.priority, t.tier FROM tickets t WHERE t.created >= ?1 AND t.id <> ?2"
	    " AND t.incident_id IS NULL AND t.resolved IS NULL"
	    " AND t.terms IS NOT NULL AND (',' || t.signals || ',') LIKE"
	    " '%,' || ?3 || ',%' ORDER BY t.id", "Tit", since, ticket, signal),
	    out, n, err);
}

int
ledger_incident_create(struct ledger *l, const char *signal,
    const char *title, const char *terms, const char *rules, time_t now,
    time_t first_report, long long *id, char **err)
{
	return ledger_insert_id(l, id, err, "INSERT INTO incidents (signal,"
	    " title, terms, rules, opened, first_report, last_report) VALUES"
	    " (?1, ?2, ?3, ?4, ?5, ?6, ?5) RETURNING id", "ttttTT", signal,
	    title, terms, rules, now, first_report);
}

int
ledger_incident_join(struct ledger *l, long long incident, long long ticket,
    time_t when, char **err)
{
	if (ledger_exec(l, NULL, err, "UPDATE tickets SET incident_id = ?1"
	    " WHERE id = ?2", "ii", incident, ticket) != 0)
		return -1;
	return ledger_exec(l, NULL, err, "UPDATE incidents SET last_report ="
	    " greatest(last_report, ?2), first_report = least(first_report, ?2)"
	    " WHERE id = ?1", "iT", incident, when);
}

int
ledger_incident_raise_ticket(struct ledger *l, long long ticket, int level,
    const char *why, time_t due, time_t resolve_due, char **err)
{
	return ledger_exec(l, NULL, err, "UPDATE tickets SET priority = ?2,"
	    " reasons = coalesce(reasons || '; ', '') || ?3,"
	    " sla_due = CASE WHEN answered IS NULL THEN"
	    " least(coalesce(sla_due, ?4), ?4) ELSE sla_due END,"
	    " first_due = CASE WHEN first_response IS NULL THEN"
	    " least(coalesce(first_due, ?4), ?4) ELSE first_due END,"
	    " resolve_due = least(coalesce(resolve_due, ?5), ?5), last_notified"
	    " = NULL WHERE id = ?1", "ittTT", ticket, mt_level_name(level), why,
	    due, resolve_due);
}

int
ledger_incident_raised(struct ledger *l, long long ticket, long long msg,
    int level, const char *reasons, const char *folder, time_t due,
    time_t resolve_due, char **err)
{
	if (ledger_exec(l, NULL, err, "UPDATE messages SET priority = ?2,"
	    " reasons = ?3, folder = ?4, sla_due = ?5 WHERE id = ?1", "itttT",
	    msg, mt_level_name(level), reasons, folder, due) != 0)
		return -1;
	return ledger_exec(l, NULL, err, "UPDATE tickets SET priority = ?2,"
	    " reasons = ?3, sla_due = least(coalesce(sla_due, ?4), ?4),"
	    " first_due = CASE WHEN first_response IS NULL THEN"
	    " least(coalesce(first_due, ?4), ?4) ELSE first_due END,"
	    " resolve_due = least(coalesce(resolve_due, ?5), ?5) WHERE id = ?1",
	    "ittTT", ticket, mt_level_name(level), reasons, due, resolve_due);
}

int
ledger_incidents(struct ledger *l, struct ledger_incident **out, size_t *n,
    char **err)
{
	return ledger_incident_rows(l, ledger_prepare(l, err, INCIDENT_COLUMNS
	    " ORDER BY i.id DESC", ""), out, n, err);
}

int
ledger_incident_close(struct ledger *l, long long id, time_t now, char **err)
{
	int changes = 0;

	if (ledger_exec(l, &changes, err, "UPDATE incidents SET closed = ?2"
	    " WHERE id = ?1 AND closed IS NULL", "iT", id, now) != 0)
		return -1;
	return changes > 0;
}
