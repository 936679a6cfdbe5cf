/* The ledger: tickets and messages in SQLite. The only file with sqlite3.h.
 *
 * The ledger commit is what delivery relies on to never lose or duplicate
 * mail, so the database runs with WAL and synchronous=FULL, and a busy
 * database is an error (the caller tempfails) rather than a wait forever. */
#include <sys/stat.h>

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>
#include <sqlite3.h>

#include "ledger.h"
#include "ledger-int.h"

/* Schema migrations, applied in order; user_version is how many ran.
 * Add new ones at the end, never edit one that has shipped. */
static const char *const ledger_migrations[] = {
	/* 1 */
	"CREATE TABLE tickets ("
	"  id INTEGER PRIMARY KEY,"
	"  created INTEGER NOT NULL,"
	"  from_addr TEXT, subject TEXT, priority TEXT, signals TEXT,"
	"  reasons TEXT, sla_due INTEGER, first_response INTEGER,"
	"  resolved INTEGER);"
	"CREATE TABLE messages ("
	"  id INTEGER PRIMARY KEY,"
	"  ticket_id INTEGER NOT NULL REFERENCES tickets(id),"
	"  message_id TEXT, body_hash TEXT NOT NULL,"
	"  from_addr TEXT, subject TEXT, received INTEGER NOT NULL,"
	"  signals TEXT, priority TEXT, rules TEXT, reasons TEXT,"
	"  folder TEXT, file TEXT, path TEXT, sla_due INTEGER,"
	"  delivered INTEGER NOT NULL DEFAULT 0);"
	"CREATE INDEX messages_message_id ON messages(message_id);"
	"CREATE INDEX messages_body_hash ON messages(body_hash);"
	"CREATE INDEX messages_ticket_id ON messages(ticket_id);",
	/* 2: threads and customer tiers */
	"ALTER TABLE messages ADD COLUMN subject_key TEXT;"
	"ALTER TABLE messages ADD COLUMN tier TEXT;"
	"ALTER TABLE tickets ADD COLUMN subject_key TEXT;"
	"ALTER TABLE tickets ADD COLUMN tier TEXT;"
	"CREATE INDEX messages_from_received ON messages(from_addr, received);"
	"CREATE INDEX tickets_from_subject ON tickets(from_addr, subject_key);",
	/* 3: IMAP polling (ledger-imap.c): the last UIDVALIDITY seen per
	 * account and folder, and each UID's state. A row is 'recorded' (and
	 * committed) before the message is flagged or moved, 'done' after. */
	"CREATE TABLE imap_folders ("
	"  account TEXT NOT NULL, folder TEXT NOT NULL,"
	"  uidvalidity INTEGER NOT NULL,"
	"  PRIMARY KEY (account, folder));"
	"CREATE TABLE imap_seen ("
	"  account TEXT NOT NULL, folder TEXT NOT NULL,"
	"  uidvalidity INTEGER NOT NULL, uid INTEGER NOT NULL,"
	"  message_id TEXT, body_hash TEXT NOT NULL,"
	"  ticket_id INTEGER REFERENCES tickets(id),"
	"  message_row INTEGER REFERENCES messages(id),"
	"  target TEXT NOT NULL, keywords TEXT NOT NULL,"
	"  state TEXT NOT NULL CHECK (state IN ('recorded', 'done')),"
	"  PRIMARY KEY (account, folder, uidvalidity, uid));"
	"CREATE INDEX imap_seen_state ON imap_seen(account, folder, state);",
	/* 4: SLA tracking (ledger-sla.c): escalations, once per ticket and
	 * level; a move into the higher folder is planned (next_file) and
	 * committed before files are touched. */
	"CREATE TABLE escalations ("
	"  id INTEGER PRIMARY KEY,"
	"  ticket_id INTEGER NOT NULL REFERENCES tickets(id),"
	"  at INTEGER NOT NULL,"
	"  from_level TEXT NOT NULL, to_level TEXT NOT NULL,"
	"  due_before INTEGER, due_after INTEGER,"
	"  state TEXT NOT NULL CHECK (state IN ('moving', 'moved')),"
	"  notified INTEGER,"
	"  UNIQUE (ticket_id, to_level));"
	"ALTER TABLE tickets ADD COLUMN last_notified INTEGER;"
	"ALTER TABLE tickets ADD COLUMN reminders INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE messages ADD COLUMN next_file TEXT;"
	"CREATE INDEX tickets_open ON tickets(resolved, sla_due);",
	/* 5: SLA over IMAP (imap-sla.c): where a filed message is now, by
	 * the UID it got in its target folder (COPYUID, RFC 4315), so that
	 * one UID FETCH (FLAGS) per folder finds \Answered and the gone. */
	("ALTER TABLE imap_seen ADD COLUMN target_uid INTEGER;"
	"ALTER TABLE imap_seen ADD COLUMN target_uidvalidity INTEGER;"),
	/* 6: rows left pending (a run killed, or its last commit failed)
	 * found at once; when the ledger was last found sound. */
	"CREATE INDEX messages_pending ON messages(id) WHERE delivered = 0;"
	"CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER);",
	/* 7: automatic mail (auto.h) is a message of no ticket, or one
	 * that joins a ticket's history: ticket_id may be NULL, auto says
	 * what it is. Addresses our mail bounced from. */
	"CREATE TABLE messages_v7 ("
	"  id INTEGER PRIMARY KEY,"
	"  ticket_id INTEGER REFERENCES tickets(id),"
	"  message_id TEXT, body_hash TEXT NOT NULL,"
	"  from_addr TEXT, subject TEXT, received INTEGER NOT NULL,"
	"  signals TEXT, priority TEXT, rules TEXT, reasons TEXT,"
	"  folder TEXT, file TEXT, path TEXT, sla_due INTEGER,"
	"  delivered INTEGER NOT NULL DEFAULT 0,"
	"  subject_key TEXT, tier TEXT, next_file TEXT, auto TEXT);"
	"INSERT INTO messages_v7 (id, ticket_id, message_id, body_hash,"
	"  from_addr, subject, received, signals, priority, rules, reasons,"
	"  folder, file, path, sla_due, delivered, subject_key, tier,"
	"  next_file)"
	" SELECT id, ticket_id, message_id, body_hash, from_addr, subject,"
	"  received, signals, priority, rules, reasons, folder, file, path,"
	"  sla_due, delivered, subject_key, tier, next_file FROM messages;"
	"DROP TABLE messages;"
	"ALTER TABLE messages_v7 RENAME TO messages;"
	"CREATE INDEX messages_message_id ON messages(message_id);"
	"CREATE INDEX messages_body_hash ON messages(body_hash);"
	"CREATE INDEX messages_ticket_id ON messages(ticket_id);"
	"CREATE INDEX messages_from_received ON messages(from_addr, received);"
	"CREATE INDEX messages_pending ON messages(id) WHERE delivered = 0;"
	"CREATE TABLE undeliverable ("
	"  address TEXT PRIMARY KEY,"
	"  first INTEGER NOT NULL, last INTEGER NOT NULL,"
	"  bounces INTEGER NOT NULL DEFAULT 1, status TEXT);",
	/* 8: acknowledgements to customers (ack.c): one per ticket,
	 * recorded before it is sent ('sending') and marked 'sent'. */
	"CREATE TABLE acks ("
	"  ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id),"
	"  to_addr TEXT NOT NULL, message_id TEXT NOT NULL,"
	"  state TEXT NOT NULL CHECK (state IN ('sending', 'sent')),"
	"  at INTEGER NOT NULL, message TEXT NOT NULL);"
	"CREATE INDEX acks_to ON acks(to_addr, at);"
	"CREATE INDEX acks_message_id ON acks(message_id);",
	/* 9: an agent moving a message between priority folders corrects
	 * its ticket's level: recorded, with the rules that had fired. */
	"CREATE TABLE corrections ("
	"  id INTEGER PRIMARY KEY,"
	"  ticket_id INTEGER NOT NULL REFERENCES tickets(id),"
	"  at INTEGER NOT NULL,"
	"  from_level TEXT NOT NULL, to_level TEXT NOT NULL,"
	"  signals TEXT, rules TEXT);"
	"CREATE INDEX corrections_at ON corrections(at);",
	/* 10: the response clock follows the conversation. tickets.sla_due
	 * is the current response target (first or next reply); first_due
	 * the first response's; answered the agent's answer that stopped
	 * the current one (NULL: the customer waits on us); paused since
	 * when it waits on the customer (the pending folder), paused_secs
	 * the pauses that ended; resolve_due the resolution target (set
	 * on arrival, pauses added; NULL for tickets from before). replies: each next-reply target, started
	 * by a customer's follow-up after an answer. messages.answered:
	 * when the message was first seen answered (R, \Answered). */
	"ALTER TABLE tickets ADD COLUMN first_due INTEGER;"
	"ALTER TABLE tickets ADD COLUMN answered INTEGER;"
	"ALTER TABLE tickets ADD COLUMN paused INTEGER;"
	"ALTER TABLE tickets ADD COLUMN paused_secs INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE tickets ADD COLUMN resolve_due INTEGER;"
	"UPDATE tickets SET answered = first_response, first_due = coalesce("
	"  (SELECT due_before FROM escalations e WHERE e.ticket_id ="
	"  tickets.id ORDER BY e.at, e.id LIMIT 1), sla_due);"
	"ALTER TABLE messages ADD COLUMN answered INTEGER;"
	"UPDATE messages SET answered = (SELECT first_response FROM tickets t"
	"  WHERE t.id = messages.ticket_id) WHERE auto IS NULL;"
	"CREATE TABLE replies ("
	"  id INTEGER PRIMARY KEY,"
	"  ticket_id INTEGER NOT NULL REFERENCES tickets(id),"
	"  started INTEGER NOT NULL, due INTEGER NOT NULL,"
	"  answered INTEGER);"
	"CREATE INDEX replies_ticket ON replies(ticket_id);"
	"CREATE INDEX replies_started ON replies(started);",
	/* 11: the alert queue (alert.h): one row per route and event,
	 * queued with what is about it, 'sending' while a run sends it,
	 * 'sent' or 'failed' after. */
	"CREATE TABLE alerts ("
	"  id INTEGER PRIMARY KEY,"
	"  route TEXT NOT NULL, event TEXT NOT NULL,"
	"  ticket_id INTEGER REFERENCES tickets(id),"
	"  dedup TEXT NOT NULL UNIQUE,"
	"  level TEXT, title TEXT NOT NULL, text TEXT NOT NULL,"
	"  payload TEXT NOT NULL,"
	"  created INTEGER NOT NULL, next_try INTEGER NOT NULL,"
	"  state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN"
	"    ('queued', 'sending', 'sent', 'failed')),"
	"  attempts INTEGER NOT NULL DEFAULT 0,"
	"  sent INTEGER, last_error TEXT);"
	"CREATE INDEX alerts_due ON alerts(state, next_try);",
	/* 12: incidents (incident.h): one outage reported by many. A
	 * ticket keeps the significant words of its first message. */
	"CREATE TABLE incidents ("
	"  id INTEGER PRIMARY KEY,"
	"  signal TEXT NOT NULL, title TEXT, terms TEXT, rules TEXT,"
	"  opened INTEGER NOT NULL, first_report INTEGER NOT NULL,"
	"  last_report INTEGER NOT NULL, closed INTEGER);"
	"ALTER TABLE tickets ADD COLUMN incident_id INTEGER"
	"  REFERENCES incidents(id);"
	"ALTER TABLE tickets ADD COLUMN terms TEXT;"
	"CREATE INDEX tickets_created ON tickets(created);",
};
#define LEDGER_VERSION ((int)G_N_ELEMENTS(ledger_migrations))

