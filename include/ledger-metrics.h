/* What the ledger holds that a monitor wants to see (monitor.c): counts
 * only, read in one go. */
#ifndef LEDGER_METRICS_H
#define LEDGER_METRICS_H

#include <time.h>

#include "mt.h"

struct ledger;

struct ledger_gauges {
	/* Customers' mail by the priority it was filed with: [level][0]
	 * still pending (a filing not finished), [level][1] filed. */
	long long messages[LEVEL_COUNT][2];
	long long auto_messages;	/* automatic mail (auto.h), filed */
	time_t last_filed;		/* newest arrival filed; 0: none */
	/* The alert queue by state, and the oldest alert waiting (queued or
	 * sending); 0: none. */
	long long alerts_queued, alerts_sending, alerts_failed;
	time_t alert_oldest;
	long long escalations;		/* ever recorded */
};

/* Fills *out. 0, or -1 with *err (caller frees). */
int ledger_gauges(struct ledger *l, struct ledger_gauges *out, char **err);

#endif
