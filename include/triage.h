/* The classification pipeline every front end shares: raw bytes in,
 * parsed message, matched rules, priority and folder out. */
#ifndef TRIAGE_H
#define TRIAGE_H

#include <stddef.h>
#include <time.h>
#include "match.h"
#include "priority.h"

struct conf;
struct ledger;
struct filter_set;
struct msg;
struct rx_scratch;

struct tier_table;

struct triage_ctx {
	const struct conf *conf;
	const struct filter_set *filters;
	struct rx_scratch *scratch;	/* may be NULL */
	const struct tier_table *tiers;	/* may be NULL */
};

struct triage {
	struct msg *msg;		/* NULL when the message was too large */
	struct match_result match;
	struct priority_input input;	/* what prio was decided from;
					 * history is added by delivery */
	struct priority_decision prio;
	char body_hash[65];		/* hex SHA-256 of the body bytes */
	char *error;			/* X-Triage-Error text, or NULL */
	int unclassified;		/* the error left no verdict (too
					 * large, unparsable): error folder */
	const char *folder;		/* destination (owned by the conf) */
	const char *tier_name;		/* the customer's tier (the conf's),
					 * or NULL */
	int backfill;			/* old mail filed by scan: no alerts */
	long long incident;		/* the incident it belongs to, or 0 */
	int incident_opened;		/* ... which it opened */
	char *subject_key;		/* subject without Re:/AW:/Fwd: */
	int is_reply;			/* the subject had such a prefix */
	int agent;			/* from the support team ([sla] agents):
					 * a reply, not a customer's mail */
	char frustration[32];		/* what input.frustration points to */
	int auto_kind;			/* enum auto_kind: automatic mail */
	long long tagged;		/* ticket tag in the subject, or 0 */
	unsigned ticket_signals;	/* the joined ticket's so far */
	char auto_why[96];		/* what told it */
};

/* Classifies raw. Never fails for bad mail: problems are recorded in
 * out->error. Mail that could not be classified (too large, unparsable)
 * goes to the error folder; a rule that failed (a match limit) costs
 * that rule only: the signals that fired count, and the mail goes to its
 * priority folder with the rule named in X-Triage-Error.
 * Returns 0, or -1 on out-of-memory. Clear with triage_clear(). */
int triage_classify(const struct triage_ctx *ctx, const char *raw,
    size_t len, time_t arrived, struct triage *out);
void triage_clear(struct triage *t);

/* Decides the priority again from t->input (after delivery added the
 * history) and sets t->prio and t->folder. */
void triage_redecide(const struct conf *c, struct triage *t);

/* The subject without reply and forward prefixes ("Re:", "AW:", "Fwd:",
 * "WG:", "[EXT]" ...), lower-cased, blanks collapsed; *is_reply says
 * whether a reply or forward prefix was there. Caller frees. */
char *triage_subject_key(const char *subject, int *is_reply);

/* The tagged message: X-Triage-* headers (Ticket only when ticket > 0)
 * prepended to raw. Caller frees (free()). */
char *triage_tag(const struct triage *t, long long ticket, const char *raw,
    size_t len, size_t *outlen);

/* The history of t in the ledger (only read): the ticket a follow-up
 * joins (In-Reply-To, References, or a Re:/AW: subject from the same
 * sender) and the contacts within the repeat window (recorded before
 * row before, when not 0: a message the ledger already has); then
 * decides t's priority again with it. 0, or -1 with *err (caller
 * frees). */
int triage_history(const struct conf *c, struct ledger *l, struct triage *t,
    time_t arrived, long long before, char **err);

#endif
