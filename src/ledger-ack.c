/* What the ledger knows of what we told customers: acknowledgements
 * (recorded before they are sent, marked when sent) and the addresses
 * they bounced from. */
#include <string.h>

#include <glib.h>

#include "ledger.h"
#include "ledger-int.h"

int
ledger_ack_reserve(struct ledger *l, long long ticket, const char *to,
    const char *message_id, const char *message, time_t now, time_t since,
    char **recorded, char **err)
{
	struct lst *st;
	int rc, r = -1;

	*recorded = NULL;
	if ((st = ledger_prepare(l, err, "SELECT state, message FROM acks"
	    " WHERE ticket_id = ?1", "i", ticket)) == NULL)
		return -1;
	rc = lst_step(st);
	if (rc == LST_ROW && strcmp(lst_text(st,
	    0), "sent") == 0)
		r = LEDGER_ACK_SENT;
	else if (rc == LST_ROW) {
		r = LEDGER_ACK_UNSENT;	/* a run died: the same bytes */
		*recorded = ledger_column_text(st, 1);
	} else if (rc != LST_DONE)
		ledger_fail(l, err);
	lst_free(st);
	if (rc != LST_DONE)
		return r;
	/* At most one per address in the interval. */
	if ((st = ledger_prepare(l, err, "SELECT 1 FROM acks WHERE"
	    " to_addr = ?1 AND at >= ?2 LIMIT 1", "tT", to, since)) == NULL)
		return -1;
	rc = lst_step(st);
	lst_free(st);
	if (rc == LST_ROW)
		return LEDGER_ACK_RECENT;
	if (rc != LST_DONE)
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
ledger_undeliverable(struct ledger *l, const char *message_id,
    const char *status, time_t now, char **to, char **err)
{
	struct lst *st;
	int rc;

	*to = NULL;
	if ((st = ledger_prepare(l, err, "SELECT to_addr FROM acks WHERE"
	    " message_id = ?1", "t", message_id)) == NULL)
		return -1;
	if ((rc = lst_step(st)) == LST_ROW)
		*to = ledger_column_text(st, 0);
	lst_free(st);
	if (rc == LST_DONE)
		return 0;	/* not a bounce of our mail */
	if (rc != LST_ROW)
		return ledger_fail(l, err);
	if (ledger_exec(l, NULL, err, "INSERT INTO undeliverable (address,"
	    " first, last, bounces, status) VALUES (?1, ?2, ?2, 1, ?3)"
	    " ON CONFLICT (address) DO UPDATE SET last = ?2,"
	    " bounces = undeliverable.bounces + 1, status = ?3", "tTt", *to, now,
	    status) != 0)
		return -1;
	return 1;
}

int
ledger_is_undeliverable(struct ledger *l, const char *addr, char **err)
{
	return ledger_exists(l, err, "SELECT 1 FROM undeliverable WHERE"
	    " address = ?1", "t", addr);
}

int
ledger_ack_unsent(struct ledger *l, long long ticket, char **err)
{
	return ledger_exists(l, err, "SELECT 1 FROM acks WHERE"
	    " ticket_id = ?1 AND state = 'sending'", "i", ticket);
}

int
ledger_acks_unsent(struct ledger *l, time_t before,
    int (*fn)(long long ticket, const char *to, const char *message,
    void *arg), void *arg, char **err)
{
	struct lst *st;
	GPtrArray *rows = g_ptr_array_new_with_free_func(g_free);
	int rc, r = 0;

	/* Collected first: fn writes to the ledger. */
	if ((st = ledger_prepare(l, err, "SELECT ticket_id, to_addr, message"
	    " FROM acks WHERE state = 'sending' AND at < ?1 ORDER BY at", "T",
	    before)) == NULL) {
		g_ptr_array_unref(rows);
		return -1;
	}
	while ((rc = lst_step(st)) == LST_ROW) {
		g_ptr_array_add(rows, g_strdup_printf("%lld",
		    (long long)lst_int(st, 0)));
		g_ptr_array_add(rows, ledger_column_text(st, 1));
		g_ptr_array_add(rows, ledger_column_text(st, 2));
	}
	lst_free(st);
	if (rc != LST_DONE)
		r = ledger_fail(l, err);
	for (guint i = 0; r == 0 && i + 2 < rows->len; i += 3)
		r = fn(g_ascii_strtoll(rows->pdata[i], NULL, 10),
		    rows->pdata[i + 1], rows->pdata[i + 2], arg);
	g_ptr_array_unref(rows);
	return r;
}
