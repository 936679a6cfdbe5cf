/* Exactly-once processing of a watched IMAP folder: every message is
 * classified once, recorded in the ledger (committed) before it is
 * flagged or moved, and marked done after; an interrupted run is finished
 * by the next one, and a UIDVALIDITY change is survived by matching
 * Message-ID and body hash against the ledger. */
#ifndef IMAP_SYNC_H
#define IMAP_SYNC_H

#include <stddef.h>

struct conf_account;
struct imap_session;
struct ledger;
struct metrics;
struct triage_ctx;

struct imap_sync_stats {
	size_t filed;		/* new messages classified and handled */
	size_t duplicates;	/* already in the ledger: left in place */
	size_t recovered;	/* finished from an interrupted run */
	struct metrics *metrics;	/* each message counted (monitor.h);
					 * may be NULL */
};

/* One pass over the selected folder of s: finish what an earlier run left
 * recorded, then handle the new UIDs in order, in batches, stopping early
 * (between batches) once stop() returns non-zero. Returns IMAP_OK, or IMAP_TEMP
 * with *err (caller frees) for a lost connection, a server error or a
 * busy ledger: whatever was not done stays for the next pass. */
int imap_sync(struct imap_session *s, const struct conf_account *a,
    const struct triage_ctx *ctx, struct ledger *l,
    int (*stop)(void), struct imap_sync_stats *st, char **err);

#endif
