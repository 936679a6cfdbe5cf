/* The ledger's history lookups: which ticket a follow-up joins, how often
 * a sender wrote lately, and raising a ticket's priority; and what we
 * told customers: acknowledgements, and the addresses they bounced from. */
#include <string.h>

#include <glib.h>
#include <sqlite3.h>

#include "ledger.h"
#include "ledger-int.h"

/* Steps a one-row, one-integer query. 1 with *v, 0 no row, -1 error. */
static int
ledger_int_query(struct ledger *l, sqlite3_stmt *st, long long *v,
    char **err)
{
	int rc = sqlite3_step(st), r;

	if (rc == SQLITE_ROW) {
		*v = sqlite3_column_int64(st, 0);
		r = 1;
	} else if (rc == SQLITE_DONE)
		r = 0;
	else
		r = ledger_fail(l, err);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return r;
}

static int
ledger_ticket_get(struct ledger *l, long long id, long long before,
    struct ledger_ticket *out, char **err)
{
	sqlite3_stmt *st = ledger_stmt(l, ST_TICKET_GET);
	int rc, r = 0;

	sqlite3_bind_int64(st, 1, id);
	if (before > 0)
		sqlite3_bind_int64(st, 2, before);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		memset(out, 0, sizeof(*out));
		out->id = sqlite3_column_int64(st, 0);
		out->created = (time_t)sqlite3_column_int64(st, 1);
		out->priority = (enum mt_level)ledger_column_level(st, 2,
		    LEVEL_LOW);
		out->sla_due = (time_t)sqlite3_column_int64(st, 3);
		out->messages = sqlite3_column_int64(st, 4);
		g_strlcpy(out->signals, sqlite3_column_text(st, 5) ?
		    (const char *)sqlite3_column_text(st, 5) : "",
		    sizeof(out->signals));
		r = 1;
	} else if (rc != SQLITE_DONE)
		r = ledger_fail(l, err);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return r;
}

int
ledger_find_thread(struct ledger *l, const char *const *ids, size_t nids,
    long long tagged, const char *from_addr, const char *subject_key,
    time_t since, long long before, struct ledger_ticket *out, char **err)
{
	sqlite3_stmt *st;
	long long ticket = 0;
	int r;

	/* Newest reference first: In-Reply-To, then References backwards;
	 * our messages and our acknowledgements both count. */
	for (size_t i = 0; i < nids; i++) {
		if (ids[i] == NULL || *ids[i] == '\0')
			continue;
		st = ledger_stmt(l, ST_TICKET_OF_MSGID);
		sqlite3_bind_text(st, 1, ids[i], -1, SQLITE_STATIC);
		if ((r = ledger_int_query(l, st, &ticket, err)) < 0)
			return -1;
		if (ticket > 0)
			return ledger_ticket_get(l, ticket, before, out, err);
	}
	/* The ticket tag in the subject, as helpdesks do. */
	if (tagged > 0 && (r = ledger_ticket_get(l, tagged, before, out,
	    err)) != 0)
		return r;
	if (from_addr == NULL || subject_key == NULL || *subject_key == '\0')
		return 0;
	st = ledger_stmt(l, ST_TICKET_BY_SUBJECT);
	sqlite3_bind_text(st, 1, from_addr, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, subject_key, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)since);
	if ((r = ledger_int_query(l, st, &ticket, err)) != 1)
		return r;
	return ledger_ticket_get(l, ticket, before, out, err);
}

int
ledger_count_from(struct ledger *l, const char *from_addr, time_t since,
    long long before, long long *count, char **err)
{
	sqlite3_stmt *st = ledger_stmt(l, ST_COUNT_FROM);

	*count = 0;
	if (from_addr == NULL)
		return 0;
	sqlite3_bind_text(st, 1, from_addr, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)since);
	if (before > 0)
		sqlite3_bind_int64(st, 3, before);
	return ledger_int_query(l, st, count, err) < 0 ? -1 : 0;
}

