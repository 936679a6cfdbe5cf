/* Tests for the ledger, on real database files in a temp dir. The schema
 * is checked through the API and the SQLite file header, so that sqlite3.h
 * stays in ledger-sqlite.c alone.
 *
 * With MT_TEST_PG set (a ledger URL with @DB@ for the database name, as
 * tests/e2e/ledger-pg.sh sets it) the same tests run against PostgreSQL,
 * each in a fresh database, but those about the SQLite file. */
#define _GNU_SOURCE	/* nftw's FTW_PHYS */
#include <sys/stat.h>

#include <fcntl.h>
#include <ftw.h>
#include <sys/wait.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>
#include <glib.h>

#include "ledger.h"

#define BUSY_MS 100

static char *tmpdir, *dbpath, *pgdb;

/* The server's URL for database name. Caller frees. */
static char *
pg_url(const char *name)
{
	const char *tpl = getenv("MT_TEST_PG");
	const char *at = strstr(tpl, "@DB@");

	ck_assert_ptr_nonnull(at);
	return g_strdup_printf("%.*s%s%s", (int)(at - tpl), tpl, name,
	    at + 4);
}

/* Runs one statement with psql on the test server's database name. */
static void
pg_psql(const char *db, const char *sql)
{
	char *url = pg_url(db);
	char *argv[] = { "psql", "-X", "-q", "-d", url, "-c", (char *)sql,
	    NULL };
	GError *e = NULL;
	int status = -1;

	ck_assert_msg(g_spawn_sync(NULL, argv, NULL, G_SPAWN_SEARCH_PATH,
	    NULL, NULL, NULL, NULL, &status, &e), "psql: %s",
	    e != NULL ? e->message : "?");
	ck_assert_msg(g_spawn_check_wait_status(status, NULL), "psql %s",
	    sql);
	g_free(url);
}

static int
rm_one(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	return remove(path);
}

static void
setup(void)
{
	tmpdir = g_dir_make_tmp("check_ledger.XXXXXX", NULL);
	ck_assert_ptr_nonnull(tmpdir);
	if (getenv("MT_TEST_PG") == NULL) {
		dbpath = g_build_filename(tmpdir, "ledger.db", NULL);
		return;
	}
	/* A fresh database per test (the fork of each test has its pid). */
	pgdb = g_strdup_printf("check_ledger_%d", (int)getpid());
	{
		char *create = g_strdup_printf("CREATE DATABASE %s", pgdb);

		pg_psql("postgres", create);
		g_free(create);
	}
	dbpath = pg_url(pgdb);
}

static void
teardown(void)
{
	nftw(tmpdir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	if (pgdb != NULL) {
		char *drop = g_strdup_printf("DROP DATABASE IF EXISTS %s WITH"
		    " (FORCE)", pgdb);

		pg_psql("postgres", drop);
		g_free(drop);
		g_clear_pointer(&pgdb, g_free);
	}
	g_free(dbpath);
	g_free(tmpdir);
}

static struct ledger *
open_ok(void)
{
	struct ledger *l = NULL;
	char *err = NULL;

	ck_assert_msg(ledger_open(dbpath, BUSY_MS, &l, &err) == 0, "%s", err);
	ck_assert_ptr_nonnull(l);
	return l;
}

/* A big-endian 32-bit field of the database file header (read after the
 * last connection closed, when the WAL has been checkpointed). */
static unsigned long
header_u32(size_t off)
{
	unsigned char b[4];
	FILE *fp = fopen(dbpath, "rb");

	ck_assert_ptr_nonnull(fp);
	ck_assert_int_eq(fseek(fp, (long)off, SEEK_SET), 0);
	ck_assert_uint_eq(fread(b, 1, 4, fp), 4);
	fclose(fp);
	return (unsigned long)b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3];
}

