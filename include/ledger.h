/* The ledger: tickets and messages, for deduplication, history, SLA
 * tracking and reports; a SQLite file, or a PostgreSQL database that
 * several gateways share (ledger-int.h says how). */
#ifndef LEDGER_H
#define LEDGER_H

#include <stddef.h>
#include <time.h>

#include "mt.h"

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
	enum mt_level priority;
	char *rules;		/* "outage/site_down ..." */
	char *reasons;
	char *folder;		/* Maildir++ folder ("" = INBOX) */
	char *file;		/* planned / delivered base file name */
	char *path;		/* delivered path, NULL while pending */
	time_t sla_due;
	time_t resolve_due;	/* a new ticket's resolution target */
	int delivered;		/* 0 pending, 1 on disk */
	char *subject_key;	/* subject without Re:/AW:/Fwd: prefixes */
	char *tier;		/* customer tier, or NULL */
	char *auto_kind;	/* automatic mail (auto.h): its kind, and
				 * ticket 0 or the ticket it refers to */
};

/* A ticket as the history lookups see it. */
struct ledger_ticket {
	long long id;
	time_t created;		/* arrival of its first message */
	enum mt_level priority;
	time_t sla_due;
	long long messages;	/* how many it has */
	char signals[64];	/* "outage,payment" or "none" */
};

struct ledger_lock;

/* Opens (creating or migrating) the ledger name: a file path (SQLite,
 * WAL), or postgresql://... (a libpq URI); busy_ms how long a busy
 * ledger is waited for. Returns 0, or -1 with *err (caller frees). */
int ledger_open(const char *name, int busy_ms, struct ledger **out,
    char **err);
void ledger_close(struct ledger **l);	/* NULL-safe */
/* Whether name is a ledger on a server (not a file beside the mail). */
int ledger_is_remote(const char *name);
/* A ledger's name without a password (user:password@ in a URL). Caller
 * frees. */
char *ledger_public_name(const char *name);
/* The ledger's name as messages show it (no password). */
const char *ledger_name(const struct ledger *l);

/* Locks that die with their holder, shared by every process (and, on
 * PostgreSQL, every host) that uses the ledger: a lock file beside a
 * SQLite ledger (lock.h), advisory locks on PostgreSQL. Waits at most
 * wait_ms for another holder: 0 with *out held (ledger_unlock), 1 when
 * it is still held elsewhere, -1 on error (*err). */
int ledger_lock(struct ledger *l, const char *key, int wait_ms,
    struct ledger_lock **out, char **err);
void ledger_unlock(struct ledger *l, struct ledger_lock **lk); /* NULL-safe */
/* Leases (ledger-lease.c): name held by holder until now + secs, taken
 * when free or expired, or held by gone (a holder known to have died,
 * or NULL), renewed by its holder. 1 ours, 0 another's (*other, caller
 * frees, says whose), -1 with *err. Released by its holder at a clean
 * end (0 or -1). */
int ledger_lease(struct ledger *l, const char *name, const char *holder,
    time_t now, int secs, const char *gone, char **other, char **err);
int ledger_lease_release(struct ledger *l, const char *name,
    const char *holder, char **err);
/* Whether the ledger has a table of that name: 1, 0, -1. */
int ledger_has_table(struct ledger *l, const char *name);

/* A writing transaction (one writer at a time: on SQLite a turn in the
 * ledger's lock file, then BEGIN IMMEDIATE; a transaction lock on
 * PostgreSQL) / COMMIT / ROLLBACK. 0, or -1 with *err. A busy database
 * past the timeout is an error: the caller tempfails. ledger_commit
 * returns once the commit is on disk; on SQLite the WAL is synced after
 * the turn is given up, so that the syncs of several writers overlap. */
int ledger_begin(struct ledger *l, char **err);
int ledger_commit(struct ledger *l, char **err);
/* A transaction whose loss in a power cut the next run repairs (a
 * delivered mark: the copy is already fsync'd, and recovery finds it):
 * committed without waiting for the disk (synchronous = NORMAL;
 * synchronous_commit = off on PostgreSQL), which
 * saves a sync per message. ledger_commit_lazy (rolled back if the
 * commit fails) or ledger_rollback ends it. */
int ledger_begin_lazy(struct ledger *l, char **err);
int ledger_commit_lazy(struct ledger *l, char **err);
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
/* Records the folder a pending message goes into. 0, or -1 with *err. */
int ledger_set_folder(struct ledger *l, long long id, const char *folder,
    char **err);