/* The columns ledger_read_row reads, in its order. */
#define LEDGER_ROW_COLUMNS "SELECT id, ticket_id, message_id, body_hash," \
	" from_addr, subject, received, signals, priority, rules, reasons," \
	" folder, file, path, sla_due, delivered, subject_key, tier, auto" \
	" FROM messages"


static const char *const ledger_sql[ST_COUNT] = {
	[ST_BEGIN] = "BEGIN IMMEDIATE",
	[ST_COMMIT] = "COMMIT",
	[ST_ROLLBACK] = "ROLLBACK",
	[ST_SAVEPOINT] = "SAVEPOINT ledger_insert",
	[ST_RELEASE] = "RELEASE ledger_insert",
	[ST_ROLLBACK_TO] = "ROLLBACK TO ledger_insert",
	[ST_FIND] = LEDGER_ROW_COLUMNS
	    " WHERE body_hash = ?1 AND message_id IS ?2"
	    " ORDER BY id DESC LIMIT 1",
	[ST_EACH] = LEDGER_ROW_COLUMNS " ORDER BY id",
	[ST_PENDING] = LEDGER_ROW_COLUMNS " WHERE delivered = 0"
	    " AND file IS NOT NULL AND received >= ?1 ORDER BY id",
	[ST_INSERT_TICKET] = "INSERT INTO tickets (created, from_addr,"
	    " subject, priority, signals, reasons, sla_due, subject_key, tier,"
	    " first_due, resolve_due) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
	    " ?9, ?7, ?10)",
	[ST_INSERT_MESSAGE] = "INSERT INTO messages (ticket_id, message_id,"
	    " body_hash, from_addr, subject, received, signals, priority,"
	    " rules, reasons, folder, file, path, sla_due, delivered,"
	    " subject_key, tier, auto)"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
	    " ?13, ?14, 0, ?15, ?16, ?17)",
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
	    " THEN min(coalesce(sla_due, ?6), ?6)"
	    " WHEN sla_due IS NULL THEN ?4 ELSE min(sla_due, ?4) END,"
	    " first_due = CASE WHEN ?4 IS NULL OR first_response IS NOT NULL"
	    " THEN first_due ELSE min(coalesce(first_due, ?4), ?4) END,"
	    " resolve_due = CASE WHEN ?7 IS NULL THEN resolve_due"
	    " ELSE min(coalesce(resolve_due, ?7), ?7 + paused_secs) END"
	    " WHERE id = ?1",
	[ST_MARK_DELIVERED] = "UPDATE messages SET delivered = 1, path = ?2"
	    " WHERE id = ?1",
};


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
	int code = sqlite3_errcode(l->db) & 0xff;
	char *msg;

	if (code != SQLITE_CORRUPT && code != SQLITE_NOTADB)
		return ledger_error(l->path, sqlite3_errmsg(l->db), err);
	msg = g_strdup_printf("%s: the ledger is damaged; mail is deferred "
	    "until it is repaired (RECOVERY in mailtriage(1))",
	    sqlite3_errmsg(l->db));
	ledger_error(l->path, msg, err);
	g_free(msg);
	return -1;
}

