/* What one open ticket's messages, as its store sees them now (Maildir
 * files and their flags, or IMAP folders and flags), mean for the ticket:
 * answered, waiting on the customer, re-prioritised by an agent's move,
 * resolved. Both the Maildir (sla.c) and the IMAP (imap-sla.c) sides
 * describe what they see and hand it here, so the lifecycle is one. */
#ifndef SLA_TICKET_H
#define SLA_TICKET_H

#include <stddef.h>
#include <time.h>

struct conf;
struct ledger;
struct ledger_open_ticket;

struct sla_stats {
	unsigned answered;	/* responses (first or next) seen this run */
	unsigned paused;	/* tickets now waiting on the customer */
	unsigned resolved;
	unsigned corrected;	/* re-prioritised by an agent's move */
	unsigned escalated;
	unsigned reminded;
	unsigned moved;		/* messages moved up a folder */
	unsigned notices;	/* notifications sent */
};

/* One message of an open ticket, as its store sees it now. */
struct sla_seen {
	long long message;	/* messages.id */
	const char *folder;	/* where it is now; NULL: gone (deleted) */
	const char *recorded;	/* where the ledger has it */
	int moved;		/* its place changed (folder, file or UID):
				 * the move is recorded */
	const char *file;	/* for the move's record: its file name, or
				 * NULL over IMAP */
	const char *path;	/* for the move's record: where it is */
	int level;		/* the priority level whose folder it is in,
				 * or -1 */
	int agent;		/* an agent's own (the agents' folder) */
	int resolved;		/* in the resolved folder */
	int pending;		/* in the waiting-on-the-customer folder */
	time_t answered;	/* seen answered (R, \Answered) about then;
				 * 0: not answered */
	time_t since;		/* about when it got where it is; 0: now */
};

/* Records, inside the caller's transaction, what seen (t's messages in
 * arrival order; signals and rules: its first message's, for a
 * correction's record) means: a message answered for the first time
 * answers the response target open then; the customer's newest message
 * in the pending folder makes the ticket wait on the customer (out of
 * it: no longer); a message an agent moved into another priority folder
 * corrects the level (the most urgent wins; due times from the ticket's
 * start); one in the resolved folder, or all of them gone, resolves it
 * (*closed set). t is updated to match. who prefixes the log lines ("" or
 * "account NAME: "). 0, or -1 with *err. */
int sla_ticket_refresh(const struct conf *c, struct ledger *l,
    struct ledger_open_ticket *t, const struct sla_seen *seen, size_t n,
    const char *signals, const char *rules, time_t now, const char *who,
    struct sla_stats *st, int *closed, char **err);

#endif
