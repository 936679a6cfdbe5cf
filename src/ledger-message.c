/* The messages of the ledger: a row read, a ticket and its first
 * message inserted together, a row's file, folder and delivery marked,
 * and the rows an interrupted delivery left (ledger.h). The SQL is in
 * ledger.c's statement table (ST_FIND, ST_EACH, ST_PENDING, ...). */
#include <string.h>

#include <glib.h>

#include "ledger.h"
#include "ledger-int.h"
#include "mt.h"

/* A row of LEDGER_ROW_COLUMNS; free with ledger_row_clear. */
static void
ledger_read_row(struct lst *st, struct ledger_row *out)
{
	struct ledger_row r = { 0 };

	r.id = lst_int(st, 0);
	r.ticket = lst_int(st, 1);
	r.message_id = ledger_column_text(st, 2);
	r.body_hash = ledger_column_text(st, 3);
	r.from_addr = ledger_column_text(st, 4);
	r.subject = ledger_column_text(st, 5);
	r.received = (time_t)lst_int(st, 6);
	r.signals = ledger_column_text(st, 7);
	r.priority = (enum mt_level)ledger_column_level(st, 8, LEVEL_LOW);
	r.rules = ledger_column_text(st, 9);
	r.reasons = ledger_column_text(st, 10);
	r.folder = ledger_column_text(st, 11);
	r.file = ledger_column_text(st, 12);
	r.path = ledger_column_text(st, 13);
	r.sla_due = (time_t)lst_int(st, 14);
	r.delivered = (int)lst_int(st, 15);
	r.subject_key = ledger_column_text(st, 16);
	r.tier = ledger_column_text(st, 17);
	r.auto_kind = ledger_column_text(st, 18);
	*out = r;
}

/* Strings in *out are the caller's to free with ledger_row_clear. */
int
ledger_find_message(struct ledger *l, const char *message_id,
    const char *body_hash, struct ledger_row *out, char **err)
{
	struct lst *st = ledger_cached(l, ST_FIND, "tt", body_hash,
	    message_id);
	int rc, rv = -1;

	rc = lst_step(st);
	if (rc == LST_DONE) {
		rv = 0;
		goto out;
	}
	if (rc != LST_ROW) {
		ledger_fail(l, err);
		goto out;
	}
	ledger_read_row(st, out);
	rv = 1;
out:
	lst_reset(st);
	return rv;
}

static int
ledger_insert_ticket(struct ledger *l, const struct ledger_row *row,
    long long *id, char **err)
{
	return ledger_cached_id(l, ledger_cached(l, ST_INSERT_TICKET,
	    "itttttTttT", (long long)row->received, row->from_addr,
	    row->subject, mt_level_name(row->priority), row->signals,
	    row->reasons, row->sla_due, row->subject_key, row->tier,
	    row->resolve_due), id, err);
}

static int
ledger_insert_row(struct ledger *l, const struct ledger_row *row,
    long long ticket, long long *id, char **err)
{
	return ledger_cached_id(l, ledger_cached(l, ST_INSERT_MESSAGE,
	    "IttttitttttttTttt", ticket, row->message_id, row->body_hash,
	    row->from_addr, row->subject, (long long)row->received,
	    row->signals, mt_level_name(row->priority), row->rules,
	    row->reasons, row->folder, row->file, row->path, row->sla_due,
	    row->subject_key, row->tier,
	    row->auto_kind), id, err);
}

/* The ticket and the message go in together or not at all: in a
 * savepoint inside the caller's transaction, else in one of their own. */
