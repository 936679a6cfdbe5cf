/* The ledger's IMAP polling state: the last UIDVALIDITY of each watched
 * folder, and one row per UID saying what poll decided for it and whether
 * that has been carried out. The poller commits a 'recorded' row before it
 * touches the message on the server, and marks it 'done' afterwards; see
 * imap.c. Statements here are prepared per call: a poller runs a
 * handful per message, and the shared statement cache stays untouched. */
#include <string.h>

#include <glib.h>
#include <sqlite3.h>

#include "ledger.h"
#include "ledger-int.h"

#define IMAP_ROW_COLUMNS "SELECT account, folder, uidvalidity, uid," \
	" message_id, body_hash, ticket_id, message_row, target, keywords," \
	" state, target_uid, target_uidvalidity FROM imap_seen"

static int
ledger_imap_prepare(struct ledger *l, const char *sql, sqlite3_stmt **st,
    char **err)
{
	if (sqlite3_prepare_v2(l->db, sql, -1, st, NULL) != SQLITE_OK)
		return ledger_fail(l, err);
	return 0;
}

/* Binds ?1 account, ?2 folder, ?3 uidvalidity (if given), ?4 uid. */
static void
ledger_imap_bind_key(sqlite3_stmt *st, const char *account,
    const char *folder, unsigned long uidvalidity, unsigned long uid)
{
	sqlite3_bind_text(st, 1, account, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, folder, -1, SQLITE_STATIC);
	if (sqlite3_bind_parameter_count(st) >= 3)
		sqlite3_bind_int64(st, 3, (sqlite3_int64)uidvalidity);
	if (sqlite3_bind_parameter_count(st) >= 4)
		sqlite3_bind_int64(st, 4, (sqlite3_int64)uid);
}

/* Runs a statement that returns no rows. */
static int
ledger_imap_exec(struct ledger *l, sqlite3_stmt *st, char **err)
{
	int rc = sqlite3_step(st);

	if (rc != SQLITE_DONE)
		ledger_fail(l, err);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static void
ledger_imap_read_row(sqlite3_stmt *st, struct ledger_imap_row *r)
{
	const char *state = (const char *)sqlite3_column_text(st, 10);

	r->account = ledger_column_text(st, 0);
	r->folder = ledger_column_text(st, 1);
	r->uidvalidity = (unsigned long)sqlite3_column_int64(st, 2);
	r->uid = (unsigned long)sqlite3_column_int64(st, 3);
	r->message_id = ledger_column_text(st, 4);
	r->body_hash = ledger_column_text(st, 5);
	r->ticket = sqlite3_column_int64(st, 6);
	r->message = sqlite3_column_int64(st, 7);
	r->target = ledger_column_text(st, 8);
	r->keywords = ledger_column_text(st, 9);
	r->done = state != NULL && strcmp(state, "done") == 0;
	r->target_uid = (unsigned long)sqlite3_column_int64(st, 11);
	r->target_uidvalidity = (unsigned long)sqlite3_column_int64(st, 12);
}

int
ledger_imap_uidvalidity(struct ledger *l, const char *account,
    const char *folder, unsigned long *out, char **err)
{
	sqlite3_stmt *st;
	int rc, r = -1;

	if (ledger_imap_prepare(l, "SELECT uidvalidity FROM imap_folders"
	    " WHERE account = ?1 AND folder = ?2", &st, err) != 0)
		return -1;
	ledger_imap_bind_key(st, account, folder, 0, 0);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = (unsigned long)sqlite3_column_int64(st, 0);
		r = 1;
	} else if (rc == SQLITE_DONE)
		r = 0;
	else
		ledger_fail(l, err);
	sqlite3_finalize(st);
	return r;
}

int
ledger_imap_set_uidvalidity(struct ledger *l, const char *account,
    const char *folder, unsigned long uidvalidity, char **err)
{
	sqlite3_stmt *st;

	if (ledger_imap_prepare(l, "INSERT OR REPLACE INTO imap_folders"
	    " (account, folder, uidvalidity) VALUES (?1, ?2, ?3)", &st,
	    err) != 0)
		return -1;
	ledger_imap_bind_key(st, account, folder, uidvalidity, 0);
	return ledger_imap_exec(l, st, err);
}

int
ledger_imap_max_uid(struct ledger *l, const char *account,
    const char *folder, unsigned long uidvalidity, unsigned long *out,
    char **err)
{
	sqlite3_stmt *st;
	int rc;

	if (ledger_imap_prepare(l, "SELECT coalesce(max(uid), 0) FROM"
	    " imap_seen WHERE account = ?1 AND folder = ?2 AND"
	    " uidvalidity = ?3", &st, err) != 0)
		return -1;
	ledger_imap_bind_key(st, account, folder, uidvalidity, 0);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		*out = (unsigned long)sqlite3_column_int64(st, 0);
	else
		ledger_fail(l, err);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : -1;
}

int
ledger_imap_find(struct ledger *l, const char *account, const char *folder,
    unsigned long uidvalidity, unsigned long uid,
    struct ledger_imap_row *out, char **err)
{
	sqlite3_stmt *st;
	int rc, r = -1;

