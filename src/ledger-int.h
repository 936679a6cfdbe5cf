/* The ledger's insides, shared by the ledger*.c files only.
 *
 * The ledger speaks one dialect of SQL over two backends, picked by the
 * ledger's name (ledger_open): SQLite, a file (ledger-sqlite.c, the
 * only file with sqlite3.h), or PostgreSQL, a server several gateways
 * share (ledger-pg.c, the only file with libpq-fe.h). Statements are
 * written with ?N parameters, least()/greatest() for the smaller or
 * larger of two values, IS NOT DISTINCT FROM, ON CONFLICT and RETURNING:
 * both backends understand that. */
#ifndef LEDGER_INT_H
#define LEDGER_INT_H

#include <stdarg.h>
#include <time.h>

#include "mt.h"

/* Cached statements; their SQL is in ledger.c's ledger_sql table. */
/* The columns a message row is read from (ledger-message.c), in order:
 * the statements that return rows start with it. */
#define LEDGER_ROW_COLUMNS "SELECT id, ticket_id, message_id, body_hash," \
	" from_addr, subject, received, signals, priority, rules, reasons," \
	" folder, file, path, sla_due, delivered, subject_key, tier, auto" \
	" FROM messages"

enum ledger_st {
	ST_FIND,
	ST_EACH,
	ST_PENDING,
	ST_INSERT_TICKET,
	ST_INSERT_MESSAGE,
	ST_SET_FILE,
	ST_SET_FOLDER,
	ST_MARK_DELIVERED,
	ST_TICKET_OF_MSGID,
	ST_TICKET_BY_SUBJECT,
	ST_TICKET_GET,
	ST_COUNT_FROM,
	ST_UPDATE_TICKET,
	ST_COUNT
};

/* A statement of either backend; each backend's own starts with it. */
struct lst {
	struct ledger *l;
};

/* lst_step: a row, done, or an error (the ledger's error message says
 * which: ledger_fail). */
#define LST_ROW		1
#define LST_DONE	0
#define LST_ERROR	(-1)

/* A lock of ledger_lock, either backend's. */
struct ledger_lock;

/* What a backend does; ledger.c holds the table of them. */
struct ledger_backend {
	const char *name;
	/* Opens where (the part after the backend's prefix for
	 * PostgreSQL, the path for SQLite): sets l->conn. -1 with *err. */
	int (*open)(struct ledger *l, const char *where, char **err);
	void (*close)(struct ledger *l);
	/* A statement; keep: prepared once, run many times. NULL with
	 * the error in errmsg. */
	struct lst *(*prepare)(struct ledger *l, const char *sql, int keep);
	/* Binds parameter i (from 1): type 'i' an integer, 't' text,
	 * 'n' NULL (of an integer), 'N' NULL (of text). */
	void (*bind)(struct lst *st, int i, char type, long long v,
	    const char *t);
	int (*step)(struct lst *st);
	void (*reset)(struct lst *st);	/* and drops the bindings */
	void (*free)(struct lst *st);
	long long (*col_int)(struct lst *st, int i);
	const char *(*col_text)(struct lst *st, int i);
	/* Rows the last statement changed. */
	int (*changes)(struct ledger *l);
	/* The last error; *damaged when the ledger itself is damaged. */
	const char *(*errmsg)(struct ledger *l, int *damaged);
	/* Runs statements that return no rows, ';'-separated. 0 or -1. */
	int (*script)(struct ledger *l, const char *sql);
	int (*in_transaction)(struct ledger *l);
	/* Starts a writing transaction: one writer at a time, waiting up
	 * to the busy time; lazy: its commit need not wait for the disk. */
	int (*begin)(struct ledger *l, int lazy);
	/* After the COMMIT or ROLLBACK that ended a transaction begun
	 * here: the writer's turn given up; sync: the commit made safe on
	 * disk (a non-lazy commit), -1 when it could not be. NULL: the
	 * COMMIT did it all (PostgreSQL). */
	int (*end)(struct ledger *l, int sync);
	int (*version)(struct ledger *l, int *v);
	int (*set_version)(struct ledger *l, int v);
	/* The schema step from version from: its SQL, *to the version
	 * after it. */
	const char *(*migration)(int from, int *to);
	const char *after_migrate;	/* SQL run once it is current */
	/* The backend's own consistency check: 0, or -1 with *err. */
	int (*verify)(struct ledger *l, int every_s, time_t now, char **err);
	/* Locks that die with their holder (ledger_lock). */
	int (*lock)(struct ledger *l, const char *key, int wait_ms,
	    struct ledger_lock **out, char **err);
	void (*unlock)(struct ledger_lock *lk);
	/* Whether a table exists: 1, 0, -1. */
	int (*has_table)(struct ledger *l, const char *name);
};