/* For a row with ticket > 0, ledger_insert_message adds the message to
 * that ticket (a follow-up) instead of opening a new one. */

/* The ticket a follow-up belongs to: the ticket of the newest message
 * whose Message-ID is among ids (In-Reply-To, References), else the newest
 * ticket from from_addr with the same subject_key created at or after
 * since (subject_key NULL or "": no subject match); a ticket tag
 * (tagged > 0) counts after the references. out->messages counts the
 * messages recorded before row before (0: all). Returns 1 and *out, 0
 * when none, -1 with *err. */
int ledger_find_thread(struct ledger *l, const char *const *ids, size_t nids,
    long long tagged, const char *from_addr, const char *subject_key,
    time_t since, long long before, struct ledger_ticket *out, char **err);

/* Acknowledgements (one per ticket), inside the caller's transaction
 * and under the ticket's acknowledgement lock: LEDGER_ACK_SEND when one
 * is to be sent now (recorded 'sending' with message_id and the whole
 * message), LEDGER_ACK_UNSENT when a run that died recorded one and did
 * not mark it sent (*recorded: its message, caller frees: send those
 * bytes), LEDGER_ACK_SENT when it went, LEDGER_ACK_RECENT when to got
 * one at or after since (nothing recorded); -1 with *err. */
enum { LEDGER_ACK_SEND = 1, LEDGER_ACK_UNSENT, LEDGER_ACK_SENT,
    LEDGER_ACK_RECENT };
int ledger_ack_reserve(struct ledger *l, long long ticket, const char *to,
    const char *message_id, const char *message, time_t now, time_t since,
    char **recorded, char **err);
int ledger_ack_sent(struct ledger *l, long long ticket, char **err);
/* 1 when the ticket's acknowledgement is still 'sending', 0 not, -1. */
int ledger_ack_unsent(struct ledger *l, long long ticket, char **err);
/* Calls fn for each acknowledgement still 'sending' that was recorded
 * before before (a run died between recording and marking it), with the
 * message as recorded; stops at fn's first non-zero. 0, or -1. */
int ledger_acks_unsent(struct ledger *l, time_t before,
    int (*fn)(long long ticket, const char *to, const char *message,
    void *arg), void *arg, char **err);
/* The ticket's first message (not automatic), or 0. 0, or -1. */
int ledger_first_message(struct ledger *l, long long ticket, long long *id,
    char **err);
/* A bounce of our mail message_id: its recipient is recorded as
 * undeliverable (*to, caller frees). 1 recorded, 0 not our mail, -1. */
int ledger_undeliverable(struct ledger *l, const char *message_id,
    const char *status, time_t now, char **to, char **err);
/* 1 when addr bounced our mail before, 0 not, -1 with *err. */
int ledger_is_undeliverable(struct ledger *l, const char *addr, char **err);

/* How many messages (not automatic mail) from from_addr arrived at or
 * after since, and were recorded before row before (0: no bound). */
int ledger_count_from(struct ledger *l, const char *from_addr, time_t since,
    long long before, long long *count, char **err);

/* Sets a ticket's priority, signals and reasons (NULL: keeps its own).
 * sla_due (0: keep) may bring its response due time forward, never
 * back: in a next reply, reply_due does instead; resolve_due (0: keep)
 * its resolution due time. */
int ledger_update_ticket(struct ledger *l, long long ticket,
    enum mt_level priority, const char *signals, const char *reasons,
    time_t sla_due, time_t reply_due, time_t resolve_due, char **err);

/* Marks a message delivered at path. 0, or -1 with *err. */
int ledger_mark_delivered(struct ledger *l, long long id, const char *path,
    char **err);

/* Calls fn for every message row, oldest first, until fn returns
 * non-zero. The row is only valid during the call. 0, or -1 with *err. */
int ledger_each_message(struct ledger *l,
    int (*fn)(const struct ledger_row *row, void *arg), void *arg,
    char **err);

void ledger_row_clear(struct ledger_row *r);

/* The rows still pending that planned a file (a run killed between its
 * two commits, or whose last commit failed), received at or after since,
 * oldest first. Caller frees
 * with ledger_rows_free(). 0, or -1 with *err. */
int ledger_pending(struct ledger *l, time_t since, struct ledger_row **rows,
    size_t *n, char **err);
