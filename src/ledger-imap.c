/* The ledger's IMAP polling state: the last UIDVALIDITY of each watched
 * folder, and one row per UID saying what poll decided for it and whether
 * that has been carried out. The poller commits a 'recorded' row before it
 * touches the message on the server, and marks it 'done' afterwards; see
 * store-imap.c. Statements go through the ledger's one helper
 * (ledger_prepare, ledger_exec: prepared per call, bound by type). */
#include <string.h>

#include <glib.h>

#include "ledger.h"
#include "ledger-int.h"

#define IMAP_ROW_COLUMNS "SELECT account, folder, uidvalidity, uid," \
	" message_id, body_hash, ticket_id, message_row, target, keywords," \
	" state, target_uid, target_uidvalidity FROM imap_seen"

static void
ledger_imap_read_row(struct lst *st, struct ledger_imap_row *r)
{
	const char *state = lst_text(st, 10);

	r->account = ledger_column_text(st, 0);
	r->folder = ledger_column_text(st, 1);
	r->uidvalidity = (unsigned long)lst_int(st, 2);
	r->uid = (unsigned long)lst_int(st, 3);
	r->message_id = ledger_column_text(st, 4);
	r->body_hash = ledger_column_text(st, 5);
	r->ticket = lst_int(st, 6);
	r->message = lst_int(st, 7);
	r->target = ledger_column_text(st, 8);
	r->keywords = ledger_column_text(st, 9);
	r->done = state != NULL && strcmp(state, "done") == 0;
	r->target_uid = (unsigned long)lst_int(st, 11);
	r->target_uidvalidity = (unsigned long)lst_int(st, 12);
}

/* The key of a UID row: account, folder, UIDVALIDITY, UID. */
#define IMAP_KEY "account = ?1 AND folder = ?2 AND uidvalidity = ?3 AND" \
	" uid = ?4"

/* Steps a statement that returns at most one row: 1 (read by fn into
 * out), 0 none, -1 with *err. Finalizes it. */
static int
ledger_imap_one(struct ledger *l, struct lst *st,
    void (*fn)(struct lst *, void *), void *out, char **err)
{
	int rc, r = -1;

	if (st == NULL)
		return -1;
	if ((rc = lst_step(st)) == LST_ROW) {
		fn(st, out);
		r = 1;
	} else if (rc == LST_DONE)
		r = 0;
	else
		ledger_fail(l, err);
	lst_free(st);
	return r;
}

static void
ledger_imap_read_ulong(struct lst *st, void *out)
{
	*(unsigned long *)out = (unsigned long)lst_int(st, 0);
}

static void
ledger_imap_read(struct lst *st, void *out)
{
	ledger_imap_read_row(st, out);
}

int
ledger_imap_uidvalidity(struct ledger *l, const char *account,
    const char *folder, unsigned long *out, char **err)
{
	return ledger_imap_one(l, ledger_prepare(l, err, "SELECT uidvalidity"
	    " FROM imap_folders WHERE account = ?1 AND folder = ?2", "tt",
	    account, folder), ledger_imap_read_ulong, out, err);
}

int
ledger_imap_set_uidvalidity(struct ledger *l, const char *account,
    const char *folder, unsigned long uidvalidity, char **err)
{
	return ledger_exec(l, NULL, err, "INSERT INTO imap_folders (account,"
	    " folder, uidvalidity) VALUES (?1, ?2, ?3) ON CONFLICT (account,"
	    " folder) DO UPDATE SET uidvalidity = excluded.uidvalidity", "tti",
	    account, folder, (long long)uidvalidity);
}

int
ledger_imap_max_uid(struct ledger *l, const char *account,
    const char *folder, unsigned long uidvalidity, unsigned long *out,
    char **err)
{
	int r = ledger_imap_one(l, ledger_prepare(l, err, "SELECT"
	    " coalesce(max(uid), 0) FROM imap_seen WHERE account = ?1 AND"
	    " folder = ?2 AND uidvalidity = ?3", "tti", account, folder,
	    (long long)uidvalidity), ledger_imap_read_ulong, out, err);

	return r == 1 ? 0 : -1;
}

int
ledger_imap_find(struct ledger *l, const char *account, const char *folder,
    unsigned long uidvalidity, unsigned long uid,
    struct ledger_imap_row *out, char **err)
{
	memset(out, 0, sizeof(*out));
	return ledger_imap_one(l, ledger_prepare(l, err, IMAP_ROW_COLUMNS
	    " WHERE " IMAP_KEY, "ttii", account, folder, (long long)uidvalidity,
	    (long long)uid), ledger_imap_read, out, err);
}