static void
set_header_u32(size_t off, unsigned long v)
{
	unsigned char b[4] = { v >> 24, v >> 16, v >> 8, v };
	int fd = open(dbpath, O_WRONLY);

	ck_assert_int_ne(fd, -1);
	ck_assert_int_eq(pwrite(fd, b, 4, (off_t)off), 4);
	close(fd);
}

START_TEST(test_open_schema)
{
	struct ledger *l;
	struct stat sb;
	char *wal;

	for (int pass = 0; pass < 2; pass++) {	/* reopen is idempotent */
		l = open_ok();
		ck_assert_int_eq(stat(dbpath, &sb), 0);
		ck_assert_int_eq(sb.st_mode & 0777, 0600);
		wal = g_strconcat(dbpath, "-wal", NULL);
		if (stat(wal, &sb) == 0)	/* takes the database's mode */
			ck_assert_int_eq(sb.st_mode & 0777, 0600);
		g_free(wal);
		ledger_close(&l);
		ck_assert_ptr_null(l);
		/* user_version: every migration ran (2: threads and tiers) */
		ck_assert_uint_ge(header_u32(60), 2);
		/* bytes 18, 19: file format versions 2, 2 mean WAL */
		ck_assert_uint_eq(header_u32(16) & 0xffff, 0x0202);
	}
	ledger_close(&l);	/* NULL-safe */
	ledger_close(NULL);
}
END_TEST

START_TEST(test_open_newer)
{
	struct ledger *l = open_ok();
	char *err = NULL;

	ledger_close(&l);
	set_header_u32(60, 99);
	ck_assert_int_eq(ledger_open(dbpath, BUSY_MS, &l, &err), -1);
	ck_assert_ptr_null(l);
	ck_assert_ptr_nonnull(strstr(err, "schema version 99 is newer"));
	g_free(err);
}
END_TEST

START_TEST(test_open_unwritable)
{
	struct ledger *l = NULL;
	char *file = g_build_filename(tmpdir, "file", NULL);
	char *path = g_build_filename(file, "ledger.db", NULL);
	char *err = NULL, *want;

	ck_assert(g_file_set_contents(file, "x", 1, NULL));
	ck_assert_int_eq(ledger_open(path, BUSY_MS, &l, &err), -1);
	ck_assert_ptr_null(l);
	want = g_strdup_printf("ledger %s: Not a directory", path);
	ck_assert_str_eq(err, want);
	g_free(want);
	g_free(err);
	g_free(path);
	g_free(file);
}
END_TEST

START_TEST(test_open_not_a_database)
{
	struct ledger *l = NULL;
	char *err = NULL, *prefix;

	ck_assert(g_file_set_contents(dbpath, "this is not SQLite, not at all"
	    " and long enough to have a header ............................"
	    "..............................................................",
	    -1, NULL));
	ck_assert_int_eq(ledger_open(dbpath, BUSY_MS, &l, &err), -1);
	prefix = g_strdup_printf("ledger %s: ", dbpath);
	ck_assert(g_str_has_prefix(err, prefix));
	g_free(prefix);
	g_free(err);
}
END_TEST

static const struct ledger_row rows[] = {
	{ .message_id = "abc@example.com", .body_hash = "00ff",
	    .from_addr = "a@example.com", .subject = "Site down",
	    .received = 1700000000, .signals = "outage,payment",
	    .priority = LEVEL_CRITICAL, .rules = "outage/site_down pay/x",
	    .reasons = "subject: \"down\"", .folder = "Urgent",
	    .file = "1700000000.M1P2Q3.host,S=10", .path = NULL,
	    .sla_due = 1700003600 },
	{ .message_id = NULL, .body_hash = "beef", .from_addr = NULL,
	    .subject = NULL, .received = 1, .signals = "none",
	    .priority = LEVEL_LOW, .rules = NULL, .reasons = NULL, .folder = "",
	    .file = NULL, .path = NULL, .sla_due = 0 },
	{ .message_id = "x@y", .body_hash = "cafe",
	    .from_addr = "\xc3\xa9@example.com", .subject = "caf\xc3\xa9",
	    .received = 2000000000, .signals = "safety", .priority = LEVEL_HIGH,
	    .rules = "safety/threat", .reasons = "", .folder = "A.B",
	    .file = "f", .path = "/m/new/f", .sla_due = 2000000060 },
};

