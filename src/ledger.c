/* The ledger: tickets and messages, in SQLite or PostgreSQL
 * (ledger-int.h). This file is what both share: opening by name,
 * migrations, statements and transactions; ledger-message.c the message
 * rows, the other ledger-*.c files the other tables.
 *
 * The ledger commit is what delivery relies on to never lose or duplicate
 * mail, so a commit waits for the disk (except a lazy one), and a busy
 * ledger is an error (the caller tempfails) rather than a wait forever. */
#include <sys/stat.h>

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "ledger.h"
#include "ledger-int.h"
#include "module.h"


static const char *const ledger_sql[ST_COUNT] = {
	[ST_FIND] = LEDGER_ROW_COLUMNS
	    " WHERE body_hash = ?1 AND message_id IS NOT DISTINCT FROM ?2"
	    " ORDER BY id DESC LIMIT 1",
	[ST_EACH] = LEDGER_ROW_COLUMNS " ORDER BY id",
	[ST_PENDING] = LEDGER_ROW_COLUMNS " WHERE delivered = 0"
	    " AND file IS NOT NULL AND received >= ?1 ORDER BY id",
	[ST_INSERT_TICKET] = "INSERT INTO tickets (created, from_addr,"
	    " subject, priority, signals, reasons, sla_due, subject_key, tier,"
	    " first_due, resolve_due) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
	    " ?9, ?7, ?10) RETURNING id",
	[ST_INSERT_MESSAGE] = "INSERT INTO messages (ticket_id, message_id,"
	    " body_hash, from_addr, subject, received, signals, priority,"
	    " rules, reasons, folder, file, path, sla_due, delivered,"
	    " subject_key, tier, auto)"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
	    " ?13, ?14, 0, ?15, ?16, ?17) RETURNING id",
	[ST_SET_FILE] = "UPDATE messages SET file = ?2 WHERE id = ?1",
	[ST_SET_FOLDER] = "UPDATE messages SET folder = ?2 WHERE id = ?1",
	[ST_TICKET_OF_MSGID] = "SELECT coalesce((SELECT ticket_id FROM"
	    " messages WHERE message_id = ?1 AND ticket_id IS NOT NULL"
	    " ORDER BY id DESC LIMIT 1), (SELECT ticket_id FROM acks"
	    " WHERE message_id = ?1), 0)",
	[ST_TICKET_BY_SUBJECT] = "SELECT id FROM tickets WHERE from_addr = ?1"
	    " AND subject_key = ?2 AND created >= ?3"
	    " ORDER BY id DESC LIMIT 1",
	[ST_TICKET_GET] = "SELECT id, created, priority, sla_due, (SELECT"
	    " count(*) FROM messages WHERE ticket_id = tickets.id"
	    " AND auto IS NULL AND (?2 IS NULL OR messages.id < ?2))"
	    ", signals FROM tickets WHERE id = ?1",
	[ST_COUNT_FROM] = "SELECT count(*) FROM messages"
	    " WHERE from_addr = ?1 AND received >= ?2 AND auto IS NULL"
	    " AND (?3 IS NULL OR id < ?3)",
	[ST_UPDATE_TICKET] = "UPDATE tickets SET priority = ?2,"
	    " reasons = coalesce(?3, reasons), signals = ?5,"
	    " sla_due = CASE WHEN ?4 IS NULL THEN sla_due"
	    " WHEN EXISTS (SELECT 1 FROM replies r WHERE r.ticket_id = ?1)"
	    " THEN least(coalesce(sla_due, ?6), ?6)"
	    " WHEN sla_due IS NULL THEN ?4 ELSE least(sla_due, ?4) END,"
	    " first_due = CASE WHEN ?4 IS NULL OR first_response IS NOT NULL"
	    " THEN first_due ELSE least(coalesce(first_due, ?4), ?4) END,"
	    " resolve_due = CASE WHEN ?7 IS NULL THEN resolve_due"
	    " ELSE least(coalesce(resolve_due, ?7), ?7 + paused_secs) END"
	    " WHERE id = ?1",
	[ST_MARK_DELIVERED] = "UPDATE messages SET delivered = 1, path = ?2"
	    " WHERE id = ?1",
};

/* The backends by the prefix of the ledger's name: built in, or the
 * symbol of a module loaded when first used (module.h); the last one,
 * with no prefix, is the default. */
