/* Filing a classified message: reserve it in the ledger, tag it, write
 * it into its Maildir++ folder, mark it delivered. Shared by deliver and
 * scan. A crash at any point leaves either nothing, or a pending ledger
 * row that the next attempt completes without a second copy. */
#ifndef DELIVER_H
#define DELIVER_H

#include <stddef.h>
#include <time.h>

struct conf;
struct ledger;
struct triage;

struct deliver_result {
	long long ticket;
	long long row;		/* its message row in the ledger */
	int duplicate;		/* already delivered earlier: nothing written */
	char *folder;		/* where it is ("" = INBOX); caller frees */
	char *path;		/* its file, when known; caller frees */
};

/* Looks up the history first (the ticket a follow-up joins, repeat
 * contacts) and decides t's priority again with it.
 * Returns 0 once the message is fsync'd on disk (or was already), -1 with
 * *err (caller frees) when it is not: the caller defers (EX_TEMPFAIL).
 * A second delivery of the same message (same Message-ID and body)
 * waits up to [general] ledger_timeout for a live first one, then
 * returns -1 (defer). A ledger that cannot be updated after the file is
 * safe is logged, not returned: deliver_recover() or a redelivery
 * finishes the row. Clear res with deliver_result_clear(). */
int deliver_message(const struct conf *c, struct ledger *l, struct triage *t,
    const char *raw, size_t len, time_t arrived, struct deliver_result *res,
    char **err);
void deliver_result_clear(struct deliver_result *res);

/* What earlier runs left: pending rows whose file is on disk and whose
 * delivery no live process holds are synced and marked delivered (so
 * that sla and report see them); tmp/ files older than 36 hours are
 * removed from folder (NULL: INBOX, the error folder and every priority
 * folder). Returns the rows finished, or -1 with *err. */
int deliver_recover(const struct conf *c, struct ledger *l,
    const char *folder, time_t now, char **err);

struct ledger_row;

/* Records t in the ledger (inside the caller's transaction) as a pending
 * message filed into folder: a new ticket, or, for a follow-up that
 * triage_history found, a message added to its ticket (whose priority,
 * reasons and due time follow; the customer writing again after an
 * answer starts a next reply target, and t's due time becomes it); the
 * alerts of a new or raised ticket are queued with it (alert.h).
 * Fills *row (free with ledger_row_clear). 0, or -1 with *err. */
int deliver_record(const struct conf *c, struct ledger *l, struct triage *t,
    time_t arrived, const char *folder, struct ledger_row *row, char **err);


#endif
