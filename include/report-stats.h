/* The report's arithmetic, kept pure so it can be tested alone: SLA
 * attainment, nearest-rank percentiles, the response-time histogram and
 * durations as text. */
#ifndef REPORT_STATS_H
#define REPORT_STATS_H

#include <stddef.h>
#include <time.h>

/* Tickets of one priority by their first response against the due time.
 *   in_time: answered at or before sla_due (or answered, with no due time)
 *   late:    answered after sla_due
 *   overdue: not answered, and now is past sla_due
 *   pending: not answered, and not yet due (or no due time)
 * tickets = in_time + late + overdue + pending; answered = in_time + late. */
struct report_sla {
	long long tickets;
	long long answered;
	long long in_time;
	long long late;
	long long overdue;
	long long pending;
};

/* Counts one ticket into s; times in unix seconds, 0 = none. */
void report_sla_add(struct report_sla *s, time_t sla_due,
    time_t first_response, time_t now);

/* Attainment in percent: in_time / (answered + overdue) * 100. Pending
 * tickets are left out (they may still make it). -1 when no ticket was
 * answered or overdue. */
double report_sla_attainment(const struct report_sla *s);

/* Sorts v ascending. */
void report_sort(long long *v, size_t n);

/* The nearest-rank percentile p (1..100) of sorted v[0..n): the value at
 * rank ceil(p * n / 100), 1-based, so at least p% of the values are <= it
 * and it is always one of them (the median of an even count is the
 * lower middle value). -1 when n is 0. */
long long report_percentile(const long long *sorted, size_t n,
    unsigned p);

/* The response-time histogram: REPORT_HIST_BINS bins by hours. */
#define REPORT_HIST_BINS 8
size_t report_hist_bin(long long seconds);	/* bin of a duration */
const char *report_hist_label(size_t bin);	/* "<1h", "1-2h", ... */

/* A duration as "3h07m" (whole minutes, rounded down; hours may pass
 * 24); "-" when seconds < 0. Returns buf. */
char *report_duration(long long seconds, char *buf, size_t size);

#endif
