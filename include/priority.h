/* The priority decision: from signals and context to a level, its
 * reasons and the SLA due time. */
#ifndef PRIORITY_H
#define PRIORITY_H

#include <time.h>
#include "mt.h"

struct conf;

struct priority_decision {
	enum mt_level level;
	char reasons[512];	/* e.g. "outage -> high" */
	time_t due;		/* arrived + the level's SLA target */
};

void priority_decide(const struct conf *c, unsigned signals, time_t arrived,
    struct priority_decision *out);

/* RFC 5322 date ("Mon, 23 Nov 2026 14:00:00 +0000") into buf (>= 40). */
char *priority_format_date(time_t t, char *buf, size_t size);

#endif