int
ledger_update_ticket(struct ledger *l, long long ticket,
    enum mt_level priority, const char *signals, const char *reasons,
    time_t sla_due, char **err)
{
	sqlite3_stmt *st = ledger_stmt(l, ST_UPDATE_TICKET);
	int rc;

	sqlite3_bind_int64(st, 1, ticket);
	sqlite3_bind_text(st, 2, mt_level_name(priority), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, reasons, -1, SQLITE_STATIC);
	ledger_bind_time(st, 4, sla_due);
	sqlite3_bind_text(st, 5, signals, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc != SQLITE_DONE)
		ledger_fail(l, err);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

int
ledger_ack_reserve(struct ledger *l, long long ticket, const char *to,
    const char *message_id, const char *message, time_t now, time_t since,
    char **recorded, char **err)
{
	sqlite3_stmt *st;
	int rc, r = -1;

	*recorded = NULL;
	if ((st = ledger_prepare(l, err, "SELECT state, message FROM acks"
	    " WHERE ticket_id = ?1", "i", ticket)) == NULL)
		return -1;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && strcmp((const char *)sqlite3_column_text(st,
	    0), "sent") == 0)
		r = LEDGER_ACK_SENT;
	else if (rc == SQLITE_ROW) {
		r = LEDGER_ACK_UNSENT;	/* a run died: the same bytes */
		*recorded = ledger_column_text(st, 1);
	} else if (rc != SQLITE_DONE)
		ledger_fail(l, err);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return r;
	/* At most one per address in the interval. */
	if ((st = ledger_prepare(l, err, "SELECT 1 FROM acks WHERE"
	    " to_addr = ?1 AND at >= ?2 LIMIT 1", "tT", to, since)) == NULL)
		return -1;
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return LEDGER_ACK_RECENT;
	if (rc != SQLITE_DONE)
		return ledger_fail(l, err);
	if (ledger_exec(l, NULL, err, "INSERT INTO acks (ticket_id, to_addr,"
	    " message_id, state, at, message) VALUES (?1, ?2, ?3, 'sending',"
	    " ?4, ?5)", "ittTt", ticket, to, message_id, now, message) != 0)
		return -1;
	return LEDGER_ACK_SEND;
}

int
ledger_ack_sent(struct ledger *l, long long ticket, char **err)
{
	return ledger_exec(l, NULL, err, "UPDATE acks SET state = 'sent'"
	    " WHERE ticket_id = ?1", "i", ticket);
}

int
ledger_first_message(struct ledger *l, long long ticket, long long *id,
    char **err)
{
	sqlite3_stmt *st;
	int r;

	*id = 0;
	if ((st = ledger_prepare(l, err, "SELECT min(id) FROM messages WHERE"
	    " ticket_id = ?1 AND auto IS NULL", "i", ticket)) == NULL)
		return -1;
	r = ledger_int_query(l, st, id, err);
	sqlite3_finalize(st);
	return r < 0 ? -1 : 0;
}

int
ledger_undeliverable(struct ledger *l, const char *message_id,
    const char *status, time_t now, char **to, char **err)
{
	sqlite3_stmt *st;
	int rc;

	*to = NULL;
	if ((st = ledger_prepare(l, err, "SELECT to_addr FROM acks WHERE"
	    " message_id = ?1", "t", message_id)) == NULL)
		return -1;
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		*to = ledger_column_text(st, 0);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return 0;	/* not a bounce of our mail */
	if (rc != SQLITE_ROW)
		return ledger_fail(l, err);
	if (ledger_exec(l, NULL, err, "INSERT INTO undeliverable (address,"
	    " first, last, bounces, status) VALUES (?1, ?2, ?2, 1, ?3)"
	    " ON CONFLICT (address) DO UPDATE SET last = ?2,"
	    " bounces = bounces + 1, status = ?3", "tTt", *to, now,
	    status) != 0)
		return -1;
	return 1;
}

int
ledger_is_undeliverable(struct ledger *l, const char *addr, char **err)
{
	sqlite3_stmt *st;
	int rc;

	if ((st = ledger_prepare(l, err, "SELECT 1 FROM undeliverable WHERE"
	    " address = ?1", "t", addr)) == NULL)
		return -1;
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 :
	    ledger_fail(l, err);
}

int
ledger_acks_unsent(struct ledger *l, time_t before,
    int (*fn)(long long ticket, const char *to, const char *message,
    void *arg), void *arg, char **err)
{
	sqlite3_stmt *st;
	GPtrArray *rows = g_ptr_array_new_with_free_func(g_free);
	int rc, r = 0;

	/* Collected first: fn writes to the ledger. */
	if ((st = ledger_prepare(l, err, "SELECT ticket_id, to_addr, message"
	    " FROM acks WHERE state = 'sending' AND at < ?1 ORDER BY at", "T",
	    before)) == NULL) {
		g_ptr_array_unref(rows);
		return -1;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		g_ptr_array_add(rows, g_strdup_printf("%lld",
		    (long long)sqlite3_column_int64(st, 0)));
		g_ptr_array_add(rows, ledger_column_text(st, 1));
		g_ptr_array_add(rows, ledger_column_text(st, 2));
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		r = ledger_fail(l, err);
	for (guint i = 0; r == 0 && i + 2 < rows->len; i += 3)
		r = fn(g_ascii_strtoll(rows->pdata[i], NULL, 10),
		    rows->pdata[i + 1], rows->pdata[i + 2], arg);
	g_ptr_array_unref(rows);
	return r;
}