void ledger_rows_free(struct ledger_row *rows, size_t n);	/* NULL-safe */

/* Checks that the ledger is sound (SQLite's integrity check) when it was
 * last found so more than every_s seconds ago, or a minute ago after an
 * unclean end (a WAL left behind); 0 checks every time. Returns 0, or -1
 * with *err saying what is damaged and what to do: the caller defers
 * rather than trust it (a damaged index can hide a redelivery). */
int ledger_verify(struct ledger *l, int every_s, time_t now, char **err);

/* SLA tracking (ledger-sla.c). */

/* An open ticket (not resolved). Strings owned; see ledger_sla_clear. */
struct ledger_open_ticket {
	long long id;
	time_t created, sla_due, first_response, last_notified;
	time_t answered;	/* the current response target was met */
	time_t paused;		/* waiting on the customer since; 0: not */
	long long paused_secs;	/* pauses that ended */
	time_t resolve_due;	/* resolution target, ended pauses added */
	time_t cycle_start;	/* the current response target's start:
				 * created, or the latest next reply's */
	long long replies;	/* next reply targets started */
	long long reminders;
	enum mt_level priority;
	char *from_addr, *subject, *signals, *reasons, *tier;
	char *folder;		/* where its newest message is */
	long long incident;	/* its incident, or 0 */
	time_t escalated;	/* its latest escalation, or 0 */
};

/* A delivered message of a ticket. Strings owned. */
struct ledger_ticket_msg {
	long long id;
	char *folder, *file, *path;
	char *next_file;	/* planned name in the new folder, or NULL */
	char *signals, *rules;	/* what classifying it found */
};

/* An escalation whose move or notice is not finished. */
struct ledger_escalation {
	long long id, ticket;
	time_t at, due_before, due_after, notified;
	enum mt_level from_level, to_level;
	int moved;
};

/* Calls fn for each open ticket, by due time; stops when fn != 0.
 * The struct is valid only during the call. 0, or -1 with *err. */
int ledger_each_open_ticket(struct ledger *l,
    int (*fn)(const struct ledger_open_ticket *t, void *arg), void *arg,
    char **err);
/* The delivered messages of a ticket. Caller frees with
 * ledger_ticket_msgs_free. 0, or -1 with *err. */
int ledger_ticket_msgs(struct ledger *l, long long ticket,
    struct ledger_ticket_msg **out, size_t *n, char **err);
void ledger_ticket_msgs_free(struct ledger_ticket_msg *m, size_t n);
/* An agent's answer at t: the first response unless an earlier one is
 * known, and the current response target (first or next reply) met
 * when it started before t. */
int ledger_set_response(struct ledger *l, long long ticket, time_t t,
    char **err);
/* The message was seen answered (R, \Answered) at t: 1 when that is
 * news (so it answers at t), 0 when it was seen before, -1. */
int ledger_message_answered(struct ledger *l, long long msg, time_t t,
    char **err);
/* The customer wrote again at t. If the ticket was answered or waiting
 * on the customer, a next reply target starts (due at reply_due) and a
 * pause ends: 1. Else 0 (the current target stands); -1 with *err. */
int ledger_follow_up(struct ledger *l, long long ticket, time_t t,
    time_t reply_due, char **err);
/* The ticket waits on the customer from t (pause), or no longer at t
 * (resume: the time paused is added to the response due time, unless
 * answered, to the resolution due time and to paused_secs). Each is a no-op when already so. */
int ledger_pause(struct ledger *l, long long ticket, time_t t, char **err);
int ledger_resume(struct ledger *l, long long ticket, time_t t, char **err);
int ledger_set_resolved(struct ledger *l, long long ticket, time_t t,
    char **err);
/* Plans (next_file) or records (folder, file, path; priority a level,
 * or -1 to keep the message's) a message's move. */
int ledger_plan_move(struct ledger *l, long long msg, const char *next_file,
    char **err);
int ledger_record_move(struct ledger *l, long long msg, const char *folder,
    const char *file, const char *path, int priority, char **err);
/* Records an escalation to to_level and sets the ticket's priority and
 * due time. Returns 1 with *id, or 0 when the ticket was already
 * escalated to that level (nothing changed), -1 with *err. */
int ledger_escalate(struct ledger *l, long long ticket, time_t at,
    enum mt_level from_level, enum mt_level to_level, time_t due_before,
    time_t due_after, long long *id, char **err);