	if (ledger_imap_prepare(l, IMAP_ROW_COLUMNS " WHERE account = ?1 AND"
	    " folder = ?2 AND uidvalidity = ?3 AND uid = ?4", &st, err) != 0)
		return -1;
	ledger_imap_bind_key(st, account, folder, uidvalidity, uid);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		ledger_imap_read_row(st, out);
		r = 1;
	} else if (rc == SQLITE_DONE)
		r = 0;
	else
		ledger_fail(l, err);
	sqlite3_finalize(st);
	return r;
}

int
ledger_imap_insert(struct ledger *l, const struct ledger_imap_row *r,
    char **err)
{
	sqlite3_stmt *st;

	if (ledger_imap_prepare(l, "INSERT INTO imap_seen (account, folder,"
	    " uidvalidity, uid, message_id, body_hash, ticket_id, message_row,"
	    " target, keywords, state) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
	    " ?8, ?9, ?10, ?11)", &st, err) != 0)
		return -1;
	ledger_imap_bind_key(st, r->account, r->folder, r->uidvalidity,
	    r->uid);
	sqlite3_bind_text(st, 5, r->message_id, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, r->body_hash, -1, SQLITE_STATIC);
	if (r->ticket > 0)
		sqlite3_bind_int64(st, 7, r->ticket);
	if (r->message > 0)
		sqlite3_bind_int64(st, 8, r->message);
	sqlite3_bind_text(st, 9, r->target != NULL ? r->target : "", -1,
	    SQLITE_STATIC);
	sqlite3_bind_text(st, 10, r->keywords != NULL ? r->keywords : "", -1,
	    SQLITE_STATIC);
	sqlite3_bind_text(st, 11, r->done ? "done" : "recorded", -1,
	    SQLITE_STATIC);
	return ledger_imap_exec(l, st, err);
}

int
ledger_imap_mark_done(struct ledger *l, const char *account,
    const char *folder, unsigned long uidvalidity, unsigned long uid,
    char **err)
{
	sqlite3_stmt *st;

	if (ledger_imap_prepare(l, "UPDATE imap_seen SET state = 'done'"
	    " WHERE account = ?1 AND folder = ?2 AND uidvalidity = ?3 AND"
	    " uid = ?4", &st, err) != 0)
		return -1;
	ledger_imap_bind_key(st, account, folder, uidvalidity, uid);
	return ledger_imap_exec(l, st, err);
}

/* Steps a prepared and bound statement of IMAP_ROW_COLUMNS, collecting
 * its rows; finalizes it. 0, or -1 with *err. */
static int
ledger_imap_collect(struct ledger *l, sqlite3_stmt *st,
    struct ledger_imap_row **rows, size_t *n, char **err)
{
	GArray *a = g_array_new(FALSE, TRUE, sizeof(struct ledger_imap_row));
	struct ledger_imap_row r;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&r, 0, sizeof(r));
		ledger_imap_read_row(st, &r);
		g_array_append_val(a, r);
	}
	if (rc != SQLITE_DONE)
		ledger_fail(l, err);
	sqlite3_finalize(st);
	*n = a->len;
	*rows = (struct ledger_imap_row *)g_array_free(a, FALSE);
	if (rc != SQLITE_DONE) {
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
	sqlite3_stmt *st;

	*rows = NULL;
	*n = 0;
	if (ledger_imap_prepare(l, IMAP_ROW_COLUMNS " WHERE account = ?1 AND"
	    " folder = ?2 AND uidvalidity = ?3 AND state = 'recorded'"
	    " ORDER BY uid", &st, err) != 0)
		return -1;
	ledger_imap_bind_key(st, account, folder, uidvalidity, 0);
	return ledger_imap_collect(l, st, rows, n, err);
}

int
ledger_imap_open_rows(struct ledger *l, const char *account,
    struct ledger_imap_row **rows, size_t *n, char **err)
{
	sqlite3_stmt *st;

	*rows = NULL;
	*n = 0;
	if (ledger_imap_prepare(l, IMAP_ROW_COLUMNS " WHERE account = ?1 AND"
	    " state = 'done' AND message_row IS NOT NULL AND ticket_id IN"
	    " (SELECT id FROM tickets WHERE resolved IS NULL)"
	    " ORDER BY ticket_id, uid", &st, err) != 0)
		return -1;
	sqlite3_bind_text(st, 1, account, -1, SQLITE_STATIC);
	return ledger_imap_collect(l, st, rows, n, err);
}

int
ledger_imap_set_location(struct ledger *l, const struct ledger_imap_row *r,
    const char *target, unsigned long target_uidvalidity,
    unsigned long target_uid, const char *keywords, char **err)
{
	sqlite3_stmt *st;

	if (ledger_imap_prepare(l, "UPDATE imap_seen SET"
	    " target = coalesce(?5, target), target_uidvalidity = ?6,"
	    " target_uid = ?7, keywords = coalesce(?8, keywords)"
	    " WHERE account = ?1 AND folder = ?2 AND uidvalidity = ?3 AND"
	    " uid = ?4", &st, err) != 0)
		return -1;
	ledger_imap_bind_key(st, r->account, r->folder, r->uidvalidity,
	    r->uid);
	sqlite3_bind_text(st, 5, target, -1, SQLITE_STATIC);
	if (target_uid != 0) {
		sqlite3_bind_int64(st, 6, (sqlite3_int64)target_uidvalidity);
		sqlite3_bind_int64(st, 7, (sqlite3_int64)target_uid);
	}
	sqlite3_bind_text(st, 8, keywords, -1, SQLITE_STATIC);
	return ledger_imap_exec(l, st, err);
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
