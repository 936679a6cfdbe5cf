/* Unit tests for holidays: config dates and ranges, iCalendar files
 * (all-day events, multi-day, DURATION, yearly rules with COUNT/UNTIL/
 * EXDATE, 29 February, folded lines, cancelled and timed events), the
 * errors at file:line:col, and the business-hours due time skipping a
 * holiday. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <check.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "conf.h"
#include "diag.h"
#include "holiday.h"
#include "priority.h"

static char *tmpdir;

static char *
write_file(const char *name, const char *text)
{
	char *p = g_build_filename(tmpdir, name, NULL);

	ck_assert(g_file_set_contents(p, text, -1, NULL));
	return p;
}

static struct holidays *
parse_ok(const char *spec, struct diag *d)
{
	char *conf = g_build_filename(tmpdir, "mailtriage.conf", NULL);
	struct holidays *h = NULL;

	ck_assert_msg(holidays_parse(spec, conf, 7, 12, d, &h) == 0,
	    "%s: %s", spec, diag_len(d) ? diag_text(d, 0) : "");
	g_free(conf);
	return h;
}

static void
setup(void)
{
	tmpdir = g_dir_make_tmp("check_holiday.XXXXXX", NULL);
	ck_assert_ptr_nonnull(tmpdir);
}

static void
teardown(void)
{
	char *cmd = g_strdup_printf("rm -rf '%s'", tmpdir);

	ck_assert_int_eq(system(cmd), 0);
	g_free(cmd);
	g_free(tmpdir);
}

START_TEST(test_dates_and_ranges)
{
	struct diag *d = diag_new();
	struct holidays *h = parse_ok("2026-12-24, 2026-12-30..2027-01-01 ,"
	    "2026-12-24", d);

	ck_assert(holidays_has(h, 2026, 12, 24));
	ck_assert(!holidays_has(h, 2026, 12, 25));
	ck_assert(holidays_has(h, 2026, 12, 30));
	ck_assert(holidays_has(h, 2026, 12, 31));
	ck_assert(holidays_has(h, 2027, 1, 1));
	ck_assert(!holidays_has(h, 2027, 1, 2));
	ck_assert_uint_eq(holidays_count(h), 4);	/* the double once */
	char *sum = holidays_summary(h);
	ck_assert_str_eq(sum, "4 days from 2026-12-24 to 2027-01-01");
	g_free(sum);
	ck_assert(!holidays_has(NULL, 2026, 12, 24));
	ck_assert_uint_eq(diag_len(d), 0);
	holidays_free(&h);
	ck_assert_ptr_null(h);
	diag_free(&d);
}
END_TEST

static const struct {
	const char *spec;
	const char *want;	/* in the first message */
} bad_specs[] = {
	{ "2026-13-01", "mailtriage.conf:7:12: error: [sla] holidays: bad "
	  "entry \"2026-13-01\"" },
	{ "2026-12-24, christmas", "mailtriage.conf:7:24: error: [sla] "
	  "holidays: bad entry \"christmas\"" },
	{ "2026-12-31..2026-12-24", "bad entry" },
	{ "2026-01-01..2027-06-01", "at most a year" },
	{ "2026-02-29", "bad entry" },
	{ "missing.ics", "missing.ics: error: " },
};

START_TEST(test_bad_spec)
{
	struct diag *d = diag_new();
	char *conf = g_build_filename(tmpdir, "mailtriage.conf", NULL);
	struct holidays *h = (struct holidays *)1;

	ck_assert_int_eq(holidays_parse(bad_specs[_i].spec, conf, 7, 12, d,
	    &h), -1);
	ck_assert_ptr_null(h);
	ck_assert_msg(strstr(diag_text(d, 0), bad_specs[_i].want) != NULL,
	    "%s: got \"%s\"", bad_specs[_i].spec, diag_text(d, 0));
	g_free(conf);
	diag_free(&d);
}
END_TEST