extern const struct ledger_backend ledger_sqlite;
/* In the module mailtriage-pg.so (module.h), as "ledger_pg". */
extern const struct ledger_backend ledger_pg;

struct ledger {
	const struct ledger_backend *be;
	void *conn;		/* the backend's */
	char *path;		/* the ledger as messages name it */
	int busy_ms;
	struct lst *st[ST_COUNT];
	int lazy;		/* this transaction's commit may be lazy */
};

/* The schema version both backends reach. */
#define LEDGER_VERSION	13

int lst_step(struct lst *st);
long long lst_int(struct lst *st, int i);
const char *lst_text(struct lst *st, int i);
void lst_reset(struct lst *st);
void lst_free(struct lst *st);		/* NULL-safe */

/* Sets *err to "ledger PATH: msg" (if err) and returns -1. */
int ledger_error(const char *path, const char *msg, char **err);
/* The same with the backend's last error message. */
int ledger_fail(struct ledger *l, char **err);
/* Rows changed by the last statement. */
int ledger_changes(struct ledger *l);
/* A cached statement, reset and with no bindings. */
struct lst *ledger_stmt(struct ledger *l, enum ledger_st which);
/* A cached statement, reset and bound by type letter as ledger_prepare
 * says: the per-message statements. */
struct lst *ledger_cached(struct ledger *l, enum ledger_st which,
    const char *types, ...);
/* The statements that are not cached (not per message): sql prepared
 * with the arguments bound by type letter, 'i' long long, 'I' long long
 * (0 as NULL), 't' text (NULL ok), 'T' time_t (0 as NULL). ledger_prepare returns it (caller
 * frees: lst_free) or NULL (*err); ledger_exec runs one that returns no rows,
 * *changes (may be NULL) the rows changed, 0 or -1 (*err). */
/* Steps a cached statement that returns no rows, and resets it. 0, or
 * -1 with *err. */
int ledger_cached_done(struct ledger *l, struct lst *st, char **err);
/* Steps a cached INSERT ... RETURNING id: *id, and resets it. */
int ledger_cached_id(struct ledger *l, struct lst *st, long long *id,
    char **err);
/* Runs statements that return no rows. 0, or -1 with *err. */
int ledger_script(struct ledger *l, const char *sql, char **err);
struct lst *ledger_prepare(struct ledger *l, char **err, const char *sql,
    const char *types, ...);
struct lst *ledger_prepare_v(struct ledger *l, const char *sql,
    char **err, const char *types, va_list ap);
/* Steps sql once: with exists, 1 when it found a row, else 0; without,
 * a statement that returns no rows: 0, with *changes (may be NULL). -1
 * with *err. ledger_exec and ledger_exists say which. */
int ledger_run_sql(struct ledger *l, int exists, int *changes, char **err,
    const char *sql, const char *types, ...);
#define ledger_exec(l, changes, err, ...) \
	ledger_run_sql((l), 0, (changes), (err), __VA_ARGS__)
#define ledger_exists(l, err, ...) \
	ledger_run_sql((l), 1, NULL, (err), __VA_ARGS__)
/* Runs an INSERT ... RETURNING id: *id the new row's, 0 when it
 * inserted none (ON CONFLICT DO NOTHING). 0 or -1 with *err. */
int ledger_insert_id(struct ledger *l, long long *id, char **err,
    const char *sql, const char *types, ...);
/* A level column: the level it names, else unknown (LEVEL_LOW for
 * decisions, LEVEL_COUNT for reports). */
int ledger_column_level(struct lst *st, int i, int unknown);
/* A text column, copied (caller frees), or NULL. */
char *ledger_column_text(struct lst *st, int i);

#endif