/* A cached statement, reset and with no bindings. */
sqlite3_stmt *
ledger_stmt(struct ledger *l, enum ledger_st which)
{
	sqlite3_stmt *st = l->st[which];

	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return st;
}

/* Binds a row id, with 0 ("none") as NULL. */
static void
ledger_bind_id(sqlite3_stmt *st, int i, long long id)
{
	if (id == 0)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_int64(st, i, (sqlite3_int64)id);
}

/* Binds the arguments by type letter: 'i' long long, 'I' long long (0
 * as NULL: a row id "none"), 't' text (NULL ok), 'T' time_t (0 as
 * NULL). */
static void
ledger_bind_v(sqlite3_stmt *st, const char *types, va_list ap)
{
	for (int i = 0; types[i] != '\0'; i++) {
		if (types[i] == 'i')
			sqlite3_bind_int64(st, i + 1, va_arg(ap, long long));
		else if (types[i] == 'I')
			ledger_bind_id(st, i + 1, va_arg(ap, long long));
		else if (types[i] == 't')
			sqlite3_bind_text(st, i + 1, va_arg(ap, const char *),
			    -1, SQLITE_TRANSIENT);
		else
			ledger_bind_time(st, i + 1, va_arg(ap, time_t));
	}
}

/* Prepares sql and binds the arguments (ledger_bind_v). NULL on error
 * (*err). */