START_TEST(test_ics)
{
	struct diag *d = diag_new();
	char *p = write_file("de.ics",
	    "BEGIN:VCALENDAR\r\n"
	    "VERSION:2.0\r\n"
	    "PRODID:-//test//EN\r\n"
	    "BEGIN:VEVENT\r\n"
	    "UID:1\r\n"
	    "SUMMARY:Tag der Deutschen \r\n"
	    " Einheit\r\n"
	    "DTSTART;VALUE=DATE:20261003\r\n"
	    "DTEND;VALUE=DATE:20261004\r\n"
	    "END:VEVENT\r\n"
	    /* two days, with an alarm inside that must not confuse */
	    "BEGIN:VEVENT\r\n"
	    "DTSTART;VALUE=DATE:20261225\r\n"
	    "DTEND;VALUE=DATE:20261227\r\n"
	    "BEGIN:VALARM\r\n"
	    "TRIGGER:-PT15M\r\n"
	    "DTSTART:19700101T000000\r\n"
	    "END:VALARM\r\n"
	    "END:VEVENT\r\n"
	    /* yearly from 2025, five times, not in 2027 */
	    "BEGIN:VEVENT\r\n"
	    "DTSTART;VALUE=DATE:20250501\r\n"
	    "RRULE:FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=1;COUNT=5\r\n"
	    "EXDATE;VALUE=DATE:20270501\r\n"
	    "END:VEVENT\r\n"
	    /* yearly until 2028, with a DURATION of a day */
	    "BEGIN:VEVENT\r\n"
	    "DTSTART;VALUE=DATE:20260101\r\n"
	    "DURATION:P1D\r\n"
	    "RRULE:FREQ=YEARLY;UNTIL=20280101\r\n"
	    "RDATE;VALUE=DATE:20261231\r\n"
	    "END:VEVENT\r\n"
	    /* leap day: only in leap years */
	    "BEGIN:VEVENT\r\n"
	    "DTSTART;VALUE=DATE:20240229\r\n"
	    "RRULE:FREQ=YEARLY\r\n"
	    "END:VEVENT\r\n"
	    /* a week by DURATION */
	    "BEGIN:VEVENT\r\n"
	    "DTSTART;VALUE=DATE:20260803\r\n"
	    "DURATION:P1W\r\n"
	    "END:VEVENT\r\n"
	    /* cancelled */
	    "BEGIN:VEVENT\r\n"
	    "DTSTART;VALUE=DATE:20261111\r\n"
	    "STATUS:CANCELLED\r\n"
	    "END:VEVENT\r\n"
	    "END:VCALENDAR\r\n");
	struct holidays *h = parse_ok("2026-12-24, de.ics", d);

	ck_assert_uint_eq(diag_len(d), 0);
	ck_assert(holidays_has(h, 2026, 10, 3));
	ck_assert(!holidays_has(h, 2026, 10, 4));
	ck_assert(holidays_has(h, 2026, 12, 24));
	ck_assert(holidays_has(h, 2026, 12, 25));
	ck_assert(holidays_has(h, 2026, 12, 26));
	ck_assert(!holidays_has(h, 2026, 12, 27));
	ck_assert(!holidays_has(h, 1970, 1, 1));
	ck_assert(holidays_has(h, 2025, 5, 1));
	ck_assert(holidays_has(h, 2026, 5, 1));
	ck_assert(!holidays_has(h, 2027, 5, 1));	/* EXDATE */
	ck_assert(holidays_has(h, 2029, 5, 1));
	ck_assert(!holidays_has(h, 2030, 5, 1));	/* COUNT=5 */
	ck_assert(holidays_has(h, 2026, 1, 1));
	ck_assert(holidays_has(h, 2028, 1, 1));
	ck_assert(!holidays_has(h, 2026, 1, 2));
	ck_assert(!holidays_has(h, 2029, 1, 1));	/* UNTIL */
	ck_assert(holidays_has(h, 2026, 12, 31));	/* RDATE */
	ck_assert(holidays_has(h, 2028, 2, 29));
	ck_assert(!holidays_has(h, 2027, 2, 28));
	ck_assert(!holidays_has(h, 2027, 3, 1));
	ck_assert(holidays_has(h, 2026, 8, 3));
	ck_assert(holidays_has(h, 2026, 8, 9));
	ck_assert(!holidays_has(h, 2026, 8, 10));
	ck_assert(!holidays_has(h, 2026, 11, 11));	/* cancelled */
	holidays_free(&h);
	g_free(p);
	diag_free(&d);
}
END_TEST

/* LF line ends, lower-case names, an absolute path. */
START_TEST(test_ics_plain)
{
	struct diag *d = diag_new();
	char *p = write_file("plain.ics", "begin:vcalendar\nbegin:vevent\n"
	    "dtstart;value=date:20270101\nend:vevent\nend:vcalendar\n");
	struct holidays *h = parse_ok(p, d);

	ck_assert(holidays_has(h, 2027, 1, 1));
	holidays_free(&h);
	g_free(p);
	diag_free(&d);
}
END_TEST

