/* The priority decision: from the signals and the context to a level,
 * the reasons for it and the SLA due time. A pure function of its input,
 * so that every modifier and their combination can be tested alone. */
#ifndef PRIORITY_H
#define PRIORITY_H

#include <stddef.h>
#include <time.h>

#include "mt.h"

struct conf;

struct priority_input {
	unsigned signals;	/* fired signals, 1u << enum mt_signal */
	const char *impact;	/* what the impact filters found
				 * ("production"), or NULL */
	const char *urgency;	/* what the urgency filters found, or NULL */
	const char *relief;	/* what the relief filters found, or NULL */
	const char *usable;	/* what the usable filters found (a workaround,
				 * only slow), or NULL; lowers an outage only */
	const char *frustration; /* what showed it ("words", "shouting",
				 * "!!!"), or NULL */
	int howto;		/* a how-to question, not a problem */
	int tier;		/* index into the config's tiers; 0 none */
	const char *tier_source; /* "list", "header"; NULL: no tier */
	long long contacts;	/* messages from this sender or thread in the
				 * repeat window, this one included */
	long long ticket;	/* > 0: a follow-up joining this ticket */
	enum mt_level ticket_level; /* that ticket's level so far */
	time_t first_arrival;	/* the ticket's first message; for a new
				 * ticket, this message's arrival */
	time_t arrived;		/* this message's arrival */
};

struct priority_decision {
	enum mt_level level;
	char reasons[512];	/* e.g. "outage -> high; impact:production +1" */
	time_t due;		/* first_arrival + the level's SLA target */
	time_t reply_due;	/* arrived + the level's next reply target:
				 * when this follow-up comes after an answer */
	time_t resolve_due;	/* first_arrival + the resolution target */
};

void priority_decide(const struct conf *c, const struct priority_input *in,
    struct priority_decision *out);

/* The three targets of a level ([level] sla_hours, reply_hours,
 * resolve_hours). */
enum priority_target { TARGET_RESPONSE, TARGET_REPLY, TARGET_RESOLVE };

/* start + the level's target (the tier's own, where it has one),
 * counted in business hours when the level says so (the [sla] schedule
 * and holidays in its time zone). tier: index into the config's tiers. */
time_t priority_due_for(const struct conf *c, int tier, enum mt_level level,
    enum priority_target target, time_t start);

/* The first response target of a customer without a tier. */
time_t priority_due(const struct conf *c, enum mt_level level, time_t start);

/* RFC 5322 date ("Mon, 23 Nov 2026 14:00:00 +0000") into buf (>= 40). */
char *priority_format_date(time_t t, char *buf, size_t size);

#endif