static const struct {
	const char *prefix;
	const struct ledger_backend *be;
	const char *module;
} ledger_backends[] = {
	{ "postgresql://", NULL, "pg" },
	{ "postgres://", NULL, "pg" },
	{ "", &ledger_sqlite, NULL },
};

int
lst_step(struct lst *st)
{
	return st->l->be->step(st);
}

long long
lst_int(struct lst *st, int i)
{
	return st->l->be->col_int(st, i);
}

const char *
lst_text(struct lst *st, int i)
{
	return st->l->be->col_text(st, i);
}

void
lst_reset(struct lst *st)
{
	st->l->be->reset(st);
}

void
lst_free(struct lst *st)
{
	if (st != NULL)
		st->l->be->free(st);
}

int
ledger_is_remote(const char *name)
{
	for (size_t i = 0; ledger_backends[i].prefix[0] != '\0'; i++)
		if (g_str_has_prefix(name, ledger_backends[i].prefix))
			return 1;
	return 0;
}

/* The ledger's name without a password (user:password@ in the URI). */
char *
ledger_public_name(const char *name)
{
	const char *at, *colon, *start = strstr(name, "://");

	if (start == NULL)
		return g_strdup(name);
	start += 3;
	at = strchr(start, '@');
	colon = strchr(start, ':');
	if (at == NULL || colon == NULL || colon > at ||
	    memchr(start, '/', (size_t)(at - start)) != NULL)
		return g_strdup(name);
	return g_strdup_printf("%.*s%s", (int)(colon - name), name, at);
}

/* Sets *err to "ledger PATH: message" and returns -1. */
int
ledger_error(const char *path, const char *msg, char **err)
{
	if (err != NULL)
		*err = g_strdup_printf("ledger %s: %s", path, msg);
	return -1;
}

int
ledger_fail(struct ledger *l, char **err)
{
	int damaged = 0;
	const char *m = l->be->errmsg(l, &damaged);
	char *msg;

	if (!damaged)
		return ledger_error(l->path, m, err);
	msg = g_strdup_printf("%s: the ledger is damaged; mail is deferred "
	    "until it is repaired (RECOVERY in mailtriage(1))", m);
	ledger_error(l->path, msg, err);
	g_free(msg);
	return -1;
}

int
ledger_changes(struct ledger *l)
{
	return l->be->changes(l);
}

/* A cached statement, reset and with no bindings. */
struct lst *
ledger_stmt(struct ledger *l, enum ledger_st which)
{
	struct lst *st = l->st[which];

	lst_reset(st);
	return st;
}

/* Binds the arguments by type letter: 'i' long long, 'I' long long (0
 * as NULL: a row id "none"), 't' text (NULL ok), 'T' time_t (0 as
 * NULL). */
static void
ledger_bind_v(struct lst *st, const char *types, va_list ap)
{
	const struct ledger_backend *be = st->l->be;

	for (int i = 0; types[i] != '\0'; i++) {
		long long v;
		const char *t;

		switch (types[i]) {
		case 'i':
			be->bind(st, i + 1, 'i', va_arg(ap, long long), NULL);
			break;
		case 'I':
			v = va_arg(ap, long long);
			be->bind(st, i + 1, v != 0 ? 'i' : 'n', v, NULL);
			break;
		case 't':
			t = va_arg(ap, const char *);
			be->bind(st, i + 1, t != NULL ? 't' : 'N', 0, t);
			break;
		default:
			v = (long long)va_arg(ap, time_t);
			be->bind(st, i + 1, v != 0 ? 'i' : 'n', v, NULL);
			break;
		}
	}
}

/* Prepares sql and binds the arguments (ledger_bind_v). NULL on error
 * (*err). */
struct lst *
ledger_prepare_v(struct ledger *l, const char *sql, char **err,
    const char *types, va_list ap)
{
	struct lst *st = l->be->prepare(l, sql, 0);

	if (st == NULL) {
		ledger_fail(l, err);
		return NULL;
	}
	ledger_bind_v(st, types, ap);
	return st;
}

struct lst *
ledger_cached(struct ledger *l, enum ledger_st which, const char *types,
    ...)
{
	struct lst *st = ledger_stmt(l, which);
	va_list ap;

	va_start(ap, types);
	ledger_bind_v(st, types, ap);
	va_end(ap);
	return st;
}

