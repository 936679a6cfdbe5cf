/* The classification pipeline every front end shares: raw bytes in,
 * parsed message, matched rules, priority and folder out. */
#ifndef TRIAGE_H
#define TRIAGE_H

#include <stddef.h>
#include <time.h>
#include "match.h"
#include "priority.h"

struct conf;
struct filter_set;
struct msg;
struct rx_scratch;

struct triage_ctx {
	const struct conf *conf;
	const struct filter_set *filters;
	struct rx_scratch *scratch;	/* may be NULL */
};

struct triage {
	struct msg *msg;		/* NULL when the message was too large */
	struct match_result match;
	struct priority_decision prio;
	char body_hash[65];		/* hex SHA-256 of the body bytes */
	char *error;			/* X-Triage-Error text, or NULL */
	const char *folder;		/* destination (owned by the conf) */
};

/* Classifies raw. Never fails for bad mail: parse or filter problems are
 * recorded in out->error and the message goes to the error folder.
 * Returns 0, or -1 on out-of-memory. Clear with triage_clear(). */
int triage_classify(const struct triage_ctx *ctx, const char *raw,
    size_t len, time_t arrived, struct triage *out);
void triage_clear(struct triage *t);

/* The tagged message: X-Triage-* headers (Ticket only when ticket > 0)
 * prepended to raw. Caller frees (free()). */
char *triage_tag(const struct triage *t, long long ticket, const char *raw,
    size_t len, size_t *outlen);

#endif