static void
assert_str_or_null(const char *got, const char *want, const char *what)
{
	if (want == NULL)
		ck_assert_msg(got == NULL, "%s: want NULL", what);
	else {
		ck_assert_msg(got != NULL, "%s: got NULL", what);
		ck_assert_msg(strcmp(got, want) == 0, "%s: \"%s\" != \"%s\"",
		    what, got, want);
	}
}

START_TEST(test_round_trip)
{
	struct ledger *l = open_ok();
	struct ledger_row in = rows[_i], out = { 0 };
	char *err = NULL;

	ck_assert_int_eq(ledger_insert_message(l, &in, &err), 0);
	ck_assert_int_gt(in.id, 0);
	ck_assert_int_gt(in.ticket, 0);
	/* Found again from another connection: it is on disk. */
	ledger_close(&l);
	l = open_ok();
	ck_assert_int_eq(ledger_find_message(l, in.message_id, in.body_hash,
	    &out, &err), 1);
	ck_assert_int_eq(out.id, in.id);
	ck_assert_int_eq(out.ticket, in.ticket);
	assert_str_or_null(out.message_id, in.message_id, "message_id");
	assert_str_or_null(out.body_hash, in.body_hash, "body_hash");
	assert_str_or_null(out.from_addr, in.from_addr, "from_addr");
	assert_str_or_null(out.subject, in.subject, "subject");
	ck_assert_int_eq(out.received, in.received);
	assert_str_or_null(out.signals, in.signals, "signals");
	ck_assert_int_eq(out.priority, in.priority);
	assert_str_or_null(out.rules, in.rules, "rules");
	assert_str_or_null(out.reasons, in.reasons, "reasons");
	assert_str_or_null(out.folder, in.folder, "folder");
	assert_str_or_null(out.file, in.file, "file");
	assert_str_or_null(out.path, in.path, "path");
	ck_assert_int_eq(out.sla_due, in.sla_due);
	ck_assert_int_eq(out.delivered, 0);
	ledger_row_clear(&out);
	ck_assert_ptr_null(out.body_hash);
	ck_assert_int_eq(out.id, 0);
	ledger_row_clear(NULL);
	ledger_close(&l);
}
END_TEST

/* Which (message_id, body_hash) finds which inserted row (-1: none). */
static const struct {
	const char *message_id, *body_hash;
	int row;
} find_cases[] = {
	{ "m1@x", "h1", 0 },
	{ NULL, "h1", 1 },
	{ "m1@x", "h2", -1 },	/* same id, different body */
	{ "m2@x", "h1", -1 },	/* same body, different id */
	{ NULL, "h2", -1 },
	{ "", "h1", -1 },	/* empty is not NULL */
	{ "m3@x", "h3", 3 },	/* newest of two */
};

START_TEST(test_find)
{
	static const struct { const char *mid, *hash; } ins[] = {
		{ "m1@x", "h1" }, { NULL, "h1" }, { "m3@x", "h3" },
		{ "m3@x", "h3" },
	};
	long long ids[G_N_ELEMENTS(ins)];
	struct ledger *l = open_ok();
	struct ledger_row out = { 0 };
	char *err = NULL;
	int rv;

	for (size_t i = 0; i < G_N_ELEMENTS(ins); i++) {
		struct ledger_row r = { .message_id = (char *)ins[i].mid,
		    .body_hash = (char *)ins[i].hash, .received = 5 };

		ck_assert_int_eq(ledger_insert_message(l, &r, &err), 0);
		ids[i] = r.id;
	}
	ck_assert_int_ne(ids[2], ids[3]);
	rv = ledger_find_message(l, find_cases[_i].message_id,
	    find_cases[_i].body_hash, &out, &err);
	if (find_cases[_i].row < 0) {
		ck_assert_int_eq(rv, 0);
		ck_assert_ptr_null(out.body_hash);
	} else {
		ck_assert_int_eq(rv, 1);
		ck_assert_int_eq(out.id, ids[find_cases[_i].row]);
	}
	ledger_row_clear(&out);
	ledger_close(&l);
}
END_TEST

