/* The ledger's insides, shared by the ledger*.c files only. */
#ifndef LEDGER_INT_H
#define LEDGER_INT_H

#include <stdarg.h>
#include <time.h>

#include <sqlite3.h>

#include "mt.h"

/* Cached statements; their SQL is in ledger.c's ledger_sql table. */
enum ledger_st {
	ST_BEGIN,
	ST_COMMIT,
	ST_ROLLBACK,
	ST_SAVEPOINT,
	ST_RELEASE,
	ST_ROLLBACK_TO,
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

struct ledger {
	sqlite3 *db;
	char *path;
	sqlite3_stmt *st[ST_COUNT];
	int wal_left;		/* a WAL was there at open */
	int lazy;		/* synchronous = NORMAL for this transaction */
};

/* Sets *err to "ledger PATH: msg" (if err) and returns -1. */
int ledger_error(const char *path, const char *msg, char **err);
/* The same with SQLite's last error message. */
int ledger_fail(struct ledger *l, char **err);
/* A cached statement, reset and with no bindings. */
sqlite3_stmt *ledger_stmt(struct ledger *l, enum ledger_st which);
/* A cached statement, reset and bound by type letter as ledger_prepare
 * says: the per-message statements. */
sqlite3_stmt *ledger_cached(struct ledger *l, enum ledger_st which,
    const char *types, ...);
/* Binds a time, with 0 ("none") as NULL. */
void ledger_bind_time(sqlite3_stmt *st, int i, time_t t);
/* The statements that are not cached (not per message): sql prepared
 * with the arguments bound by type letter, 'i' long long, 'I' long long
 * (0 as NULL), 't' text (NULL ok), 'T' time_t (0 as NULL). ledger_prepare returns it (caller
 * finalizes) or NULL (*err); ledger_exec runs one that returns no rows,
 * *changes (may be NULL) the rows changed, 0 or -1 (*err). */
sqlite3_stmt *ledger_prepare(struct ledger *l, char **err, const char *sql,
    const char *types, ...);
sqlite3_stmt *ledger_prepare_v(struct ledger *l, const char *sql,
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
/* A level column: the level it names, else unknown (LEVEL_LOW for
 * decisions, LEVEL_COUNT for reports). */
int ledger_column_level(sqlite3_stmt *st, int i, int unknown);
/* A text column, copied (caller frees), or NULL. */
char *ledger_column_text(sqlite3_stmt *st, int i);

#endif
