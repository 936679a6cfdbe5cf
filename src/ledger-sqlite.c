/* The SQLite ledger: one file beside the mail, WAL and synchronous =
 * FULL, a busy database waited for up to the busy time. The only file
 * with sqlite3.h. */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>
#include <sqlite3.h>

#include "ledger.h"
#include "ledger-int.h"
#include "lock.h"

static const char *const sqlite_migrations[] = {
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
	/* 13: leases (ledger-lease.c): who polls an account now. */
	"CREATE TABLE leases ("
	"  name TEXT PRIMARY KEY, holder TEXT NOT NULL,"
	"  expires INTEGER NOT NULL);",
};
G_STATIC_ASSERT(G_N_ELEMENTS(sqlite_migrations) == LEDGER_VERSION);

struct sq {
	sqlite3 *db;
	int wal_left;		/* a WAL was there at open */
	int last_rc;		/* of the last failed call */
	struct lock *writer;	/* our turn to write (sq_begin) */
	int turn_fd;		/* the lock file, for the turns, or -1 */
	pid_t turn_pid;		/* the process that opened it */
	char *err;		/* an error of ours, not SQLite's */
};

/* The key of the writers' turn in the ledger's lock file (lock.h). */
#define SQ_WRITER_KEY	"\001writer"

struct sq_st {
	struct lst base;
	sqlite3_stmt *st;
};

struct ledger_lock {
	struct lock *lk;
};

#define SQ(l)	((struct sq *)(l)->conn)
#define SQST(s)	(((struct sq_st *)(void *)(s))->st)

/* least() and greatest() as PostgreSQL has them: NULLs are ignored. */
static void
sq_least_greatest(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	int greatest = sqlite3_user_data(ctx) != NULL;
	sqlite3_value *best = NULL;

	for (int i = 0; i < argc; i++) {
		if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
			continue;
		if (best == NULL || (greatest ?
		    sqlite3_value_int64(argv[i]) > sqlite3_value_int64(best) :
		    sqlite3_value_int64(argv[i]) < sqlite3_value_int64(best)))
			best = argv[i];
	}
	if (best == NULL)
		sqlite3_result_null(ctx);
	else
		sqlite3_result_value(ctx, best);
}

/* SQLite would create the file 0644; it holds addresses and subjects.
 * Its -wal and -shm files take the database file's mode. */
static int
sq_create_file(const char *path, char **err)
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
sq_exec_busy(struct ledger *l, const char *sql)
{
	gint64 until = g_get_monotonic_time() + (gint64)l->busy_ms * 1000;
	int rc;

	while (((rc = sqlite3_exec(SQ(l)->db, sql, NULL, NULL, NULL)) &
	    0xff) == SQLITE_BUSY && g_get_monotonic_time() < until)
		g_usleep(10000 + g_random_int_range(0, 20000));
	return rc;
}

static int
sq_open(struct ledger *l, const char *path, char **err)
{
	char *wal = g_strconcat(path, "-wal", NULL);
	struct sq *q;
	struct stat sb;
	int rc;

	if (sq_create_file(path, err) != 0) {
		g_free(wal);
		return -1;
	}
	q = g_new0(struct sq, 1);
	q->turn_fd = -1;
	l->conn = q;
	/* The last process to close the ledger removes its WAL: one left
	 * behind means a run was killed (or another one is running). */
	q->wal_left = stat(wal, &sb) == 0 && sb.st_size > 0;
	g_free(wal);
	rc = sqlite3_open_v2(path, &q->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE, NULL);
	if (rc != SQLITE_OK) {
		if (q->db == NULL)
			return ledger_error(path, sqlite3_errstr(rc), err);
		return ledger_fail(l, err);
	}
	sqlite3_extended_result_codes(q->db, 1);
	sqlite3_busy_timeout(q->db, l->busy_ms);
	if (sqlite3_create_function(q->db, "least", -1, SQLITE_UTF8 |
	    SQLITE_DETERMINISTIC, NULL, sq_least_greatest, NULL, NULL) !=
	    SQLITE_OK || sqlite3_create_function(q->db, "greatest", -1,
	    SQLITE_UTF8 | SQLITE_DETERMINISTIC, (void *)1, sq_least_greatest,
	    NULL, NULL) != SQLITE_OK)
		return ledger_fail(l, err);
	/* Foreign keys are checked from after the migrations
	 * (after_migrate): one that rebuilds a table drops it while others
	 * refer to it. */
	if (sq_exec_busy(l, "PRAGMA journal_mode = WAL;"
	    "PRAGMA synchronous = FULL;") != SQLITE_OK)
		return ledger_fail(l, err);
	return 0;
}