START_TEST(test_file_and_delivered)
{
	struct ledger *l = open_ok();
	struct ledger_row r = rows[0], out = { 0 };
	char *err = NULL;

	ck_assert_int_eq(ledger_insert_message(l, &r, &err), 0);
	ck_assert_int_eq(ledger_set_file(l, r.id, "newname", &err), 0);
	ck_assert_int_eq(ledger_mark_delivered(l, r.id, "/m/new/newname",
	    &err), 0);
	ck_assert_int_eq(ledger_find_message(l, r.message_id, r.body_hash,
	    &out, &err), 1);
	ck_assert_str_eq(out.file, "newname");
	ck_assert_str_eq(out.path, "/m/new/newname");
	ck_assert_int_eq(out.delivered, 1);
	ledger_row_clear(&out);

	ck_assert_int_eq(ledger_set_file(l, r.id + 100, "x", &err), -1);
	ck_assert_ptr_nonnull(strstr(err, "no message"));
	g_free(err);
	err = NULL;
	ck_assert_int_eq(ledger_mark_delivered(l, r.id + 100, "x", &err), -1);
	ck_assert_ptr_nonnull(err);
	g_free(err);
	ledger_close(&l);
}
END_TEST

START_TEST(test_transactions)
{
	struct ledger *l = open_ok();
	struct ledger_row a = rows[0], b = rows[2], out = { 0 };
	char *err = NULL;

	ck_assert_int_eq(ledger_begin(l, &err), 0);
	ck_assert_int_eq(ledger_insert_message(l, &a, &err), 0);
	ck_assert_int_eq(ledger_commit(l, &err), 0);

	ck_assert_int_eq(ledger_begin(l, &err), 0);
	ck_assert_int_eq(ledger_insert_message(l, &b, &err), 0);
	ck_assert_int_eq(ledger_find_message(l, b.message_id, b.body_hash,
	    &out, &err), 1);
	ledger_row_clear(&out);
	ledger_rollback(l);
	ledger_rollback(l);	/* harmless outside a transaction */

	ck_assert_int_eq(ledger_find_message(l, a.message_id, a.body_hash,
	    &out, &err), 1);
	ledger_row_clear(&out);
	ck_assert_int_eq(ledger_find_message(l, b.message_id, b.body_hash,
	    &out, &err), 0);

	/* A commit with no transaction is an error, with the path. */
	ck_assert_int_eq(ledger_commit(l, &err), -1);
	ck_assert(g_str_has_prefix(err, "ledger "));
	g_free(err);
	ledger_close(&l);
}
END_TEST

/* One connection holds the write lock; the other gives up after its busy
 * timeout, which is what makes deliver tempfail. */