sqlite3_stmt *
ledger_prepare_v(struct ledger *l, const char *sql, char **err,
    const char *types, va_list ap)
{
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(l->db, sql, -1, &st, NULL) != SQLITE_OK) {
		ledger_fail(l, err);
		return NULL;
	}
	ledger_bind_v(st, types, ap);
	return st;
}

sqlite3_stmt *
ledger_cached(struct ledger *l, enum ledger_st which, const char *types,
    ...)
{
	sqlite3_stmt *st = ledger_stmt(l, which);
	va_list ap;

	va_start(ap, types);
	ledger_bind_v(st, types, ap);
	va_end(ap);
	return st;
}

/* Steps a cached statement that returns no rows, and resets it. 0, or
 * -1 with *err. */
static int
ledger_cached_done(struct ledger *l, sqlite3_stmt *st, char **err)
{
	int rc = sqlite3_step(st);

	if (rc != SQLITE_DONE)
		ledger_fail(l, err);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

int
ledger_run_sql(struct ledger *l, int exists, int *changes, char **err,
    const char *sql, const char *types, ...)
{
	sqlite3_stmt *st;
	va_list ap;
	int rc;

	va_start(ap, types);
	st = ledger_prepare_v(l, sql, err, types, ap);
	va_end(ap);
	if (st == NULL)
		return -1;
	rc = sqlite3_step(st);
	if (rc == (exists ? SQLITE_ROW : SQLITE_DONE) && changes != NULL)
		*changes = sqlite3_changes(l->db);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return 0;
	return rc == SQLITE_ROW && exists ? 1 : ledger_fail(l, err);
}

sqlite3_stmt *
ledger_prepare(struct ledger *l, char **err, const char *sql,
    const char *types, ...)
{
	sqlite3_stmt *st;
	va_list ap;

	va_start(ap, types);
	st = ledger_prepare_v(l, sql, err, types, ap);
	va_end(ap);
	return st;
}

/* Runs a cached statement that returns no rows. */
static int
ledger_run(struct ledger *l, enum ledger_st which, char **err)
{
	sqlite3_stmt *st = ledger_stmt(l, which);
	int rc = sqlite3_step(st);

	if (rc != SQLITE_DONE) {
		ledger_fail(l, err);
		sqlite3_reset(st);
		return -1;
	}
	sqlite3_reset(st);
	return 0;
}

/* Binds a time, with 0 ("none") as NULL. */
void
ledger_bind_time(sqlite3_stmt *st, int i, time_t t)
{
	if (t == 0)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_int64(st, i, (sqlite3_int64)t);
}

static int
ledger_user_version(struct ledger *l, int *version, char **err)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if (sqlite3_prepare_v2(l->db, "PRAGMA user_version", -1, &st,
	    NULL) != SQLITE_OK)
		return ledger_fail(l, err);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		*version = sqlite3_column_int(st, 0);
	else
		ledger_fail(l, err);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : -1;
}

