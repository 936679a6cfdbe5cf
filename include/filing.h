/* Filing a classified message into a store (store.h), exactly once,
 * whatever kills the process where:
 *   0. the message's own lock is taken (lock.h: it dies with its
 *      holder), so a second filing of the same bytes waits for a live
 *      first one, or defers behind it;
 *   1. reserve: in one ledger transaction the message is found (a
 *      redelivery, a crashed run's reservation) or the decision is made
 *      complete (the history: thread, repeat contacts) and recorded with
 *      its ticket, and the store records how it will put it;
 *   2. put: the store puts it in place durably (a Maildir file fsync'd;
 *      keywords set and moved on the IMAP server);
 *   3. mark: the message is marked delivered.
 * Several messages may go through each step together (filing_batch:
 * one transaction per step, the IMAP store's commands by UID sets).
 * A crash after 1 leaves a reservation that the next attempt or
 * filing_recover() finishes without a second copy. Used by deliver, scan
 * and poll. */
#ifndef FILING_H
#define FILING_H

#include <stddef.h>
#include <time.h>

struct conf;
struct ledger;
struct store;
struct triage;

struct filing_result {
	long long ticket;
	long long row;		/* its message row in the ledger */
	int duplicate;		/* filed earlier: nothing put again */
	int left;		/* an earlier run's reservation of this very
				 * input: filing_recover() finishes it */
	char *folder;		/* the folder it went to; caller frees */
	char *where;		/* where it is, when known; caller frees */
};

/* Files t (raw: its original bytes) into s. Returns 0 once the message
 * is safely in place (or was already), -1 with *err (caller frees) when
 * it is not: the caller defers. A second filing of the same message
 * (same Message-ID and body) waits up to [general] ledger_timeout for a
 * live first one, then returns -1. A mark that fails after the message
 * is safe is logged, not returned: filing_recover() or a redelivery
 * finishes it. Clear res with filing_result_clear(). */
int filing_message(struct store *s, struct ledger *l, struct triage *t,
    const char *raw, size_t len, time_t arrived, struct filing_result *res,
    char **err);
void filing_result_clear(struct filing_result *res);

/* One classified message to file: t, from raw (its original bytes). */
struct filing_input {
	struct triage *t;
	const char *raw;
	size_t len;
	time_t arrived;
	unsigned long uid;	/* its UID in the IMAP store's watched folder
				 * (store_imap_new); 0 for the other stores */
};

/* Files in[0..n) into s as filing_message files each, but as one batch:
 * all reserved in one ledger transaction (committed before any is put),
 * put together (the store's put_many), marked in one transaction. A
 * batch ends before a second filing of a message it holds, which must
 * find the first one filed: returns how many of in, from the first, it
 * filed (at least one), with res[i] for each (clear each with
 * filing_result_clear), or -1 with *err when they are not all in place:
 * the caller defers them, and filing_recover() finishes what was
 * reserved. */
int filing_batch(struct store *s, struct ledger *l,
    const struct filing_input *in, size_t n, struct filing_result *res,
    char **err);

/* What earlier runs left: reservations whose copy is in place (or, for a
 * store that keeps the original, can be put now) and whose filing no live
 * process holds are finished; unsent acknowledgements are sent; the
 * store's leftovers of killed runs in folder (NULL: all) are removed.
 * stop (may be NULL) is asked between reservations. Returns how many were
 * finished, or -1 with *err. */
int filing_recover(struct store *s, struct ledger *l, const char *folder,
    time_t now, int (*stop)(void), char **err);

#endif
