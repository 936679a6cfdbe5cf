/* Unit tests for alerts: names, quiet hours across midnight and a time
 * zone, critical through quiet hours unless told. */
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <glib.h>

#include "alert.h"
#include "conf.h"

static time_t
utc(int y, int mo, int d, int h, int mi)
{
	GDateTime *t = g_date_time_new_utc(y, mo, d, h, mi, 0);
	time_t r = (time_t)g_date_time_to_unix(t);

	g_date_time_unref(t);
	return r;
}

START_TEST(test_names)
{
	ck_assert_int_eq(alert_event_parse("escalation"), ALERT_ESCALATION);
	ck_assert_int_eq(alert_event_parse("boom"), -1);
	ck_assert_str_eq(alert_event_name(ALERT_WARNING), "warning");
	ck_assert_int_eq(alert_channel_parse("rocketchat"), CHANNEL_ROCKETCHAT);
	ck_assert_str_eq(alert_channel_name(CHANNEL_TEAMS), "teams");
	ck_assert_int_eq(alert_channel_parse("pager"), -1);
}
END_TEST

/* 22:00-07:00 in Berlin (UTC+1 in December). */
START_TEST(test_quiet)
{
	struct conf *c = NULL;
	struct conf_alert r;

	ck_assert_int_eq(conf_load(NULL, NULL, &c), 0);
	g_free(c->timezone);
	c->timezone = g_strdup("Europe/Berlin");
	memset(&r, 0, sizeof(r));
	r.quiet_from = 22 * 60;
	r.quiet_to = 7 * 60;
	/* 23:30 local: held until 07:00 the next morning */
	ck_assert_int_eq(alert_quiet_until(c, &r, LEVEL_HIGH,
	    utc(2026, 12, 3, 22, 30)), utc(2026, 12, 4, 6, 0));
	/* 05:00 local: until 07:00 that morning */
	ck_assert_int_eq(alert_quiet_until(c, &r, LEVEL_HIGH,
	    utc(2026, 12, 4, 4, 0)), utc(2026, 12, 4, 6, 0));
	/* noon: at once */
	ck_assert_int_eq(alert_quiet_until(c, &r, LEVEL_HIGH,
	    utc(2026, 12, 4, 11, 0)), utc(2026, 12, 4, 11, 0));
	/* critical goes through, unless the route says otherwise */
	ck_assert_int_eq(alert_quiet_until(c, &r, LEVEL_CRITICAL,
	    utc(2026, 12, 3, 22, 30)), utc(2026, 12, 3, 22, 30));
	r.quiet_critical = 1;
	ck_assert_int_eq(alert_quiet_until(c, &r, LEVEL_CRITICAL,
	    utc(2026, 12, 3, 22, 30)), utc(2026, 12, 4, 6, 0));
	/* a window within one day: 12:00-13:00 */
	r.quiet_from = 12 * 60;
	r.quiet_to = 13 * 60;
	ck_assert_int_eq(alert_quiet_until(c, &r, LEVEL_LOW,
	    utc(2026, 12, 4, 11, 30)), utc(2026, 12, 4, 12, 0));
	ck_assert_int_eq(alert_quiet_until(c, &r, LEVEL_LOW,
	    utc(2026, 12, 4, 12, 30)), utc(2026, 12, 4, 12, 30));
	/* none */
	r.quiet_from = r.quiet_to = -1;
	ck_assert_int_eq(alert_quiet_until(c, &r, LEVEL_LOW, 1000), 1000);
	conf_free(&c);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("alert");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_add_test(tc, test_names);
	tcase_add_test(tc, test_quiet);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