int
ledger_cached_done(struct ledger *l, struct lst *st, char **err)
{
	int rc = lst_step(st);

	if (rc != LST_DONE)
		ledger_fail(l, err);
	lst_reset(st);
	return rc == LST_DONE ? 0 : -1;
}

int
ledger_cached_id(struct ledger *l, struct lst *st, long long *id,
    char **err)
{
	int rc = lst_step(st);

	if (rc == LST_ROW)
		*id = lst_int(st, 0);
	else
		ledger_fail(l, err);
	lst_reset(st);
	return rc == LST_ROW ? 0 : -1;
}

int
ledger_run_sql(struct ledger *l, int exists, int *changes, char **err,
    const char *sql, const char *types, ...)
{
	struct lst *st;
	va_list ap;
	int rc;

	va_start(ap, types);
	st = ledger_prepare_v(l, sql, err, types, ap);
	va_end(ap);
	if (st == NULL)
		return -1;
	rc = lst_step(st);
	if (rc == (exists ? LST_ROW : LST_DONE) && changes != NULL)
		*changes = ledger_changes(l);
	if (rc == LST_ERROR)
		ledger_fail(l, err);
	lst_free(st);
	if (rc == LST_DONE)
		return 0;
	if (rc == LST_ROW && exists)
		return 1;
	if (rc == LST_ROW)
		return ledger_error(l->path, "a statement returned rows",
		    err);
	return -1;
}

int
ledger_insert_id(struct ledger *l, long long *id, char **err,
    const char *sql, const char *types, ...)
{
	struct lst *st;
	va_list ap;
	int rc;

	va_start(ap, types);
	st = ledger_prepare_v(l, sql, err, types, ap);
	va_end(ap);
	if (st == NULL)
		return -1;
	*id = 0;
	if ((rc = lst_step(st)) == LST_ROW) {
		*id = lst_int(st, 0);
		rc = lst_step(st);
	}
	if (rc != LST_DONE)
		ledger_fail(l, err);
	lst_free(st);
	return rc == LST_DONE ? 0 : -1;
}

struct lst *
ledger_prepare(struct ledger *l, char **err, const char *sql,
    const char *types, ...)
{
	struct lst *st;
	va_list ap;

	va_start(ap, types);
	st = ledger_prepare_v(l, sql, err, types, ap);
	va_end(ap);
	return st;
}

int
ledger_script(struct ledger *l, const char *sql, char **err)
{
	return l->be->script(l, sql) == 0 ? 0 : ledger_fail(l, err);
}

/* Brings the schema up to LEDGER_VERSION in one transaction. The version
 * is read again inside it, in case another process migrated meanwhile. */
static int
ledger_migrate(struct ledger *l, char **err)
{
	char *msg;
	int version, to, rv = -1;

	if (l->be->version(l, &version) != 0)
		return ledger_fail(l, err);
	if (version == LEDGER_VERSION)
		return 0;
	if (l->be->begin(l, 0) != 0)
		return ledger_fail(l, err);
	if (l->be->version(l, &version) != 0) {
		ledger_fail(l, err);
		goto out;
	}
	if (version > LEDGER_VERSION) {
		msg = g_strdup_printf("schema version %d is newer than this "
		    "program's (%d)", version, LEDGER_VERSION);
		ledger_error(l->path, msg, err);
		g_free(msg);
		goto out;
	}
	for (int v = version; v < LEDGER_VERSION; v = to) {
		const char *sql = l->be->migration(v, &to);

		if (sql == NULL || to <= v) {
			msg = g_strdup_printf("no way from schema version %d",
			    v);
			ledger_error(l->path, msg, err);
			g_free(msg);
			goto out;
		}
		if (ledger_script(l, sql, err) != 0)
			goto out;
	}
	if (l->be->set_version(l, LEDGER_VERSION) != 0) {
		ledger_fail(l, err);
		goto out;
	}
	if (ledger_commit(l, err) != 0)
		goto out;
	rv = 0;
out:
	if (rv != 0)
		ledger_rollback(l);
	return rv;
}