START_TEST(test_busy)
{
	struct ledger *a = open_ok(), *b = open_ok();
	struct ledger_row r = rows[0], out = { 0 };
	char *err = NULL, *prefix;
	gint64 t0, ms;

	ck_assert_int_eq(ledger_begin(a, &err), 0);
	ck_assert_int_eq(ledger_insert_message(a, &r, &err), 0);

	t0 = g_get_monotonic_time();
	ck_assert_int_eq(ledger_begin(b, &err), -1);
	ms = (g_get_monotonic_time() - t0) / 1000;
	ck_assert_msg(ms >= BUSY_MS / 2, "gave up after %lld ms",
	    (long long)ms);
	prefix = g_strdup_printf("ledger %s: ", dbpath);
	ck_assert(g_str_has_prefix(err, prefix));
	ck_assert_ptr_nonnull(strstr(err, "lock"));
	g_free(prefix);
	g_free(err);
	err = NULL;

	/* Readers are not blocked (WAL), and see only committed rows. */
	ck_assert_int_eq(ledger_find_message(b, r.message_id, r.body_hash,
	    &out, &err), 0);
	ck_assert_int_eq(ledger_commit(a, &err), 0);
	ck_assert_int_eq(ledger_begin(b, &err), 0);
	ck_assert_int_eq(ledger_find_message(b, r.message_id, r.body_hash,
	    &out, &err), 1);
	ledger_row_clear(&out);
	ck_assert_int_eq(ledger_commit(b, &err), 0);

	/* A lazy transaction takes the same turn. */
	ck_assert_int_eq(ledger_begin(a, &err), 0);
	ck_assert_int_eq(ledger_begin_lazy(b, &err), -1);
	g_clear_pointer(&err, g_free);
	ledger_rollback(a);
	ck_assert_int_eq(ledger_begin_lazy(b, &err), 0);
	ck_assert_int_eq(ledger_commit_lazy(b, &err), 0);
	ledger_close(&b);
	ledger_close(&a);
}
END_TEST

/* A writer killed in its transaction leaves no turn held: the next one
 * begins at once. */
START_TEST(test_busy_killed)
{
	struct ledger *a = open_ok(), *b;
	char *err = NULL;
	int fds[2], status;
	pid_t pid;
	char c;

	ck_assert_int_eq(pipe(fds), 0);
	if ((pid = fork()) == 0) {
		struct ledger *k = open_ok();
		struct ledger_row r = rows[1];

		if (ledger_begin(k, &err) != 0 ||
		    ledger_insert_message(k, &r, &err) != 0)
			_exit(1);
		if (write(fds[1], "x", 1) != 1)
			_exit(1);
		pause();
		_exit(0);
	}
	ck_assert_int_eq(read(fds[0], &c, 1), 1);
	b = open_ok();
	ck_assert_int_eq(ledger_begin(b, &err), -1);	/* held */
	g_clear_pointer(&err, g_free);
	kill(pid, SIGKILL);
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert_int_eq(ledger_begin(b, &err), 0);
	ck_assert_int_eq(ledger_commit(b, &err), 0);
	close(fds[0]);
	close(fds[1]);
	ledger_close(&b);
	ledger_close(&a);
}
END_TEST

/* Automatic mail opens no ticket; pending rows with a file are listed
 * until marked; the integrity check passes on a sound ledger. */
START_TEST(test_auto_pending_verify)
{
	struct ledger *l = open_ok();
	struct ledger_row cust = { .message_id = "c@x", .body_hash = "hc",
	    .from_addr = "a@x", .received = 1000, .priority = LEVEL_LOW,
	    .folder = "Triage.Low", .file = "f1" };
	struct ledger_row oof = { .message_id = "o@x", .body_hash = "ho",
	    .from_addr = "a@x", .received = 1001, .priority = LEVEL_LOW,
	    .folder = "Triage.Auto", .auto_kind = "auto-reply" };
	struct ledger_row *pend = NULL;
	long long n_from = 0;
	size_t n = 0;
	char *err = NULL;

	ck_assert_int_eq(ledger_insert_message(l, &cust, &err), 0);
	ck_assert_int_eq(ledger_insert_message(l, &oof, &err), 0);
	ck_assert_int_eq(oof.ticket, 0);	/* no ticket opened */
	/* Automatic mail is no contact of its sender. */
	ck_assert_int_eq(ledger_count_from(l, "a@x", 0, 0, &n_from, &err), 0);
	ck_assert_int_eq(n_from, 1);
	/* Recorded before a row: counts only what came before it. */
	ck_assert_int_eq(ledger_count_from(l, "a@x", 0, cust.id, &n_from,
	    &err), 0);
	ck_assert_int_eq(n_from, 0);
	ck_assert_int_eq(ledger_pending(l, 2000, &pend, &n, &err), 0);
	ck_assert_uint_eq(n, 0);	/* older than since */
	ledger_rows_free(pend, n);
	ck_assert_int_eq(ledger_pending(l, 0, &pend, &n, &err), 0);
	ck_assert_uint_eq(n, 1);	/* the customer's: it planned a file */
	ck_assert_str_eq(pend[0].message_id, "c@x");
	ledger_rows_free(pend, n);
	ck_assert_int_eq(ledger_mark_delivered(l, cust.id, "/p", &err), 0);
	ck_assert_int_eq(ledger_pending(l, 0, &pend, &n, &err), 0);
	ck_assert_uint_eq(n, 0);
	ledger_rows_free(pend, n);
	ck_assert_msg(ledger_verify(l, 0, 2000, &err) == 0, "%s", err);
	ck_assert_msg(ledger_verify(l, 3600, 2001, &err) == 0, "%s", err);
	ledger_close(&l);
}
END_TEST

