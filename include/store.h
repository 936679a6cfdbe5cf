/* Where filed mail lives. A store is a const table of operations
 * (Maildir++ folders on disk, folders on an IMAP server), as fdm's
 * deliver-* and OpenSMTPD's delivery backends; filing.c runs the one
 * exactly-once protocol on top of it (reserve in the ledger, put, mark;
 * recovery), so that deliver, scan and poll file mail the same way.
 *
 * Each operation returns 0 (or 1 where it says) and -1 with *err
 * (caller frees) for anything that may work on retry. */
#ifndef STORE_H
#define STORE_H

#include <stddef.h>
#include <time.h>

#include "ledger.h"

struct conf;
struct conf_account;
struct imap_session;
struct store;
struct triage;

/* One message on its way into a store (or an unfinished reservation
 * found by recovery, then t and raw are NULL). */
struct filing {
	struct ledger *ledger;
	struct triage *t;
	const char *raw;	/* the original bytes */
	size_t len;
	time_t arrived;
	unsigned long uid;	/* its UID in the watched IMAP folder (0:
				 * not an IMAP input) */
	struct ledger_row row;	/* its message row: found or recorded */
	int duplicate;		/* filed before: the store only notes it */
	int put;		/* the store has something to put */
	char *where;		/* where it is once put ("imap://...", a
				 * path); owned */
	void *own;		/* the store's own record of it; owned by the
				 * store (released by its release op) */
};

struct store_ops {
	const char *name;
	/* Before anything is recorded: the place t goes to made usable
	 * (a Maildir that cannot be written then leaves no row). May be
	 * NULL. */
	int (*prepare)(struct store *s, struct filing *f, char **err);
	/* In the reserve transaction, first: 1 when the store has its own
	 * record of this very input already (an IMAP UID), which its
	 * recovery finishes; 0 to go on. May be NULL. */
	int (*claimed)(struct store *s, struct filing *f, char **err);
	/* The folder t's decision files it into. Caller frees. */
	char *(*target)(struct store *s, const struct triage *t);
	/* A reserved copy of f->row already in place (a crashed run's
	 * put)? 1 (made durable, f->where set), 0, -1. */
	int (*present)(struct store *s, struct filing *f, char **err);
	/* In the reserve transaction, last: records how f will be put
	 * (the file name; the keywords and target), and sets f->put.
	 * With f->duplicate, only what the store notes of a duplicate. */
	int (*reserve)(struct store *s, struct filing *f, char **err);
	/* Puts f in place, durably; sets f->where. redo: recovery is
	 * finishing an interrupted put. */
	int (*put)(struct store *s, struct filing *f, int redo, char **err);
	/* Puts fs[0..n) (reserved, with put set) in place as put does
	 * each (not a redo), at once. May be NULL: put, one by one. */
	int (*put_many)(struct store *s, struct filing **fs, size_t n,
	    char **err);
	/* In the mark transaction: the store's own marks. May be NULL. */
	int (*mark)(struct store *s, struct filing *f, char **err);
	/* The reservations earlier runs left unfinished (row, own filled),
	 * oldest first. Caller frees with store_filings_free. */
	int (*unfinished)(struct store *s, struct ledger *l, time_t now,
	    struct filing **out, size_t *n, char **err);
	/* A log line's words for f ("message-id=<...> path=..."). Caller
	 * frees. */
	char *(*describe)(struct store *s, const struct filing *f);
	/* Frees f->own. May be NULL. */
	void (*release)(struct store *s, struct filing *f);
	/* After recovery: leftovers of killed runs removed from folder
	 * (NULL: every folder the store files into). May be NULL. */
	void (*tidy)(struct store *s, const char *folder, time_t now);
	/* The store holds the original itself (IMAP: the message stays on
	 * the server until moved), so recovery can redo an interrupted
	 * put; a Maildir's original is with the MTA, whose retry does. */
	int keeps_original;
	/* An error is the store's connection gone: recovery stops at the
	 * first and leaves the rest for the next pass. */
	int stop_on_error;
};

struct store {
	const struct store_ops *ops;
	const struct conf *conf;
};

/* Maildir++ folders under c->maildir. Caller frees with store_free. */
struct store *store_maildir_new(const struct conf *c);
/* The mailbox server's LMTP service ([store] lmtp): the tagged copy
 * goes to [store] recipient, its folder as the +detail (or left to the
 * server's Sieve rules). Caller frees with store_free. */
struct store *store_lmtp_new(const struct conf *c);
/* Whether the LMTP server takes mail for folder's recipient (a session
 * up to RCPT, then QUIT): 0, or -1 with *err. */
int store_lmtp_check(const struct conf *c, const char *folder, char **err);
/* The store c files delivered mail into: LMTP when [store] lmtp is set,
 * else the Maildir. Caller frees with store_free. */
struct store *store_new(const struct conf *c);
/* The watched folder of an IMAP account (s connected, uidvalidity its
 * UIDVALIDITY): messages keep their UID (the filing's uid), get
 * keywords and are moved into the level's folder. Caller frees with
 * store_free. */
struct store *store_imap_new(const struct conf *c, struct imap_session *s,
    const struct conf_account *a, unsigned long uidvalidity);

/* For a store's unfinished op: the pending rows since then whose file
 * (the store's reservation) mine() accepts, as filings. */
int store_pending(struct ledger *l, time_t since,
    int (*mine)(const char *file), struct filing **out, size_t *n,
    char **err);

void store_free(struct store **s);	/* NULL-safe */
void store_filing_clear(struct store *s, struct filing *f);
void store_filings_free(struct store *s, struct filing *fs, size_t n);

#endif