static void
sq_close(struct ledger *l)
{
	/* A forked child shares the parent's description of the lock
	 * file: unlocking the turn there would end the parent's. */
	if (SQ(l)->turn_pid == getpid())
		lock_release(&SQ(l)->writer);
	else
		lock_forget(&SQ(l)->writer);
	if (SQ(l)->turn_fd != -1 && SQ(l)->turn_pid == getpid())
		close(SQ(l)->turn_fd);
	g_free(SQ(l)->err);
	sqlite3_close(SQ(l)->db);
	g_free(l->conn);
	l->conn = NULL;
}

static struct lst *
sq_prepare(struct ledger *l, const char *sql, int keep)
{
	struct sq_st *s = g_new0(struct sq_st, 1);

	s->base.l = l;
	if (sqlite3_prepare_v3(SQ(l)->db, sql, -1, keep ?
	    SQLITE_PREPARE_PERSISTENT : 0, &s->st, NULL) != SQLITE_OK) {
		g_free(s);
		return NULL;
	}
	return &s->base;
}

static void
sq_bind(struct lst *st, int i, char type, long long v, const char *t)
{
	if (type == 'i')
		sqlite3_bind_int64(SQST(st), i, (sqlite3_int64)v);
	else if (type == 't')
		sqlite3_bind_text(SQST(st), i, t, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(SQST(st), i);
}

static int
sq_step(struct lst *st)
{
	int rc = sqlite3_step(SQST(st));

	if (rc == SQLITE_ROW)
		return LST_ROW;
	if (rc == SQLITE_DONE)
		return LST_DONE;
	return LST_ERROR;
}

static void
sq_reset(struct lst *st)
{
	sqlite3_reset(SQST(st));
	sqlite3_clear_bindings(SQST(st));
}

static void
sq_free(struct lst *st)
{
	sqlite3_finalize(SQST(st));
	g_free(st);
}

static long long
sq_col_int(struct lst *st, int i)
{
	return (long long)sqlite3_column_int64(SQST(st), i);
}

static const char *
sq_col_text(struct lst *st, int i)
{
	return (const char *)sqlite3_column_text(SQST(st), i);
}

static int
sq_changes(struct ledger *l)
{
	return sqlite3_changes(SQ(l)->db);
}

static const char *
sq_errmsg(struct ledger *l, int *damaged)
{
	int code = sqlite3_errcode(SQ(l)->db) & 0xff;

	if (SQ(l)->err != NULL) {
		*damaged = 0;
		return SQ(l)->err;
	}
	*damaged = code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
	return sqlite3_errmsg(SQ(l)->db);
}

static int
sq_script(struct ledger *l, const char *sql)
{
	g_clear_pointer(&SQ(l)->err, g_free);
	return sqlite3_exec(SQ(l)->db, sql, NULL, NULL, NULL) == SQLITE_OK ?
	    0 : -1;
}

static int
sq_in_transaction(struct ledger *l)
{
	return !sqlite3_get_autocommit(SQ(l)->db);
}

/* Writers take turns through a byte of the ledger's lock file before
 * BEGIN IMMEDIATE: a waiting process tries again within microseconds of
 * the last one's end rather than sleeping out SQLite's busy handler (1 to
 * 100 ms a try). The commit does not wait for the disk under the lock
 * (synchronous = NORMAL): sq_end syncs the WAL after the turn is given
 * up, so that the syncs of several writers overlap (group commit by the
 * kernel) while each still returns only once its own commit is on disk.
 * Other programs writing the file (sqlite3) still meet the busy
 * handler. */
static int
sq_begin(struct ledger *l, int lazy)
{
	struct sq *q = SQ(l);
	char *err = NULL;
	char *lp;
	int r;

	(void)lazy;
	lp = lock_path_for(l->path);
	/* The lock file stays open for the turns; a forked child opens
	 * its own (a shared description would not exclude the parent). */
	if (q->turn_fd == -1 || q->turn_pid != getpid()) {
		q->turn_fd = lock_file_open(lp, &err);
		q->turn_pid = getpid();
	}
	r = q->turn_fd == -1 ? -1 : lock_take_on(q->turn_fd, lp,
	    SQ_WRITER_KEY, l->busy_ms, &q->writer, &err);
	g_free(lp);
	if (r != 0) {
		g_clear_pointer(&q->err, g_free);
		q->err = r == 1 ? g_strdup_printf("database is locked: "
		    "another writer held it for %d ms ([general] "
		    "ledger_timeout)", l->busy_ms) : err;
		if (r == 1)
			g_free(err);
		return -1;
	}
	if (sq_script(l, "PRAGMA synchronous = NORMAL") != 0 ||
	    sq_script(l, "BEGIN IMMEDIATE") != 0) {
		char *keep = g_strdup(sqlite3_errmsg(q->db));

		sq_script(l, "PRAGMA synchronous = FULL");
		lock_release(&q->writer);
		q->err = keep;
		return -1;
	}
	return 0;
}

/* The WAL's own file as SQLite has it open: synced as SQLite would. */
static int
sq_sync_wal(struct ledger *l)
{
	struct sq *q = SQ(l);
	sqlite3_file *f = NULL;
	int rc;

	rc = sqlite3_file_control(q->db, "main",
	    SQLITE_FCNTL_JOURNAL_POINTER, &f);
	if (rc != SQLITE_OK || f == NULL || f->pMethods == NULL) {
		/* No WAL open: the commit was checkpointed away, which
		 * synced the database file. */
		return 0;
	}
	if ((rc = f->pMethods->xSync(f, SQLITE_SYNC_NORMAL)) != SQLITE_OK) {
		g_clear_pointer(&q->err, g_free);
		q->err = g_strdup_printf("syncing the ledger's WAL: %s",
		    sqlite3_errstr(rc));
		return -1;
	}
	return 0;
}

static int
sq_end(struct ledger *l, int sync)
{
	struct sq *q = SQ(l);
	int rc = 0;

	if (q->writer == NULL)
		return 0;
	sqlite3_exec(q->db, "PRAGMA synchronous = FULL", NULL, NULL, NULL);
	lock_release(&q->writer);
	if (sync)
		rc = sq_sync_wal(l);
	return rc;
}

static int
sq_version(struct ledger *l, int *version)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if (sqlite3_prepare_v2(SQ(l)->db, "PRAGMA user_version", -1, &st,
	    NULL) != SQLITE_OK)
		return -1;
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		*version = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : -1;
}