int ledger_escalation_moved(struct ledger *l, long long id, char **err);
/* An agent corrected ticket's level (moved a message into another
 * priority folder): recorded as a correction (from, to, when, the
 * signals and rules that had set it) and the ticket gets the new level
 * and response due time (also the first response's, while there is
 * none) and resolution due time. 0, or -1 with *err. */
int ledger_correct(struct ledger *l, long long ticket, time_t at,
    enum mt_level from, enum mt_level to, time_t due, time_t resolve_due,
    const char *signals, const char *rules, char **err);
int ledger_escalation_notified(struct ledger *l, long long id, time_t t,
    char **err);
/* Escalations not yet moved or notified, oldest first. Caller frees
 * (g_free / free). */
int ledger_escalations_pending(struct ledger *l,
    struct ledger_escalation **out, size_t *n, char **err);
/* A reminder went out for the ticket at t. */
int ledger_reminded(struct ledger *l, long long ticket, time_t t,
    char **err);
/* Whether an escalation of the ticket is still moving its messages. */
int ledger_escalation_moving(struct ledger *l, long long ticket, char **err);
/* Whether the ticket has been escalated at all. 1, 0, or -1. */
int ledger_was_escalated(struct ledger *l, long long ticket, char **err);

void ledger_open_ticket_clear(struct ledger_open_ticket *t);


/* IMAP polling (ledger-imap.c): per account, folder, UIDVALIDITY and UID,
 * what poll decided and whether it has been carried out on the server. */
struct ledger_imap_row {
	char *account;
	char *folder;		/* the watched folder */
	unsigned long uidvalidity;
	unsigned long uid;
	char *message_id;	/* may be NULL */
	char *body_hash;
	long long ticket;
	long long message;	/* messages.id */
	char *target;		/* folder to move it to; "" = leave in place */
	char *keywords;		/* space-separated IMAP keywords to set */
	int done;		/* 0: recorded, action pending; 1: done */
	/* Where it is now (imap-sla.c): the folder it was filed or moved
	 * into (target; the watched folder when target is "") and its UID
	 * there, 0 when unknown. */
	unsigned long target_uidvalidity;
	unsigned long target_uid;
};

/* The UIDVALIDITY last seen for account/folder: 1 and *out, 0 if none,
 * -1 with *err. */
int ledger_imap_uidvalidity(struct ledger *l, const char *account,
    const char *folder, unsigned long *out, char **err);
int ledger_imap_set_uidvalidity(struct ledger *l, const char *account,
    const char *folder, unsigned long uidvalidity, char **err);
/* The highest UID recorded under uidvalidity, 0 when none. 0 or -1. */
int ledger_imap_max_uid(struct ledger *l, const char *account,
    const char *folder, unsigned long uidvalidity, unsigned long *out,
    char **err);
/* 1 and *out (clear with ledger_imap_row_clear), 0 if absent, -1. */
int ledger_imap_find(struct ledger *l, const char *account,
    const char *folder, unsigned long uidvalidity, unsigned long uid,
    struct ledger_imap_row *out, char **err);
/* Inserts r (its done field decides the state). 0 or -1 with *err. */
int ledger_imap_insert(struct ledger *l, const struct ledger_imap_row *r,
    char **err);
int ledger_imap_mark_done(struct ledger *l, const char *account,
    const char *folder, unsigned long uidvalidity, unsigned long uid,
    char **err);
/* The rows still 'recorded' under uidvalidity, by UID. Caller frees with
 * ledger_imap_rows_free. 0 or -1 with *err. */
int ledger_imap_recorded(struct ledger *l, const char *account,
    const char *folder, unsigned long uidvalidity,
    struct ledger_imap_row **rows, size_t *n, char **err);
void ledger_imap_rows_free(struct ledger_imap_row *rows, size_t n);
/* The 'done' rows of account filing a message (not a duplicate) whose
 * ticket is still open, by ticket. Caller frees with
 * ledger_imap_rows_free. 0 or -1 with *err. */
int ledger_imap_open_rows(struct ledger *l, const char *account,
    struct ledger_imap_row **rows, size_t *n, char **err);
/* Records where a row's message is now: folder target (NULL: unchanged),
 * its UID there (0: unknown), keywords (NULL: unchanged). 0 or -1. */
int ledger_imap_set_location(struct ledger *l, const struct ledger_imap_row *r,
    const char *target, unsigned long target_uidvalidity,
    unsigned long target_uid, const char *keywords, char **err);
