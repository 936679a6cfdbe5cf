/* Unit tests for the report's arithmetic: SLA classes and attainment,
 * nearest-rank percentiles, histogram bins, durations. */
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <glib.h>

#include "report-data.h"
#include "report-format.h"
#include "report-stats.h"

/* Text from outside that a spreadsheet would run as a formula stays text
 * in the CSV; our own numbers stay numbers. */
static const struct {
	const char *subject;
	const char *want;	/* the cell as written */
} csv_cases[] = {
	{ "=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"" },
	{ "+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0" },
	{ "-2+3", "'-2+3" },
	{ "@SUM(1)", "'@SUM(1)" },
	{ "\t=1", "'\t=1" },
	{ "plain subject", "plain subject" },
	{ "-12.5", "-12.5" },
};

START_TEST(test_csv_formula)
{
	struct report_ticket t = { 7, LEVEL_HIGH, 1000, 2000, "=evil@x",
	    (char *)csv_cases[_i].subject };
	struct report r;
	GString *out = g_string_new(NULL);
	char *from;

	memset(&r, 0, sizeof r);
	r.overdue = &t;
	r.noverdue = 1;
	r.noverdue_total = 1;
	r.now = 3000;
	report_csv(out, &r);
	ck_assert_msg(strstr(out->str, csv_cases[_i].want) != NULL,
	    "want %s in:\n%s", csv_cases[_i].want, out->str);
	from = strstr(out->str, "'=evil@x");
	ck_assert_ptr_nonnull(from);
	g_string_free(out, TRUE);
}
END_TEST

/* One ticket each: due, first response, now -> the class it lands in. */
static const struct {
	time_t due, resp, now;
	const char *want;	/* in_time, late, overdue, pending */
} sla_cases[] = {
	{ 100, 90, 200, "in_time" },
	{ 100, 100, 200, "in_time" },	/* at the due time is in time */
	{ 100, 101, 200, "late" },
	{ 100, 0, 200, "overdue" },
	{ 100, 0, 100, "pending" },	/* due now: not yet overdue */
	{ 100, 0, 50, "pending" },
	{ 0, 500, 1000, "in_time" },	/* no due time: answered counts */
	{ 0, 0, 1000, "pending" },
};

START_TEST(test_sla_class)
{
	struct report_sla s = { 0 };
	long long got;

	report_sla_add(&s, sla_cases[_i].due, sla_cases[_i].resp,
	    sla_cases[_i].now);
	ck_assert_int_eq(s.tickets, 1);
	ck_assert_int_eq(s.answered, sla_cases[_i].resp != 0);
	if (strcmp(sla_cases[_i].want, "in_time") == 0)
		got = s.in_time;
	else if (strcmp(sla_cases[_i].want, "late") == 0)
		got = s.late;
	else if (strcmp(sla_cases[_i].want, "overdue") == 0)
		got = s.overdue;
	else
		got = s.pending;
	ck_assert_msg(got == 1, "case %d: not %s", _i, sla_cases[_i].want);
	ck_assert_int_eq(s.in_time + s.late + s.overdue + s.pending, 1);
}
END_TEST

static const struct {
	long long in_time, late, overdue, pending;
	double want;
} att_cases[] = {
	{ 0, 0, 0, 0, -1 },
	{ 0, 0, 0, 5, -1 },		/* only pending: undefined */
	{ 3, 1, 0, 0, 75 },
	{ 3, 0, 1, 9, 75 },		/* pending left out */
	{ 1, 1, 1, 0, 100.0 / 3 },
	{ 0, 2, 2, 0, 0 },
	{ 4, 0, 0, 0, 100 },
};

START_TEST(test_attainment)
{
	struct report_sla s = { 0 };

	s.in_time = att_cases[_i].in_time;
	s.late = att_cases[_i].late;
	s.answered = s.in_time + s.late;
	s.overdue = att_cases[_i].overdue;
	s.pending = att_cases[_i].pending;
	s.tickets = s.answered + s.overdue + s.pending;
	ck_assert_double_eq_tol(report_sla_attainment(&s), att_cases[_i].want,
	    1e-9);
}
END_TEST

/* Nearest rank: v[ceil(p * n / 100) - 1] of the sorted values. */
static const struct {
	long long v[12];
	size_t n;
	unsigned p;
	long long want;
} pct_cases[] = {
	{ { 0 }, 0, 50, -1 },
	{ { 7 }, 1, 50, 7 },
	{ { 7 }, 1, 90, 7 },
	{ { 1, 2 }, 2, 50, 1 },		/* even count: the lower middle */
	{ { 1, 2 }, 2, 90, 2 },
	{ { 3, 1, 2 }, 3, 50, 2 },	/* unsorted input is sorted first */
	{ { 15, 20, 35, 40, 50 }, 5, 50, 35 },
	{ { 15, 20, 35, 40, 50 }, 5, 90, 50 },
	{ { 15, 20, 35, 40, 50 }, 5, 30, 20 },
	{ { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 10, 90, 9 },	/* 9, not 10 */
	{ { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 10, 50, 5 },
	{ { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 }, 11, 90, 10 },
	{ { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 }, 11, 50, 6 },
	{ { 5, 5, 5, 1 }, 4, 100, 5 },
	{ { 5, 5, 5, 1 }, 4, 1, 1 },
};

START_TEST(test_percentile)
{
	long long v[12];

	memcpy(v, pct_cases[_i].v, sizeof(v));
	report_sort(v, pct_cases[_i].n);
	ck_assert_int_eq(report_percentile(v, pct_cases[_i].n,
	    pct_cases[_i].p), pct_cases[_i].want);
}
END_TEST

static const struct {
	long long secs;
	const char *bin;
	const char *dur;
} bin_cases[] = {
	{ 0, "<1h", "0h00m" },
	{ 3599, "<1h", "0h59m" },
	{ 3600, "1-2h", "1h00m" },
	{ 3 * 3600 + 7 * 60 + 59, "2-4h", "3h07m" },
	{ 8 * 3600, "8-24h", "8h00m" },
	{ 47 * 3600, "1-2d", "47h00m" },
	{ 72 * 3600 - 1, "2-3d", "71h59m" },
	{ 72 * 3600, ">3d", "72h00m" },
	{ 1000 * 3600, ">3d", "1000h00m" },
};

START_TEST(test_bins)
{
	char buf[32];

	ck_assert_str_eq(report_hist_label(report_hist_bin(
	    bin_cases[_i].secs)), bin_cases[_i].bin);
	ck_assert_str_eq(report_duration(bin_cases[_i].secs, buf,
	    sizeof(buf)), bin_cases[_i].dur);
}
END_TEST

START_TEST(test_duration_none)
{
	char buf[8];

	ck_assert_str_eq(report_duration(-1, buf, sizeof(buf)), "-");
}
END_TEST

#define N(a) ((int)(sizeof(a) / sizeof((a)[0])))

int
main(void)
{
	Suite *s = suite_create("report");
	TCase *tc = tcase_create("stats");
	SRunner *sr;
	int failed;

	tcase_add_loop_test(tc, test_csv_formula, 0, N(csv_cases));
	tcase_add_loop_test(tc, test_sla_class, 0, N(sla_cases));
	tcase_add_loop_test(tc, test_attainment, 0, N(att_cases));
	tcase_add_loop_test(tc, test_percentile, 0, N(pct_cases));
	tcase_add_loop_test(tc, test_bins, 0, N(bin_cases));
	tcase_add_test(tc, test_duration_none);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