/* Brings the schema up to LEDGER_VERSION in one transaction. The version
 * is read again inside it, in case another process migrated meanwhile. */
static int
ledger_migrate(struct ledger *l, char **err)
{
	char *sql = NULL, *msg;
	int version, rv = -1;

	if (ledger_user_version(l, &version, err) != 0)
		return -1;
	if (version == LEDGER_VERSION)
		return 0;
	if (sqlite3_exec(l->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) !=
	    SQLITE_OK)
		return ledger_fail(l, err);
	if (ledger_user_version(l, &version, err) != 0)
		goto out;
	if (version > LEDGER_VERSION) {
		msg = g_strdup_printf("schema version %d is newer than this "
		    "program's (%d)", version, LEDGER_VERSION);
		ledger_error(l->path, msg, err);
		g_free(msg);
		goto out;
	}
	for (int i = version; i < LEDGER_VERSION; i++) {
		if (sqlite3_exec(l->db, ledger_migrations[i], NULL, NULL,
		    NULL) != SQLITE_OK) {
			ledger_fail(l, err);
			goto out;
		}
	}
	sql = g_strdup_printf("PRAGMA user_version = %d", LEDGER_VERSION);
	if (sqlite3_exec(l->db, sql, NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_exec(l->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		ledger_fail(l, err);
		goto out;
	}
	rv = 0;
out:
	if (rv != 0 && !sqlite3_get_autocommit(l->db))
		sqlite3_exec(l->db, "ROLLBACK", NULL, NULL, NULL);
	g_free(sql);
	return rv;
}

/* SQLite would create the file 0644; it holds addresses and subjects.
 * Its -wal and -shm files take the database file's mode. */
static int
ledger_create_file(const char *path, char **err)
{
	int fd;

	fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (fd == -1)
		return ledger_error(path, g_strerror(errno), err);
	close(fd);
	return 0;
}

/* Two processes making a new ledger at once: the WAL switch of one can
 * be refused at once (SQLITE_BUSY without the busy handler, which does
 * not run where it could deadlock): tried again until busy_ms. */
static int
ledger_exec_busy(struct ledger *l, const char *sql, int busy_ms)
{
	gint64 until = g_get_monotonic_time() + (gint64)busy_ms * 1000;
	int rc;

	while (((rc = sqlite3_exec(l->db, sql, NULL, NULL, NULL)) & 0xff) ==
	    SQLITE_BUSY && g_get_monotonic_time() < until)
		g_usleep(10000 + g_random_int_range(0, 20000));
	return rc;
}

int
ledger_open(const char *path, int busy_ms, struct ledger **out, char **err)
{
	struct ledger *l;
	int rc;

	char *wal = g_strconcat(path, "-wal", NULL);
	struct stat sb;

	*out = NULL;
	if (ledger_create_file(path, err) != 0) {
		g_free(wal);
		return -1;
	}
	l = g_new0(struct ledger, 1);
	l->path = g_strdup(path);
	/* The last process to close the ledger removes its WAL: one left
	 * behind means a run was killed (or another one is running). */
	l->wal_left = stat(wal, &sb) == 0 && sb.st_size > 0;
	g_free(wal);
	rc = sqlite3_open_v2(path, &l->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE, NULL);
	if (rc != SQLITE_OK) {
		if (l->db == NULL)
			ledger_error(path, sqlite3_errstr(rc), err);
		else
			ledger_fail(l, err);
		goto fail;
	}
	sqlite3_extended_result_codes(l->db, 1);
	sqlite3_busy_timeout(l->db, busy_ms);
	/* Foreign keys are checked from after the migrations: one that
	 * rebuilds a table drops it while others refer to it. */
	if (ledger_exec_busy(l, "PRAGMA journal_mode = WAL;"
	    "PRAGMA synchronous = FULL;", busy_ms) != SQLITE_OK) {
		ledger_fail(l, err);
		goto fail;
	}
	if (ledger_migrate(l, err) != 0)
		goto fail;
	if (sqlite3_exec(l->db, "PRAGMA foreign_keys = ON;", NULL, NULL,
	    NULL) != SQLITE_OK) {
		ledger_fail(l, err);
		goto fail;
	}
	for (int i = 0; i < ST_COUNT; i++) {
		if (sqlite3_prepare_v3(l->db, ledger_sql[i], -1,
		    SQLITE_PREPARE_PERSISTENT, &l->st[i], NULL) != SQLITE_OK) {
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
	sqlite3_stmt *st = NULL;
	GString *why = NULL;
	time_t last = 0;
	int rc, rv = -1;

	if ((st = ledger_prepare(l, err, "SELECT value FROM meta"
	    " WHERE key = 'checked_at'", "")) == NULL)
		return -1;
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		last = (time_t)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return ledger_fail(l, err);
	/* After an unclean end at most once a minute, else every every_s. */
	if (now - last < (l->wal_left ? MIN(every_s, 60) : every_s) &&
	    last <= now)
		return 0;
	if (sqlite3_prepare_v2(l->db, "PRAGMA integrity_check(5)", -1, &st,
	    NULL) != SQLITE_OK)
		return ledger_fail(l, err);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(st, 0);

		if (t == NULL || strcmp(t, "ok") == 0)
			continue;
		if (why == NULL)
			why = g_string_new(NULL);
		g_string_append_printf(why, "%s%s", why->len ? "; " : "", t);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		ledger_fail(l, err);
		goto out;
	}
	if (why != NULL) {
		char *msg = g_strdup_printf("damaged (%s): mail is deferred "
		    "until it is repaired (RECOVERY in mailtriage(1))",
		    why->str);
		ledger_error(l->path, msg, err);
		g_free(msg);
		goto out;
	}
	if (ledger_exec(l, NULL, err, "INSERT OR REPLACE INTO meta (key, value)"
	    " VALUES ('checked_at', ?1)", "i", (long long)now) != 0)
		goto out;
	rv = 0;
out:
	if (why != NULL)
		g_string_free(why, TRUE);
	return rv;
}

void
ledger_close(struct ledger **lp)
{
	struct ledger *l;

	if (lp == NULL || (l = *lp) == NULL)
		return;
	for (int i = 0; i < ST_COUNT; i++)
		sqlite3_finalize(l->st[i]);
	sqlite3_close(l->db);
	g_free(l->path);
	g_free(l);
	*lp = NULL;
}

int
ledger_begin(struct ledger *l, char **err)
{
	return ledger_run(l, ST_BEGIN, err);
}

int
ledger_commit(struct ledger *l, char **err)
{
	return ledger_run(l, ST_COMMIT, err);
}

/* Back to waiting for the disk after a lazy transaction. */
static void
ledger_end_lazy(struct ledger *l)
{
	if (l->lazy)
		sqlite3_exec(l->db, "PRAGMA synchronous = FULL", NULL, NULL,
		    NULL);
	l->lazy = 0;
}

int
ledger_begin_lazy(struct ledger *l, char **err)
{
	if (sqlite3_exec(l->db, "PRAGMA synchronous = NORMAL", NULL, NULL,
	    NULL) != SQLITE_OK)
		return ledger_fail(l, err);
	l->lazy = 1;
	if (ledger_begin(l, err) != 0) {
		ledger_end_lazy(l);
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
	if (l != NULL && !sqlite3_get_autocommit(l->db))
		ledger_run(l, ST_ROLLBACK, NULL);
	if (l != NULL)
		ledger_end_lazy(l);
}

int
ledger_column_level(sqlite3_stmt *st, int i, int unknown)
{
	const char *t = (const char *)sqlite3_column_text(st, i);
	int l = t != NULL ? mt_level_parse(t) : -1;

	return l >= 0 ? l : unknown;
}

char *
ledger_column_text(sqlite3_stmt *st, int i)
{
	return g_strdup((const char *)sqlite3_column_text(st, i));
}

/* A row of LEDGER_ROW_COLUMNS; free with ledger_row_clear. */
static void
ledger_read_row(sqlite3_stmt *st, struct ledger_row *out)
{
	struct ledger_row r = { 0 };

	r.id = sqlite3_column_int64(st, 0);
	r.ticket = sqlite3_column_int64(st, 1);
	r.message_id = ledger_column_text(st, 2);
	r.body_hash = ledger_column_text(st, 3);
	r.from_addr = ledger_column_text(st, 4);
	r.subject = ledger_column_text(st, 5);
	r.received = (time_t)sqlite3_column_int64(st, 6);
	r.signals = ledger_column_text(st, 7);
	r.priority = (enum mt_level)ledger_column_level(st, 8, LEVEL_LOW);
	r.rules = ledger_column_text(st, 9);
	r.reasons = ledger_column_text(st, 10);
	r.folder = ledger_column_text(st, 11);
	r.file = ledger_column_text(st, 12);
	r.path = ledger_column_text(st, 13);
	r.sla_due = (time_t)sqlite3_column_int64(st, 14);
	r.delivered = sqlite3_column_int(st, 15);
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
	sqlite3_stmt *st = ledger_cached(l, ST_FIND, "tt", body_hash,
	    message_id);
	int rc, rv = -1;

	rc = sqlite3_step(st);
	if (rc == SQLITE_DONE) {
		rv = 0;
		goto out;
	}
	if (rc != SQLITE_ROW) {
		ledger_fail(l, err);
		goto out;
	}
	ledger_read_row(st, out);
	rv = 1;
out:
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rv;
}

static int
ledger_insert_ticket(struct ledger *l, const struct ledger_row *row,
    char **err)
{
	return ledger_cached_done(l, ledger_cached(l, ST_INSERT_TICKET,
	    "itttttTttT", (long long)row->received, row->from_addr,
	    row->subject, mt_level_name(row->priority), row->signals,
	    row->reasons, row->sla_due, row->subject_key, row->tier,
	    row->resolve_due), err);
}

static int
ledger_insert_row(struct ledger *l, const struct ledger_row *row,
    long long ticket, char **err)
{
	return ledger_cached_done(l, ledger_cached(l, ST_INSERT_MESSAGE,
	    "IttttitttttttTttt", ticket, row->message_id, row->body_hash,
	    row->from_addr, row->subject, (long long)row->received,
	    row->signals, mt_level_name(row->priority), row->rules,
	    row->reasons, row->folder, row->file, row->path, row->sla_due,
	    row->subject_key, row->tier,
	    row->auto_kind), err);
}

/* The ticket and the message go in together or not at all: a savepoint
 * works both inside the caller's transaction and without one. */
int
ledger_insert_message(struct ledger *l, struct ledger_row *row, char **err)
{
	long long ticket, id;

	if (ledger_run(l, ST_SAVEPOINT, err) != 0)
		return -1;
	if (row->ticket > 0 || row->auto_kind != NULL)
		ticket = row->ticket;	/* a follow-up joins its ticket;
					 * automatic mail opens none */
	else if (ledger_insert_ticket(l, row, err) != 0)
		goto fail;
	else
		ticket = sqlite3_last_insert_rowid(l->db);
	if (ledger_insert_row(l, row, ticket, err) != 0)
		goto fail;
	id = sqlite3_last_insert_rowid(l->db);
	if (ledger_run(l, ST_RELEASE, err) != 0)
		goto fail;
	row->ticket = ticket;
	row->id = id;
	row->delivered = 0;
	return 0;
fail:
	ledger_run(l, ST_ROLLBACK_TO, NULL);
	ledger_run(l, ST_RELEASE, NULL);
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
	if (sqlite3_changes(l->db) != 1) {
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
	sqlite3_stmt *st = ledger_stmt(l, ST_EACH);
	struct ledger_row r;
	int rc = SQLITE_DONE, stop = 0;

	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		ledger_read_row(st, &r);
		stop = fn(&r, arg);
		ledger_row_clear(&r);
	}
	if (!stop && rc != SQLITE_DONE) {
		ledger_fail(l, err);
		sqlite3_reset(st);
		return -1;
	}
	sqlite3_reset(st);
	return 0;
}

int
ledger_pending(struct ledger *l, time_t since, struct ledger_row **rows,
    size_t *n, char **err)
{
	sqlite3_stmt *st = ledger_cached(l, ST_PENDING, "i", (long long)since);
	GArray *a = g_array_new(FALSE, TRUE, sizeof(struct ledger_row));
	struct ledger_row r;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		ledger_read_row(st, &r);
		g_array_append_val(a, r);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
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
