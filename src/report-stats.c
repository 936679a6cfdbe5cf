/* The report's arithmetic: SLA attainment, nearest-rank percentiles, the
 * response-time histogram, durations. No I/O, no ledger. */
#include <stdio.h>
#include <stdlib.h>

#include "report-stats.h"

void
report_sla_add(struct report_sla *s, time_t sla_due, time_t first_response,
    time_t now)
{
	s->tickets++;
	if (first_response != 0) {
		s->answered++;
		if (sla_due == 0 || first_response <= sla_due)
			s->in_time++;
		else
			s->late++;
	} else if (sla_due != 0 && now > sla_due)
		s->overdue++;
	else
		s->pending++;
}

double
report_sla_attainment(const struct report_sla *s)
{
	long long denom = s->answered + s->overdue;

	if (denom <= 0)
		return -1;
	return 100.0 * (double)s->in_time / (double)denom;
}

static int
report_cmp(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;

	return (x > y) - (x < y);
}

void
report_sort(long long *v, size_t n)
{
	if (n > 1)
		qsort(v, n, sizeof(*v), report_cmp);
}

/* Integer arithmetic: ceil(0.9 * 10) must be 9, not 10. */
long long
report_percentile(const long long *sorted, size_t n, unsigned p)
{
	size_t rank;

	if (n == 0)
		return -1;
	if (p > 100)
		p = 100;
	rank = ((size_t)p * n + 99) / 100;
	if (rank < 1)
		rank = 1;
	return sorted[rank - 1];
}

/* Upper bounds of the bins in hours; the last bin is open. */
static const struct {
	long long below_h;
	const char *label;
} report_bins[REPORT_HIST_BINS] = {
	{ 1, "<1h" },
	{ 2, "1-2h" },
	{ 4, "2-4h" },
	{ 8, "4-8h" },
	{ 24, "8-24h" },
	{ 48, "1-2d" },
	{ 72, "2-3d" },
	{ 0, ">3d" },
};

size_t
report_hist_bin(long long seconds)
{
	size_t i;

	for (i = 0; i + 1 < REPORT_HIST_BINS; i++)
		if (seconds < report_bins[i].below_h * 3600)
			break;
	return i;
}

const char *
report_hist_label(size_t bin)
{
	return bin < REPORT_HIST_BINS ? report_bins[bin].label : "?";
}

char *
report_duration(long long seconds, char *buf, size_t size)
{
	if (seconds < 0)
		snprintf(buf, size, "-");
	else
		snprintf(buf, size, "%lldh%02lldm", seconds / 3600,
		    seconds % 3600 / 60);
	return buf;
}
