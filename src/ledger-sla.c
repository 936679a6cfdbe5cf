/* The ledger's SLA tracking: open tickets, first responses and
 * resolutions, and escalations recorded once per ticket and level.
 * These run once per `mailtriage sla`, not per message, so statements
 * are prepared per call. */
#include <string.h>

#include <glib.h>

#include "ledger.h"
#include "ledger-int.h"

static time_t
sla_time(struct lst *st, int i)
{
	return (time_t)lst_int(st, i);
}

int
ledger_each_open_ticket(struct ledger *l,
    int (*fn)(const struct ledger_open_ticket *t, void *arg), void *arg,
    char **err)
{
	static const char sql[] = "SELECT id, created, sla_due,"
	    " first_response, last_notified, reminders, from_addr, subject,"
	    " priority, signals, reasons, tier, answered, paused, paused_secs,"
	    " (SELECT max(started) FROM replies r WHERE r.ticket_id = t.id),"
	    " (SELECT count(*) FROM replies r WHERE r.ticket_id = t.id),"
	    " resolve_due, (SELECT m.folder FROM messages m WHERE"
	    " m.ticket_id = t.id AND m.auto IS NULL ORDER BY m.id DESC"
	    " LIMIT 1), coalesce(incident_id, 0), (SELECT max(e.at) FROM"
	    " escalations e WHERE e.ticket_id = t.id) FROM tickets t WHERE resolved IS NULL ORDER BY sla_due, id";
	struct lst *st = NULL;
	int rc, stop = 0;

	if ((st = ledger_prepare(l, err, sql, "")) == NULL)
		return -1;
	while (!stop && (rc = lst_step(st)) == LST_ROW) {
		struct ledger_open_ticket t = {
			.id = lst_int(st, 0),
			.created = sla_time(st, 1),
			.sla_due = sla_time(st, 2),
			.first_response = sla_time(st, 3),
			.last_notified = sla_time(st, 4),
			.reminders = lst_int(st, 5),
			.from_addr = ledger_column_text(st, 6),
			.subject = ledger_column_text(st, 7),
			.priority = (enum mt_level)ledger_column_level(st, 8,
			    LEVEL_LOW),
			.signals = ledger_column_text(st, 9),
			.reasons = ledger_column_text(st, 10),
			.tier = ledger_column_text(st, 11),
			.answered = sla_time(st, 12),
			.paused = sla_time(st, 13),
			.paused_secs = lst_int(st, 14),
			.cycle_start = sla_time(st, 15),
			.replies = lst_int(st, 16),
			.resolve_due = sla_time(st, 17),
			.folder = ledger_column_text(st, 18),
			.incident = lst_int(st, 19),
			.escalated = sla_time(st, 20),
		};
		if (t.cycle_start == 0)
			t.cycle_start = t.created;
		stop = fn(&t, arg);
		ledger_open_ticket_clear(&t);
	}
	if (!stop && rc != LST_DONE)
		ledger_fail(l, err);
	lst_free(st);
	return stop || rc == LST_DONE ? 0 : -1;
}

void
ledger_open_ticket_clear(struct ledger_open_ticket *t)
{
	g_free(t->from_addr);
	g_free(t->subject);
	g_free(t->signals);
	g_free(t->reasons);
	g_free(t->tier);
	g_free(t->folder);
	memset(t, 0, sizeof(*t));
}

int
ledger_ticket_msgs(struct ledger *l, long long ticket,
    struct ledger_ticket_msg **out, size_t *n, char **err)
{
	static const char sql[] = "SELECT id, folder, file, path, next_file,"
	    " signals, rules FROM messages WHERE ticket_id = ?1 AND delivered = 1"
	    " AND auto IS NULL ORDER BY id";
	GArray *a = g_array_new(FALSE, TRUE, sizeof(struct ledger_ticket_msg));
	struct lst *st = ledger_prepare(l, err, sql, "i", ticket);
	int rc;