/* An acknowledgement: recorded, then sent; a second for the ticket is
 * refused; one to the same address within the interval too; a bounce of
 * it marks the address undeliverable. */
START_TEST(test_acks)
{
	struct ledger *l = open_ok();
	struct ledger_row r1 = { .message_id = "1@x", .body_hash = "h1",
	    .from_addr = "a@x", .received = 1000, .priority = LEVEL_HIGH };
	struct ledger_row r2 = { .message_id = "2@x", .body_hash = "h2",
	    .from_addr = "a@x", .received = 1100, .priority = LEVEL_LOW };
	char *err = NULL, *rec = NULL, *to = NULL;

	ck_assert_int_eq(ledger_insert_message(l, &r1, &err), 0);
	ck_assert_int_eq(ledger_insert_message(l, &r2, &err), 0);
	ck_assert_int_eq(ledger_ack_reserve(l, r1.ticket, "a@x", "ack1@us",
	    "the text", 1000, 1000 - 86400, &rec, &err), LEDGER_ACK_SEND);
	/* Died before marking: the retry gets the recorded bytes. */
	ck_assert_int_eq(ledger_ack_reserve(l, r1.ticket, "a@x", "ack1@us",
	    "other", 1010, 1010 - 86400, &rec, &err), LEDGER_ACK_UNSENT);
	ck_assert_str_eq(rec, "the text");
	g_free(rec);
	ck_assert_int_eq(ledger_ack_sent(l, r1.ticket, &err), 0);
	ck_assert_int_eq(ledger_ack_reserve(l, r1.ticket, "a@x", "ack1@us",
	    "x", 1020, 1020 - 86400, &rec, &err), LEDGER_ACK_SENT);
	ck_assert_ptr_null(rec);
	ck_assert_int_eq(ledger_ack_reserve(l, r2.ticket, "a@x", "ack2@us",
	    "x", 1100, 1100 - 86400, &rec, &err), LEDGER_ACK_RECENT);
	ck_assert_int_eq(ledger_ack_reserve(l, r2.ticket, "a@x", "ack2@us",
	    "x", 1100 + 90000, 1100 + 90000 - 86400, &rec, &err),
	    LEDGER_ACK_SEND);
	/* A reply to the acknowledgement joins its ticket. */
	{
		const char *ids[] = { "ack1@us" };
		struct ledger_ticket tk;

		ck_assert_int_eq(ledger_find_thread(l, ids, 1, 0, NULL, NULL,
		    0, 0, &tk, &err), 1);
		ck_assert_int_eq(tk.id, r1.ticket);
	}
	ck_assert_int_eq(ledger_is_undeliverable(l, "a@x", &err), 0);
	ck_assert_int_eq(ledger_undeliverable(l, "nobody@us", "5.1.1", 2000,
	    &to, &err), 0);	/* not our mail */
	ck_assert_int_eq(ledger_undeliverable(l, "ack1@us", "5.1.1", 2000,
	    &to, &err), 1);
	ck_assert_str_eq(to, "a@x");
	g_free(to);
	ck_assert_int_eq(ledger_is_undeliverable(l, "a@x", &err), 1);
	ledger_close(&l);
}
END_TEST