static int
sq_set_version(struct ledger *l, int v)
{
	char *sql = g_strdup_printf("PRAGMA user_version = %d", v);
	int rc = sq_script(l, sql);

	g_free(sql);
	return rc;
}

static const char *
sq_migration(int from, int *to)
{
	if (from < 0 || from >= LEDGER_VERSION)
		return NULL;
	*to = from + 1;
	return sqlite_migrations[from];
}

static int
sq_verify(struct ledger *l, int every_s, time_t now, char **err)
{
	struct lst *q;
	sqlite3_stmt *st = NULL;
	GString *why = NULL;
	time_t last = 0;
	int rc, rv = -1;

	if ((q = ledger_prepare(l, err, "SELECT value FROM meta"
	    " WHERE key = 'checked_at'", "")) == NULL)
		return -1;
	if ((rc = lst_step(q)) == LST_ROW)
		last = (time_t)lst_int(q, 0);
	lst_free(q);
	if (rc == LST_ERROR)
		return ledger_fail(l, err);
	/* After an unclean end at most once a minute, else every every_s. */
	if (now - last < (SQ(l)->wal_left ? MIN(every_s, 60) : every_s) &&
	    last <= now)
		return 0;
	if (sqlite3_prepare_v2(SQ(l)->db, "PRAGMA integrity_check(5)", -1,
	    &st, NULL) != SQLITE_OK)
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
	if (ledger_exec(l, NULL, err, "INSERT INTO meta (key, value)"
	    " VALUES ('checked_at', ?1) ON CONFLICT (key) DO UPDATE"
	    " SET value = excluded.value", "i", (long long)now) != 0)
		goto out;
	rv = 0;
out:
	if (why != NULL)
		g_string_free(why, TRUE);
	return rv;
}

static int
sq_lock(struct ledger *l, const char *key, int wait_ms,
    struct ledger_lock **out, char **err)
{
	char *path = lock_path_for(l->path);
	struct lock *lk = NULL;
	int rc = lock_take(path, key, wait_ms, &lk, err);

	g_free(path);
	*out = NULL;
	if (rc == 0) {
		*out = g_new(struct ledger_lock, 1);
		(*out)->lk = lk;
	}
	return rc;
}

static void
sq_unlock(struct ledger_lock *lk)
{
	lock_release(&lk->lk);
	g_free(lk);
}

static int
sq_has_table(struct ledger *l, const char *name)
{
	return ledger_exists(l, NULL, "SELECT 1 FROM sqlite_master"
	    " WHERE type = 'table' AND name = ?1", "t", name);
}

const struct ledger_backend ledger_sqlite = {
	.name = "sqlite",
	.open = sq_open,
	.close = sq_close,
	.prepare = sq_prepare,
	.bind = sq_bind,
	.step = sq_step,
	.reset = sq_reset,
	.free = sq_free,
	.col_int = sq_col_int,
	.col_text = sq_col_text,
	.changes = sq_changes,
	.errmsg = sq_errmsg,
	.script = sq_script,
	.in_transaction = sq_in_transaction,
	.begin = sq_begin,
	.end = sq_end,
	.version = sq_version,
	.set_version = sq_set_version,
	.migration = sq_migration,
	.after_migrate = "PRAGMA foreign_keys = ON",
	.verify = sq_verify,
	.lock = sq_lock,
	.unlock = sq_unlock,
	.has_table = sq_has_table,
};