int
ledger_imap_insert(struct ledger *l, const struct ledger_imap_row *r,
    char **err)
{
	return ledger_exec(l, NULL, err, "INSERT INTO imap_seen (account,"
	    " folder, uidvalidity, uid, message_id, body_hash, ticket_id,"
	    " message_row, target, keywords, state) VALUES (?1, ?2, ?3, ?4,"
	    " ?5, ?6, ?7, ?8, ?9, ?10, ?11)", "ttiittIIttt", r->account,
	    r->folder, (long long)r->uidvalidity, (long long)r->uid,
	    r->message_id, r->body_hash, r->ticket, r->message,
	    r->target != NULL ? r->target : "", r->keywords != NULL ?
	    r->keywords : "", r->done ? "done" : "recorded");
}

int
ledger_imap_mark_done(struct ledger *l, const char *account,
    const char *folder, unsigned long uidvalidity, unsigned long uid,
    char **err)
{
	return ledger_exec(l, NULL, err, "UPDATE imap_seen SET state = 'done'"
	    " WHERE " IMAP_KEY, "ttii", account, folder, (long long)uidvalidity,
	    (long long)uid);
}

/* Steps a prepared and bound statement of IMAP_ROW_COLUMNS, collecting
 * its rows; finalizes it. 0, or -1 with *err. */
static int
ledger_imap_collect(struct ledger *l, struct lst *st,
    struct ledger_imap_row **rows, size_t *n, char **err)
{
	GArray *a;
	struct ledger_imap_row r;
	int rc;

	*rows = NULL;
	*n = 0;
	if (st == NULL)
		return -1;
	a = g_array_new(FALSE, TRUE, sizeof(struct ledger_imap_row));
	while ((rc = lst_step(st)) == LST_ROW) {
		memset(&r, 0, sizeof(r));
		ledger_imap_read_row(st, &r);
		g_array_append_val(a, r);
	}
	if (rc != LST_DONE)
		ledger_fail(l, err);
	lst_free(st);
	*n = a->len;
	*rows = (struct ledger_imap_row *)g_array_free(a, FALSE);
	if (rc != LST_DONE) {
		ledger_imap_rows_free(*rows, *n);
		*rows = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

int
ledger_imap_recorded(struct ledger *l, const char *account,
    const char *folder, unsigned long uidvalidity,
    struct ledger_imap_row **rows, size_t *n, char **err)
{
	return ledger_imap_collect(l, ledger_prepare(l, err, IMAP_ROW_COLUMNS
	    " WHERE account = ?1 AND folder = ?2 AND uidvalidity = ?3 AND"
	    " state = 'recorded' ORDER BY uid", "tti", account, folder,
	    (long long)uidvalidity), rows, n, err);
}

int
ledger_imap_open_rows(struct ledger *l, const char *account,
    struct ledger_imap_row **rows, size_t *n, char **err)
{
	return ledger_imap_collect(l, ledger_prepare(l, err, IMAP_ROW_COLUMNS
	    " WHERE account = ?1 AND state = 'done' AND message_row IS NOT"
	    " NULL AND ticket_id IN (SELECT id FROM tickets WHERE resolved IS"
	    " NULL) ORDER BY ticket_id, uid", "t", account), rows, n, err);
}

int
ledger_imap_set_location(struct ledger *l, const struct ledger_imap_row *r,
    const char *target, unsigned long target_uidvalidity,
    unsigned long target_uid, const char *keywords, char **err)
{
	/* An unknown UID (0) is stored as NULL, with its UIDVALIDITY. */
	return ledger_exec(l, NULL, err, "UPDATE imap_seen SET"
	    " target = coalesce(?5, target), target_uidvalidity = ?6,"
	    " target_uid = ?7, keywords = coalesce(?8, keywords)"
	    " WHERE " IMAP_KEY, "ttiitIIt", r->account, r->folder,
	    (long long)r->uidvalidity, (long long)r->uid, target,
	    target_uid != 0 ? (long long)target_uidvalidity : 0LL,
	    (long long)target_uid, keywords);
}

void
ledger_imap_row_clear(struct ledger_imap_row *r)
{
	if (r == NULL)
		return;
	g_free(r->account);
	g_free(r->folder);
	g_free(r->message_id);
	g_free(r->body_hash);
	g_free(r->target);
	g_free(r->keywords);
	memset(r, 0, sizeof(*r));
}

void
ledger_imap_rows_free(struct ledger_imap_row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++)
		ledger_imap_row_clear(&rows[i]);
	g_free(rows);
}