	if (st == NULL) {
		g_array_free(a, TRUE);
		return -1;
	}
	while ((rc = lst_step(st)) == LST_ROW) {
		struct ledger_ticket_msg m = {
			.id = lst_int(st, 0),
			.folder = ledger_column_text(st, 1),
			.file = ledger_column_text(st, 2),
			.path = ledger_column_text(st, 3),
			.next_file = ledger_column_text(st, 4),
			.signals = ledger_column_text(st, 5),
			.rules = ledger_column_text(st, 6),
		};
		if (m.folder == NULL)
			m.folder = g_strdup("");
		g_array_append_val(a, m);
	}
	if (rc != LST_DONE)
		ledger_fail(l, err);
	lst_free(st);
	*n = a->len;
	*out = (struct ledger_ticket_msg *)g_array_free(a, FALSE);
	if (rc != LST_DONE) {
		ledger_ticket_msgs_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

void
ledger_ticket_msgs_free(struct ledger_ticket_msg *m, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		g_free(m[i].signals);
		g_free(m[i].rules);
		g_free(m[i].folder);
		g_free(m[i].file);
		g_free(m[i].path);
		g_free(m[i].next_file);
	}
	g_free(m);
}

int
ledger_set_response(struct ledger *l, long long ticket, time_t t,
    char **err)
{
	if (ledger_exec(l, NULL, err, "UPDATE tickets SET first_response ="
	    " least(coalesce(first_response, ?2), ?2), answered = CASE WHEN"
	    " answered IS NULL AND ?2 >= coalesce((SELECT max(started) FROM"
	    " replies r WHERE r.ticket_id = tickets.id), created) THEN ?2"
	    " ELSE answered END WHERE id = ?1", "iT", ticket, t) != 0)
		return -1;
	return ledger_exec(l, NULL, err, "UPDATE replies SET answered = ?2"
	    " WHERE ticket_id = ?1 AND answered IS NULL AND started <= ?2",
	    "iT", ticket, t);
}

int
ledger_message_answered(struct ledger *l, long long msg, time_t t,
    char **err)
{
	int changes = 0;

	if (ledger_exec(l, &changes, err, "UPDATE messages SET answered = ?2"
	    " WHERE id = ?1 AND answered IS NULL", "iT", msg, t) != 0)
		return -1;
	return changes > 0;
}

int
ledger_follow_up(struct ledger *l, long long ticket, time_t t,
    time_t reply_due, char **err)
{
	int changes = 0;

	if (ledger_exec(l, &changes, err, "INSERT INTO replies (ticket_id,"
	    " started, due) SELECT id, ?2, ?3 FROM tickets WHERE id = ?1 AND"
	    " resolved IS NULL AND (answered IS NOT NULL OR paused IS NOT"
	    " NULL)", "iTT", ticket, t, reply_due) != 0)
		return -1;
	if (changes == 0)
		return 0;
	if (ledger_exec(l, NULL, err, "UPDATE tickets SET paused_secs ="
	    " paused_secs + coalesce(greatest(0, ?2 - paused), 0), resolve_due ="
	    " resolve_due + coalesce(greatest(0, ?2 - paused), 0), paused = NULL,"
	    " answered = NULL, sla_due = ?3, last_notified = NULL"
	    " WHERE id = ?1", "iTT", ticket, t, reply_due) != 0)
		return -1;
	return 1;
}

int
ledger_pause(struct ledger *l, long long ticket, time_t t, char **err)
{
	return ledger_exec(l, NULL, err, "UPDATE tickets SET paused = ?2"
	    " WHERE id = ?1 AND paused IS NULL", "iT", ticket, t);
}

int
ledger_resume(struct ledger *l, long long ticket, time_t t, char **err)
{
	return ledger_exec(l, NULL, err, "UPDATE tickets SET"
	    " paused_secs = paused_secs + greatest(0, ?2 - paused),"
	    " resolve_due = resolve_due + greatest(0, ?2 - paused),"
	    " sla_due = CASE WHEN answered IS NULL AND sla_due IS NOT NULL"
	    " THEN sla_due + greatest(0, ?2 - paused) ELSE sla_due END,"
	    " last_notified = NULL, paused = NULL"
	    " WHERE id = ?1 AND paused IS NOT NULL", "iT", ticket, t);
}

int
ledger_set_resolved(struct ledger *l, long long ticket, time_t t,
    char **err)
{
	return ledger_exec(l, NULL, err, "UPDATE tickets SET resolved = ?2"
	    " WHERE id = ?1 AND resolved IS NULL", "iT", ticket, t);
}

int
ledger_plan_move(struct ledger *l, long long msg, const char *next_file,
    char **err)
{
	return ledger_exec(l, NULL, err, "UPDATE messages SET next_file = ?2"
	    " WHERE id = ?1", "it", msg, next_file);
}

int
ledger_record_move(struct ledger *l, long long msg, const char *folder,
    const char *file, const char *path, int priority, char **err)
{
	return ledger_exec(l, NULL, err, "UPDATE messages SET folder = ?2,"
	    " file = ?3, path = ?4, next_file = NULL,"
	    " priority = coalesce(?5, priority) WHERE id = ?1", "itttt", msg,
	    folder, file, path, priority >= 0 && priority < LEVEL_COUNT ?
	    mt_level_name(priority) : NULL);
}

int
ledger_escalate(struct ledger *l, long long ticket, time_t at,
    enum mt_level from_level, enum mt_level to_level, time_t due_before,
    time_t due_after, long long *id, char **err)
{
	if (ledger_insert_id(l, id, err, "INSERT INTO escalations"
	    " (ticket_id, at, from_level, to_level, due_before, due_after,"
	    " state) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'moving')"
	    " ON CONFLICT DO NOTHING RETURNING id", "iTttTT",
	    ticket, at, mt_level_name(from_level), mt_level_name(to_level),
	    due_before, due_after) != 0)
		return -1;
	if (*id == 0)
		return 0;
	if (ledger_exec(l, NULL, err, "UPDATE tickets SET priority = ?2,"
	    " sla_due = ?3, last_notified = NULL WHERE id = ?1", "itT",
	    ticket, mt_level_name(to_level), due_after) != 0)
		return -1;
	return 1;
}

int
ledger_correct(struct ledger *l, long long ticket, time_t at,
    enum mt_level from, enum mt_level to, time_t due, time_t resolve_due,
    const char *signals, const char *rules, char **err)
{
	if (ledger_exec(l, NULL, err, "INSERT INTO corrections (ticket_id, at,"
	    " from_level, to_level, signals, rules) VALUES (?1, ?2, ?3, ?4,"
	    " ?5, ?6)", "iTtttt", ticket, at, mt_level_name(from),
	    mt_level_name(to), signals, rules) != 0)
		return -1;
	return ledger_exec(l, NULL, err, "UPDATE tickets SET priority = ?2,"
	    " sla_due = ?3, last_notified = NULL, first_due = CASE WHEN"
	    " first_response IS NULL THEN ?3 ELSE first_due END,"
	    " resolve_due = ?4 WHERE id = ?1", "itTT", ticket,
	    mt_level_name(to), due, resolve_due);
}

int
ledger_escalation_moved(struct ledger *l, long long id, char **err)
{
	return ledger_exec(l, NULL, err, "UPDATE escalations SET state = 'moved'"
	    " WHERE id = ?1", "i", id);
}

int
ledger_escalation_notified(struct ledger *l, long long id, time_t t,
    char **err)
{
	return ledger_exec(l, NULL, err, "UPDATE escalations SET notified = ?2"
	    " WHERE id = ?1; ", "iT", id, t) != 0 ? -1 :
	    ledger_exec(l, NULL, err, "UPDATE tickets SET last_notified = ?2"
	    " WHERE id = (SELECT ticket_id FROM escalations WHERE id = ?1)",
	    "iT", id, t);
}

int
ledger_escalations_pending(struct ledger *l, struct ledger_escalation **out,
    size_t *n, char **err)
{
	static const char sql[] = "SELECT id, ticket_id, at, due_before,"
	    " due_after, coalesce(notified, 0), from_level, to_level, state"
	    " FROM escalations WHERE state = 'moving' OR notified IS NULL"
	    " ORDER BY id";
	GArray *a = g_array_new(FALSE, TRUE, sizeof(struct ledger_escalation));
	struct lst *st = NULL;
	int rc;

	if ((st = ledger_prepare(l, err, sql, "")) == NULL) {
		g_array_free(a, TRUE);
		return -1;
	}
	while ((rc = lst_step(st)) == LST_ROW) {
		struct ledger_escalation e = {
			.id = lst_int(st, 0),
			.ticket = lst_int(st, 1),
			.at = sla_time(st, 2),
			.due_before = sla_time(st, 3),
			.due_after = sla_time(st, 4),
			.notified = sla_time(st, 5),
			.moved = g_strcmp0(lst_text(st,
			    8), "moved") == 0,
		};
		e.from_level = (enum mt_level)ledger_column_level(st, 6,
		    LEVEL_LOW);
		e.to_level = (enum mt_level)ledger_column_level(st, 7,
		    LEVEL_LOW);
		g_array_append_val(a, e);
	}
	if (rc != LST_DONE)
		ledger_fail(l, err);
	lst_free(st);
	*n = a->len;
	*out = (struct ledger_escalation *)g_array_free(a, FALSE);
	return rc == LST_DONE ? 0 : -1;
}

int
ledger_reminded(struct ledger *l, long long ticket, time_t t, char **err)
{
	return ledger_exec(l, NULL, err, "UPDATE tickets SET last_notified = ?2,"
	    " reminders = reminders + 1 WHERE id = ?1", "iT", ticket, t);
}

int
ledger_escalation_moving(struct ledger *l, long long ticket, char **err)
{
	return ledger_exists(l, err, "SELECT 1 FROM escalations WHERE"
	    " ticket_id = ?1 AND state = 'moving'", "i", ticket);
}

int
ledger_was_escalated(struct ledger *l, long long ticket, char **err)
{
	return ledger_exists(l, err, "SELECT 1 FROM escalations"
	    " WHERE ticket_id = ?1 LIMIT 1", "i", ticket);
}