static const struct {
	const char *text;
	enum diag_severity sev;
	const char *want;
} bad_ics[] = {
	{ "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\nEND:VEVENT\n",
	  DIAG_ERROR, "bad.ics:1:1: error: no BEGIN:VCALENDAR" },
	{ "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261332\n"
	  "END:VEVENT\nEND:VCALENDAR\n", DIAG_ERROR,
	  "bad.ics:3:20: error: bad DTSTART \"20261332\"" },
	{ "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\n"
	  "END:VCALENDAR\n", DIAG_ERROR,
	  "bad.ics:2:1: error: VEVENT without DTSTART" },
	{ "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\n"
	  "DTEND;VALUE=DATE:20261225\nEND:VEVENT\nEND:VCALENDAR\n",
	  DIAG_ERROR, "DTEND must be after DTSTART" },
	{ "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\n"
	  "DURATION:PT8H\nEND:VEVENT\nEND:VCALENDAR\n", DIAG_ERROR,
	  "bad.ics:4:10: error: bad DURATION" },
	{ "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\n"
	  "END:VCALENDAR\n", DIAG_ERROR, "VEVENT without END:VEVENT" },
	{ "BEGIN:VCALENDAR\nthis is not ical\nEND:VCALENDAR\n", DIAG_ERROR,
	  "bad.ics:2:1: error: not an iCalendar line" },
	{ "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261225T090000Z\n"
	  "END:VEVENT\nEND:VCALENDAR\n", DIAG_WARNING,
	  "bad.ics:3: warning: event with a time of day left out" },
	{ "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261126\n"
	  "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH\nEND:VEVENT\n"
	  "END:VCALENDAR\n", DIAG_WARNING,
	  "bad.ics:4:7: warning: repeating rule not followed (BYDAY)" },
	/* an interval that would wrap: refused, not looped over */
	{ "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261126\n"
	  "RRULE:FREQ=YEARLY;INTERVAL=4294967297\nEND:VEVENT\n"
	  "END:VCALENDAR\n", DIAG_WARNING,
	  "bad.ics:4:7: warning: repeating rule not followed (bad INTERVAL" },
};

START_TEST(test_ics_bad)
{
	struct diag *d = diag_new();
	char *p = write_file("bad.ics", bad_ics[_i].text);
	struct holidays *h = NULL;
	int rc = holidays_parse("bad.ics", p, 3, 12, d, &h);

	ck_assert_int_eq(rc, bad_ics[_i].sev == DIAG_ERROR ? -1 : 0);
	ck_assert_uint_ge(diag_len(d), 1);
	ck_assert_msg(strstr(diag_text(d, 0), bad_ics[_i].want) != NULL,
	    "case %d: got \"%s\"", _i, diag_text(d, 0));
	/* a rule it cannot follow keeps the first date */
	if (bad_ics[_i].sev == DIAG_WARNING && strstr(bad_ics[_i].text,
	    "RRULE") != NULL) {
		ck_assert(holidays_has(h, 2026, 11, 26));
		ck_assert(!holidays_has(h, 2027, 11, 26));
	}
	holidays_free(&h);
	g_free(p);
	diag_free(&d);
}
END_TEST

static time_t
utc(int y, int mo, int d, int h, int mi)
{
	GDateTime *t = g_date_time_new_utc(y, mo, d, h, mi, 0);
	time_t r = (time_t)g_date_time_to_unix(t);

	g_date_time_unref(t);
	return r;
}

/* Read through conf_load, as deliver does: Thu 2026-12-24 16:00 CET +
 * 4 business hours, with 24-26 December closed -> Mon 28th 12:00. */
START_TEST(test_due_skips_holidays)
{
	struct diag *d = diag_new();
	struct conf *c = NULL;
	char *ics = write_file("xmas.ics", "BEGIN:VCALENDAR\nBEGIN:VEVENT\n"
	    "DTSTART;VALUE=DATE:20261225\nDTEND;VALUE=DATE:20261227\n"
	    "END:VEVENT\nEND:VCALENDAR\n");
	char *cf = write_file("mailtriage.conf", "[high]\nbusiness_hours = "
	    "true\nsla_hours = 4\n[sla]\ntimezone = Europe/Berlin\n"
	    "holidays = 2026-12-24, xmas.ics\n");

	ck_assert_msg(conf_load(cf, d, &c) == 0, "%s",
	    diag_len(d) ? diag_text(d, 0) : "");
	/* Wed 23rd 16:00 CET: 1h Wednesday, 3h on Monday 28th */
	ck_assert_int_eq(priority_due(c, LEVEL_HIGH, utc(2026, 12, 23, 15, 0)),
	    utc(2026, 12, 28, 11, 0));
	/* arriving on the holiday itself */
	ck_assert_int_eq(priority_due(c, LEVEL_HIGH, utc(2026, 12, 24, 9, 0)),
	    utc(2026, 12, 28, 12, 0));
	conf_free(&c);
	diag_free(&d);

	/* a bad calendar makes the config fail, pointing into the file */
	d = diag_new();
	g_free(write_file("xmas.ics", "BEGIN:VCALENDAR\nBEGIN:VEVENT\n"
	    "DTSTART;VALUE=DATE:2026122\nEND:VEVENT\nEND:VCALENDAR\n"));
	ck_assert_int_eq(conf_load(cf, d, &c), -1);
	ck_assert_msg(strstr(diag_text(d, 0), "xmas.ics:3:20: error: bad "
	    "DTSTART") != NULL, "got \"%s\"", diag_text(d, 0));
	g_free(ics);
	g_free(cf);
	diag_free(&d);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("holiday");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_dates_and_ranges);
	tcase_add_loop_test(tc, test_bad_spec, 0, G_N_ELEMENTS(bad_specs));
	tcase_add_test(tc, test_ics);
	tcase_add_test(tc, test_ics_plain);
	tcase_add_loop_test(tc, test_ics_bad, 0, G_N_ELEMENTS(bad_ics));
	tcase_add_test(tc, test_due_skips_holidays);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
