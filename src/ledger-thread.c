/* The ledger's history lookups: which ticket a follow-up joins, how often
 * a sender wrote lately, and raising a ticket's priority. */
#include <string.h>

#include <glib.h>

#include "ledger.h"
#include "ledger-int.h"

/* Steps a one-row, one-integer query. 1 with *v, 0 no row, -1 error. */
static int
ledger_int_query(struct ledger *l, struct lst *st, long long *v,
    char **err)
{
	int rc = lst_step(st), r;

	if (rc == LST_ROW) {
		*v = lst_int(st, 0);
		r = 1;
	} else if (rc == LST_DONE)
		r = 0;
	else
		r = ledger_fail(l, err);
	lst_reset(st);
	return r;
}

static int
ledger_ticket_get(struct ledger *l, long long id, long long before,
    struct ledger_ticket *out, char **err)
{
	/* before 0: no bound (NULL). */
	struct lst *st = ledger_cached(l, ST_TICKET_GET, "iI", id, before);
	int rc, r = 0;

	rc = lst_step(st);
	if (rc == LST_ROW) {
		memset(out, 0, sizeof(*out));
		out->id = lst_int(st, 0);
		out->created = (time_t)lst_int(st, 1);
		out->priority = (enum mt_level)ledger_column_level(st, 2,
		    LEVEL_LOW);
		out->sla_due = (time_t)lst_int(st, 3);
		out->messages = lst_int(st, 4);
		g_strlcpy(out->signals, lst_text(st, 5) ?
		    lst_text(st, 5) : "",
		    sizeof(out->signals));
		r = 1;
	} else if (rc != LST_DONE)
		r = ledger_fail(l, err);
	lst_reset(st);
	return r;
}

int
ledger_find_thread(struct ledger *l, const char *const *ids, size_t nids,
    long long tagged, const char *from_addr, const char *subject_key,
    time_t since, long long before, struct ledger_ticket *out, char **err)
{
	struct lst *st;
	long long ticket = 0;
	int r;

	/* Newest reference first: In-Reply-To, then References backwards;
	 * our messages and our acknowledgements both count. */
	for (size_t i = 0; i < nids; i++) {
		if (ids[i] == NULL || *ids[i] == '\0')
			continue;
		st = ledger_cached(l, ST_TICKET_OF_MSGID, "t", ids[i]);
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
	st = ledger_cached(l, ST_TICKET_BY_SUBJECT, "tti", from_addr,
	    subject_key, (long long)since);
	if ((r = ledger_int_query(l, st, &ticket, err)) != 1)
		return r;
	return ledger_ticket_get(l, ticket, before, out, err);
}

int
ledger_count_from(struct ledger *l, const char *from_addr, time_t since,
    long long before, long long *count, char **err)
{
	*count = 0;
	if (from_addr == NULL)
		return 0;
	return ledger_int_query(l, ledger_cached(l, ST_COUNT_FROM, "tiI",
	    from_addr, (long long)since, before), count, err) < 0 ? -1 : 0;
}

int
ledger_update_ticket(struct ledger *l, long long ticket,
    enum mt_level priority, const char *signals, const char *reasons,
    time_t sla_due, time_t reply_due, time_t resolve_due, char **err)
{
	struct lst *st = ledger_cached(l, ST_UPDATE_TICKET, "ittTtTT",
	    ticket, mt_level_name(priority), reasons, sla_due, signals,
	    reply_due, resolve_due);
	int rc;

	rc = lst_step(st);
	if (rc != LST_DONE)
		ledger_fail(l, err);
	lst_reset(st);
	return rc == LST_DONE ? 0 : -1;
}

int
ledger_first_message(struct ledger *l, long long ticket, long long *id,
    char **err)
{
	struct lst *st;
	int r;

	*id = 0;
	if ((st = ledger_prepare(l, err, "SELECT min(id) FROM messages WHERE"
	    " ticket_id = ?1 AND auto IS NULL", "i", ticket)) == NULL)
		return -1;
	r = ledger_int_query(l, st, id, err);
	lst_free(st);
	return r < 0 ? -1 : 0;
}