int
ledger_insert_message(struct ledger *l, struct ledger_row *row, char **err)
{
	int own = !l->be->in_transaction(l);
	long long ticket, id;

	if (own ? ledger_begin(l, err) != 0 :
	    ledger_script(l, "SAVEPOINT ledger_insert", err) != 0)
		return -1;
	if (row->ticket > 0 || row->auto_kind != NULL)
		ticket = row->ticket;	/* a follow-up joins its ticket;
					 * automatic mail opens none */
	else if (ledger_insert_ticket(l, row, &ticket, err) != 0)
		goto fail;
	if (ledger_insert_row(l, row, ticket, &id, err) != 0)
		goto fail;
	if (own ? ledger_commit(l, err) != 0 :
	    ledger_script(l, "RELEASE ledger_insert", err) != 0)
		goto fail;
	row->ticket = ticket;
	row->id = id;
	row->delivered = 0;
	return 0;
fail:
	if (own) {
		ledger_rollback(l);
	} else {
		l->be->script(l, "ROLLBACK TO ledger_insert");
		l->be->script(l, "RELEASE ledger_insert");
	}
	return -1;
}

/* UPDATE messages SET <column> = text WHERE id; the row must exist. */
static int
ledger_update(struct ledger *l, enum ledger_st which, long long id,
    const char *text, char **err)
{
	char *msg;

	if (ledger_cached_done(l, ledger_cached(l, which, "it", id, text),
	    err) != 0)
		return -1;
	if (ledger_changes(l) != 1) {
		msg = g_strdup_printf("no message %lld", id);
		ledger_error(l->path, msg, err);
		g_free(msg);
		return -1;
	}
	return 0;
}

int
ledger_set_file(struct ledger *l, long long id, const char *file,
    char **err)
{
	return ledger_update(l, ST_SET_FILE, id, file, err);
}

int
ledger_set_folder(struct ledger *l, long long id, const char *folder,
    char **err)
{
	return ledger_update(l, ST_SET_FOLDER, id, folder, err);
}

int
ledger_mark_delivered(struct ledger *l, long long id, const char *path,
    char **err)
{
	return ledger_update(l, ST_MARK_DELIVERED, id, path, err);
}

void
ledger_row_clear(struct ledger_row *r)
{
	if (r == NULL)
		return;
	g_free(r->subject_key);
	g_free(r->tier);
	g_free(r->auto_kind);
	g_free(r->message_id);
	g_free(r->body_hash);
	g_free(r->from_addr);
	g_free(r->subject);
	g_free(r->signals);
	g_free(r->rules);
	g_free(r->reasons);
	g_free(r->folder);
	g_free(r->file);
	g_free(r->path);
	memset(r, 0, sizeof *r);
}

int
ledger_each_message(struct ledger *l,
    int (*fn)(const struct ledger_row *row, void *arg), void *arg,
    char **err)
{
	struct lst *st = ledger_stmt(l, ST_EACH);
	struct ledger_row r;
	int rc = LST_DONE, stop = 0;

	while (!stop && (rc = lst_step(st)) == LST_ROW) {
		ledger_read_row(st, &r);
		stop = fn(&r, arg);
		ledger_row_clear(&r);
	}
	if (!stop && rc != LST_DONE) {
		ledger_fail(l, err);
		lst_reset(st);
		return -1;
	}
	lst_reset(st);
	return 0;
}

int
ledger_pending(struct ledger *l, time_t since, struct ledger_row **rows,
    size_t *n, char **err)
{
	struct lst *st = ledger_cached(l, ST_PENDING, "i", (long long)since);
	GArray *a = g_array_new(FALSE, TRUE, sizeof(struct ledger_row));
	struct ledger_row r;
	int rc;

	while ((rc = lst_step(st)) == LST_ROW) {
		ledger_read_row(st, &r);
		g_array_append_val(a, r);
	}
	lst_reset(st);
	if (rc != LST_DONE) {
		ledger_rows_free((struct ledger_row *)(void *)a->data, a->len);
		g_array_free(a, FALSE);
		*rows = NULL;
		*n = 0;
		return ledger_fail(l, err);
	}
	*n = a->len;
	*rows = (struct ledger_row *)(void *)g_array_free(a, FALSE);
	return 0;
}

void
ledger_rows_free(struct ledger_row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++)
		ledger_row_clear(&rows[i]);
	g_free(rows);
}