/* Locks that die with their holder, for every process on the ledger:
 * the second taker is refused (or waits), the release or the holder's
 * end frees it, and keys do not block each other. */
START_TEST(test_locks)
{
	struct ledger *a = open_ok(), *b = open_ok();
	struct ledger_lock *la = NULL, *lb = NULL, *lc = NULL;
	char *err = NULL;
	gint64 t0;

	ck_assert_int_eq(ledger_lock(a, "msg\n1", 0, &la, &err), 0);
	ck_assert_ptr_nonnull(la);
	ck_assert_int_eq(ledger_lock(b, "msg\n1", 0, &lb, &err), 1);
	ck_assert_ptr_null(lb);
	t0 = g_get_monotonic_time();
	ck_assert_int_eq(ledger_lock(b, "msg\n1", 150, &lb, &err), 1);
	ck_assert_int_ge((g_get_monotonic_time() - t0) / 1000, 140);
	ck_assert_int_eq(ledger_lock(b, "msg\n2", 0, &lc, &err), 0);
	ledger_unlock(b, &lc);
	ck_assert_ptr_null(lc);
	ledger_unlock(a, &la);
	ck_assert_ptr_null(la);
	ledger_close(&b);
	/* A holder killed without releasing it: free again. */
	{
		int fds[2], status;
		pid_t kid;
		char c;

		ck_assert_int_eq(pipe(fds), 0);
		if ((kid = fork()) == 0) {
			struct ledger *k = open_ok();
			struct ledger_lock *lk = NULL;

			if (ledger_lock(k, "msg\n1", 0, &lk, &err) == 0)
				ck_assert_int_eq(write(fds[1], "x", 1), 1);
			pause();
			_exit(0);
		}
		ck_assert_int_eq(read(fds[0], &c, 1), 1);
		ck_assert_int_eq(ledger_lock(a, "msg\n1", 0, &la, &err), 1);
		kill(kid, SIGKILL);
		ck_assert_int_eq(waitpid(kid, &status, 0), kid);
		close(fds[0]);
		close(fds[1]);
	}
	ck_assert_int_eq(ledger_lock(a, "msg\n1", 2000, &la, &err), 0);
	ledger_unlock(a, &la);
	ledger_unlock(a, &la);	/* NULL-safe */
	ledger_close(&a);
}
END_TEST

/* Leases: one holder at a time; its own renewal, expiry or a holder
 * known to be gone hands it over; a release frees it. */
START_TEST(test_leases)
{
	struct ledger *a = open_ok(), *b = open_ok();
	char *err = NULL, *other = NULL;

	ck_assert_int_eq(ledger_lease(a, "poll\nx", "h:1", 1000, 60, NULL,
	    &other, &err), 1);
	ck_assert_ptr_null(other);
	ck_assert_int_eq(ledger_lease(b, "poll\nx", "h:2", 1030, 60, NULL,
	    &other, &err), 0);
	ck_assert_str_eq(other, "h:1");
	g_free(other);
	/* Renewed by its holder: still not free when the first term ends. */
	ck_assert_int_eq(ledger_lease(a, "poll\nx", "h:1", 1050, 60, NULL,
	    &other, &err), 1);
	ck_assert_int_eq(ledger_lease(b, "poll\nx", "h:2", 1070, 60, NULL,
	    &other, &err), 0);
	g_free(other);
	/* Another name is another lease. */
	ck_assert_int_eq(ledger_lease(b, "poll\ny", "h:2", 1070, 60, NULL,
	    &other, &err), 1);
	/* A wrong guess at who is gone changes nothing ... */
	ck_assert_int_eq(ledger_lease(b, "poll\nx", "h:2", 1070, 60, "h:9",
	    &other, &err), 0);
	g_free(other);
	/* ... the holder gone hands it over at once. */
	ck_assert_int_eq(ledger_lease(b, "poll\nx", "h:2", 1070, 60, "h:1",
	    &other, &err), 1);
	ck_assert_int_eq(ledger_lease(a, "poll\nx", "h:1", 1080, 60, NULL,
	    &other, &err), 0);
	ck_assert_str_eq(other, "h:2");
	g_free(other);
	/* Expired: anyone's. */
	ck_assert_int_eq(ledger_lease(a, "poll\nx", "h:1", 1130, 60, NULL,
	    &other, &err), 1);
	/* Released only by its holder. */
	ck_assert_int_eq(ledger_lease_release(b, "poll\nx", "h:2", &err), 0);
	ck_assert_int_eq(ledger_lease(b, "poll\nx", "h:2", 1140, 60, NULL,
	    &other, &err), 0);
	g_free(other);
	ck_assert_int_eq(ledger_lease_release(a, "poll\nx", "h:1", &err), 0);
	ck_assert_int_eq(ledger_lease(b, "poll\nx", "h:2", 1141, 60, NULL,
	    &other, &err), 1);
	ledger_close(&a);
	ledger_close(&b);
}
END_TEST

