/* The ledger: a SQLite file of tickets and messages, for deduplication,
 * history, SLA tracking and reports. The only module with sqlite3.h. */
#ifndef LEDGER_H
#define LEDGER_H

#include <time.h>

struct ledger;

/* One message row. Strings are owned by the struct when it was filled by
 * ledger_find_message (free with ledger_row_clear); for inserts the
 * caller's strings are only read. */
struct ledger_row {
	long long id;		/* message row id */
	long long ticket;	/* ticket id */
	char *message_id;	/* may be NULL */
	char *body_hash;	/* hex SHA-256 of the body bytes */
	char *from_addr;
	char *subject;
	time_t received;
	char *signals;		/* "safety,outage" or "none" */
	char *priority;		/* "high" */
	char *rules;		/* "outage/site_down ..." */
	char *reasons;
	char *folder;		/* Maildir++ folder ("" = INBOX) */
	char *file;		/* planned / delivered base file name */
	char *path;		/* delivered path, NULL while pending */
	time_t sla_due;
	int delivered;		/* 0 pending, 1 on disk */
};

/* Opens (creating or migrating) the ledger: WAL, busy timeout of
 * busy_ms. Returns 0, or -1 with *err (caller frees). */
int ledger_open(const char *path, int busy_ms, struct ledger **out,
    char **err);
void ledger_close(struct ledger **l);	/* NULL-safe */

/* BEGIN IMMEDIATE / COMMIT / ROLLBACK. 0, or -1 with *err. A busy
 * database past the timeout is an error: the caller tempfails. */
int ledger_begin(struct ledger *l, char **err);
int ledger_commit(struct ledger *l, char **err);
void ledger_rollback(struct ledger *l);

/* Finds a message by Message-ID (may be NULL) and body hash.
 * Returns 1 and fills *out, 0 when not there, -1 with *err. */
int ledger_find_message(struct ledger *l, const char *message_id,
    const char *body_hash, struct ledger_row *out, char **err);

/* Inserts a pending message row and a new ticket for it; sets row->id and
 * row->ticket. 0, or -1 with *err. */
int ledger_insert_message(struct ledger *l, struct ledger_row *row,
    char **err);

/* Records the planned file name of a pending message. 0, or -1 with *err. */
int ledger_set_file(struct ledger *l, long long id, const char *file,
    char **err);

/* Marks a message delivered at path. 0, or -1 with *err. */
int ledger_mark_delivered(struct ledger *l, long long id, const char *path,
    char **err);

/* Calls fn for every message row, oldest first, until fn returns
 * non-zero. The row is only valid during the call. 0, or -1 with *err. */
int ledger_each_message(struct ledger *l,
    int (*fn)(const struct ledger_row *row, void *arg), void *arg,
    char **err);

void ledger_row_clear(struct ledger_row *r);

#endif