void ledger_imap_row_clear(struct ledger_imap_row *r);

/* Reports (ledger-report.c): the rows of a period [since, until), either
 * bound 0 = open. Times are unix seconds, 0 = none; strings may be NULL
 * and are only valid during the call. fn returns non-zero to stop. */
/* Levels in reports: LEVEL_COUNT for a name this program does not know
 * (a report counts those apart); everywhere else such a name reads as
 * LEVEL_LOW. */
struct ledger_report_msg {
	time_t received;
	const char *from_addr;
	int level;
	const char *signals;	/* "safety,outage" or "none" */
	const char *rules;	/* "outage/site_down payment/refund" */
};

struct ledger_report_ticket {
	long long id;
	time_t created;
	time_t sla_due;
	time_t first_response;
	time_t resolved;
	int level;		/* now (after escalations) */
	const char *from_addr;
	const char *subject;
	int arrival_level;	/* when it came in: what its SLA is */
	time_t arrival_due;	/* its first response's due time */
	const char *folder;	/* where its newest message is now */
	time_t resolve_due;	/* 0: a ticket from before the targets */
	time_t paused;		/* waiting on the customer since; 0: not */
};

/* Messages received in the period, oldest first. 0, or -1 with *err. */
int ledger_report_messages(struct ledger *l, time_t since, time_t until,
    int (*fn)(const struct ledger_report_msg *m, void *arg), void *arg,
    char **err);
/* Tickets created in the period, oldest first. 0, or -1 with *err. */
int ledger_report_tickets(struct ledger *l, time_t since, time_t until,
    int (*fn)(const struct ledger_report_ticket *t, void *arg), void *arg,
    char **err);
/* A next reply target (a customer's follow-up after an answer). */
struct ledger_report_reply {
	time_t started, due, answered;	/* answered 0: not yet */
	int level;		/* the ticket's now */
	time_t paused;		/* the ticket waits on the customer since */
};
/* Next reply targets started in the period, oldest first. 0, or -1. */
int ledger_report_replies(struct ledger *l, time_t since, time_t until,
    int (*fn)(const struct ledger_report_reply *r, void *arg), void *arg,
    char **err);
/* A level an agent corrected (ledger_correct). */
struct ledger_report_correction {
	time_t at;
	int from, to;		/* levels; LEVEL_COUNT unknown */
	const char *signals, *rules;	/* what had set the level */
};
/* Corrections made in the period, oldest first. 0, or -1 with *err. */
int ledger_report_corrections(struct ledger *l, time_t since, time_t until,
    int (*fn)(const struct ledger_report_correction *c, void *arg),
    void *arg, char **err);
/* Automatic mail received in the period, per kind (auto.h). 0, or -1. */
int ledger_report_auto(struct ledger *l, time_t since, time_t until,
    int (*fn)(const char *kind, long long n, void *arg), void *arg,
    char **err);
/* An address our mail bounced from (ack.h). */
struct ledger_report_bounce {
	const char *address;
	time_t first, last;
	long long bounces;
	const char *status;	/* the last report's Status, or NULL */
};
/* Addresses whose last bounce is in the period, newest first. */
int ledger_report_undeliverable(struct ledger *l, time_t since,
    time_t until, int (*fn)(const struct ledger_report_bounce *b,
    void *arg), void *arg, char **err);
/* One message for `list`, with its ticket's state (strings valid during
 * the call only; times 0 = none). */
struct ledger_list_row {
	long long ticket;	/* 0: automatic mail of no ticket */
	time_t received;
	enum mt_level priority;	/* the ticket's now, else the message's */
	time_t sla_due, first_response, resolved;
	time_t answered;	/* the response due now was given */
	time_t paused;		/* waiting on the customer since */
	const char *folder, *signals, *subject, *from_addr;
	const char *auto_kind;	/* NULL for customers' mail */
	int delivered;
};
/* Every message, oldest first. 0, or -1 with *err. */
int ledger_list(struct ledger *l, int (*fn)(const struct ledger_list_row *r,
    void *arg), void *arg, char **err);
/* Escalations (the escalations table) at a time in the period: 1 and
 * *count; 0 and *count = 0 when the ledger has no such table; -1. */
int ledger_report_escalations(struct ledger *l, time_t since, time_t until,
    long long *count, char **err);

#endif