int
ledger_open(const char *name, int busy_ms, struct ledger **out, char **err)
{
	const struct ledger_backend *be;
	struct ledger *l;
	char *merr = NULL;
	size_t i;

	*out = NULL;
	for (i = 0; !g_str_has_prefix(name, ledger_backends[i].prefix); i++)
		;
	if ((be = ledger_backends[i].be) == NULL &&
	    (be = module_symbol(ledger_backends[i].module, "ledger_pg",
	    &merr)) == NULL) {
		char *pub = ledger_public_name(name);

		*err = g_strdup_printf("ledger %s: %s", pub, merr);
		g_free(pub);
		g_free(merr);
		return -1;
	}
	l = g_new0(struct ledger, 1);
	l->be = be;
	l->path = g_strdup(name);
	l->busy_ms = busy_ms;
	if (l->be->open(l, name, err) != 0)
		goto fail;
	if (ledger_migrate(l, err) != 0 || (l->be->after_migrate != NULL &&
	    ledger_script(l, l->be->after_migrate, err) != 0))
		goto fail;
	for (i = 0; i < ST_COUNT; i++) {
		if ((l->st[i] = l->be->prepare(l, ledger_sql[i], 1)) == NULL) {
			ledger_fail(l, err);
			goto fail;
		}
	}
	*out = l;
	return 0;
fail:
	ledger_close(&l);
	return -1;
}

int
ledger_verify(struct ledger *l, int every_s, time_t now, char **err)
{
	return l->be->verify(l, every_s, now, err);
}

void
ledger_close(struct ledger **lp)
{
	struct ledger *l;

	if (lp == NULL || (l = *lp) == NULL)
		return;
	for (int i = 0; i < ST_COUNT; i++)
		lst_free(l->st[i]);
	if (l->conn != NULL)
		l->be->close(l);
	g_free(l->path);
	g_free(l);
	*lp = NULL;
}

const char *
ledger_name(const struct ledger *l)
{
	return l->path;
}

int
ledger_begin(struct ledger *l, char **err)
{
	return l->be->begin(l, 0) == 0 ? 0 : ledger_fail(l, err);
}

/* After the statement that ended a transaction (or failed to): the
 * backend's end once it is over, the commit's sync included. */
static int
ledger_end(struct ledger *l, int committed, char **err)
{
	int sync = committed && !l->lazy;

	if (l->be->in_transaction(l))
		return 0;	/* a failed COMMIT: still open */
	l->lazy = 0;
	if (l->be->end != NULL && l->be->end(l, sync) != 0)
		return committed ? ledger_fail(l, err) : -1;
	return 0;
}

int
ledger_commit(struct ledger *l, char **err)
{
	int rc;

	if (!l->be->in_transaction(l))
		return ledger_error(l->path, "no transaction to commit", err);
	if ((rc = ledger_script(l, "COMMIT", err)) != 0)
		ledger_end(l, 0, NULL);
	else
		rc = ledger_end(l, 1, err);
	return rc;
}

int
ledger_begin_lazy(struct ledger *l, char **err)
{
	l->lazy = 1;
	if (l->be->begin(l, 1) != 0) {
		ledger_fail(l, err);
		l->lazy = 0;
		return -1;
	}
	return 0;
}

int
ledger_commit_lazy(struct ledger *l, char **err)
{
	int rc = ledger_commit(l, err);

	ledger_rollback(l);	/* if the commit failed */
	return rc;
}

void
ledger_rollback(struct ledger *l)
{
	if (l == NULL || !l->be->in_transaction(l))
		return;
	l->be->script(l, "ROLLBACK");
	ledger_end(l, 0, NULL);
}

int
ledger_lock(struct ledger *l, const char *key, int wait_ms,
    struct ledger_lock **out, char **err)
{
	return l->be->lock(l, key, wait_ms, out, err);
}

void
ledger_unlock(struct ledger *l, struct ledger_lock **lk)
{
	if (lk == NULL || *lk == NULL)
		return;
	l->be->unlock(*lk);
	*lk = NULL;
}

int
ledger_has_table(struct ledger *l, const char *name)
{
	return l->be->has_table(l, name);
}

int
ledger_column_level(struct lst *st, int i, int unknown)
{
	const char *t = lst_text(st, i);
	int l = t != NULL ? mt_level_parse(t) : -1;

	return l >= 0 ? l : unknown;
}

char *
ledger_column_text(struct lst *st, int i)
{
	return g_strdup(lst_text(st, i));
}