/* A server that is not there: an error naming the ledger, never its
 * password. */
START_TEST(test_pg_unreachable)
{
	struct ledger *l = NULL;
	char *err = NULL;
	char *url = g_strdup_printf("postgresql://mt:s3cret@/nodb?host=%s"
	    "&port=1", tmpdir);

	ck_assert_int_eq(ledger_open(url, BUSY_MS, &l, &err), -1);
	ck_assert_ptr_null(l);
	ck_assert_msg(g_str_has_prefix(err, "ledger postgresql://mt@/nodb"),
	    "%s", err);
	ck_assert_msg(strstr(err, "s3cret") == NULL, "%s", err);
	g_free(err);
	g_free(url);
}
END_TEST

/* Two gateways creating the schema at once: both open, one schema. */
START_TEST(test_pg_migrate_race)
{
	pid_t kids[4];
	int status;

	for (size_t i = 0; i < G_N_ELEMENTS(kids); i++) {
		if ((kids[i] = fork()) == 0) {
			struct ledger *l = NULL;
			char *err = NULL;

			_exit(ledger_open(dbpath, 5000, &l, &err) == 0 ? 0 : 1);
		}
	}
	for (size_t i = 0; i < G_N_ELEMENTS(kids); i++) {
		ck_assert_int_eq(waitpid(kids[i], &status, 0), kids[i]);
		ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	}
	ledger_close(&(struct ledger *){ open_ok() });
}
END_TEST

static Suite *
ledger_suite(void)
{
	Suite *s = suite_create("ledger");
	TCase *tc = tcase_create("core");
	TCase *file = tcase_create(getenv("MT_TEST_PG") ? "postgresql" :
	    "sqlite");

	tcase_add_checked_fixture(file, setup, teardown);
	if (getenv("MT_TEST_PG") == NULL) {
		tcase_add_test(file, test_open_schema);
		tcase_add_test(file, test_open_newer);
		tcase_add_test(file, test_open_unwritable);
		tcase_add_test(file, test_open_not_a_database);
	} else {
		tcase_add_test(file, test_pg_unreachable);
		tcase_add_test(file, test_pg_migrate_race);
	}
	suite_add_tcase(s, file);
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_locks);
	tcase_add_test(tc, test_leases);
	tcase_add_loop_test(tc, test_round_trip, 0, G_N_ELEMENTS(rows));
	tcase_add_loop_test(tc, test_find, 0, G_N_ELEMENTS(find_cases));
	tcase_add_test(tc, test_file_and_delivered);
	tcase_add_test(tc, test_transactions);
	tcase_add_test(tc, test_busy);
	tcase_add_test(tc, test_busy_killed);
	tcase_add_test(tc, test_auto_pending_verify);
	tcase_add_test(tc, test_acks);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(ledger_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
