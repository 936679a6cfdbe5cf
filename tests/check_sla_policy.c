/* Tests for the pure SLA policy (sla-policy.c), one table each: when a
 * ticket escalates and to what (first response, next reply, waiting on
 * the customer), when a reminder is due, the response due time of a
 * correction and the resolution due time with pauses. */
#include <check.h>
#include <glib.h>

#include "conf.h"
#include "ledger.h"
#include "priority.h"
#include "sla-policy.h"

#define H 3600

static const struct {
	enum mt_level level;
	time_t due, response, now;
	int escalates;
	enum mt_level to;
	time_t answered, paused;	/* current target met; waiting */
	long long replies;		/* > 0: a next reply is due */
} esc_cases[] = {
	{ LEVEL_LOW, 1000, 0, 1001, 1, LEVEL_MEDIUM, 0, 0, 0 },
	{ LEVEL_MEDIUM, 1000, 0, 5000, 1, LEVEL_HIGH, 0, 0, 0 },
	{ LEVEL_HIGH, 1000, 0, 1001, 1, LEVEL_CRITICAL, 0, 0, 0 },
	{ LEVEL_CRITICAL, 1000, 0, 1001, 1, LEVEL_CRITICAL, 0, 0, 0 },
	{ LEVEL_HIGH, 1000, 0, 1000, 0, 0, 0, 0, 0 },	/* due now: not yet */
	{ LEVEL_HIGH, 1000, 0, 999, 0, 0, 0, 0, 0 },
	{ LEVEL_HIGH, 1000, 900, 5000, 0, 0, 900, 0, 0 }, /* answered */
	{ LEVEL_HIGH, 1000, 1100, 5000, 0, 0, 1100, 0, 0 }, /* late: no */
	{ LEVEL_HIGH, 0, 0, 5000, 0, 0, 0, 0, 0 },	/* no due time */
	/* waiting on the customer: no response is due */
	{ LEVEL_HIGH, 1000, 0, 5000, 0, 0, 0, 800, 0 },
	/* first response given, the customer wrote again: the next reply
	 * is due and missed */
	{ LEVEL_HIGH, 1000, 900, 5000, 1, LEVEL_CRITICAL, 0, 0, 1 },
	/* ... and answered */
	{ LEVEL_HIGH, 1000, 900, 5000, 0, 0, 1200, 0, 1 },
};

START_TEST(test_escalation)
{
	struct conf *c = NULL;
	struct ledger_open_ticket t = { .id = 7, .priority =
	    esc_cases[_i].level, .sla_due = esc_cases[_i].due,
	    .first_response = esc_cases[_i].response, .created = 500,
	    .answered = esc_cases[_i].answered, .paused = esc_cases[_i].paused,
	    .replies = esc_cases[_i].replies };
	struct ledger_escalation e;

	ck_assert_int_eq(conf_load(NULL, NULL, &c), 0);
	ck_assert_int_eq(sla_policy_escalation(c, &t, esc_cases[_i].now, &e),
	    esc_cases[_i].escalates);
	if (esc_cases[_i].escalates) {
		ck_assert_int_eq(e.ticket, 7);
		ck_assert_int_eq(e.from_level, esc_cases[_i].level);
		ck_assert_int_eq(e.to_level, esc_cases[_i].to);
		ck_assert_int_eq(e.due_before, esc_cases[_i].due);
		ck_assert_int_eq(e.at, esc_cases[_i].now);
		/* The new level's target, counted from now. */
		ck_assert_int_eq(e.due_after, priority_due_for(c, 0,
		    esc_cases[_i].to, esc_cases[_i].replies ? TARGET_REPLY :
		    TARGET_RESPONSE, esc_cases[_i].now));
		ck_assert_int_gt(e.due_after, esc_cases[_i].now);
	}
	conf_free(&c);
}
END_TEST

static const struct {
	time_t last, now;
	int due;
} remind_cases[] = {
	{ 0, 1000, 1 },			/* none sent yet */
	{ 1000, 1000 + 4 * H - 1, 0 },	/* within remind_hours (4) */
	{ 1000, 1000 + 4 * H, 1 },
	{ 1000, 1000 + 10 * H, 1 },
};

START_TEST(test_remind)
{
	struct conf *c = NULL;
	struct ledger_open_ticket t = { .id = 1, .priority = LEVEL_CRITICAL,
	    .last_notified = remind_cases[_i].last };

	ck_assert_int_eq(conf_load(NULL, NULL, &c), 0);
	ck_assert_int_eq(sla_policy_remind(c, &t, remind_cases[_i].now),
	    remind_cases[_i].due);
	ck_assert_int_eq(sla_policy_next_reminder(c, LEVEL_CRITICAL,
	    remind_cases[_i].now), remind_cases[_i].now + 4 * H);
	conf_free(&c);
}
END_TEST

/* A level's own remind_hours wins over [sla]'s. */
START_TEST(test_remind_per_level)
{
	struct conf *c = NULL;
	struct ledger_open_ticket t = { .id = 1, .priority = LEVEL_CRITICAL,
	    .last_notified = 1000 };

	ck_assert_int_eq(conf_load(NULL, NULL, &c), 0);
	c->level[LEVEL_CRITICAL].remind_hours = 0.5;
	ck_assert_int_eq(sla_policy_remind(c, &t, 1000 + H / 2 - 1), 0);
	ck_assert_int_eq(sla_policy_remind(c, &t, 1000 + H / 2), 1);
	t.priority = LEVEL_HIGH;	/* [sla] remind_hours: 4 */
	ck_assert_int_eq(sla_policy_remind(c, &t, 1000 + H / 2), 0);
	ck_assert_int_eq(sla_policy_next_reminder(c, LEVEL_CRITICAL, 0),
	    H / 2);
	conf_free(&c);
}
END_TEST

/* A correction's response due time: from the start, or in a next reply
 * from the follow-up, with the level's reply_hours. */
START_TEST(test_response_due)
{
	struct conf *c = NULL;
	struct ledger_open_ticket t = { .id = 1, .priority = LEVEL_LOW,
	    .created = 1000, .cycle_start = 1000 };

	ck_assert_int_eq(conf_load(NULL, NULL, &c), 0);
	ck_assert_int_eq(sla_policy_response_due(c, &t, LEVEL_HIGH),
	    1000 + 4 * H);
	c->level[LEVEL_HIGH].reply_hours = 2;
	t.replies = 1;
	t.cycle_start = 50000;
	ck_assert_int_eq(sla_policy_response_due(c, &t, LEVEL_HIGH),
	    50000 + 2 * H);
	c->level[LEVEL_HIGH].reply_hours = 0;	/* default: sla_hours */
	ck_assert_int_eq(sla_policy_response_due(c, &t, LEVEL_HIGH),
	    50000 + 4 * H);
	conf_free(&c);
}
END_TEST

/* Resolution: critical 4 h, high 8 h, medium 24 h, low 120 h by
 * default; pauses that ended move it, and so does one still running,
 * during which it is never late. */
START_TEST(test_resolve_due)
{
	struct conf *c = NULL;
	struct ledger_open_ticket t = { .id = 1, .created = 1000 };

	ck_assert_int_eq(conf_load(NULL, NULL, &c), 0);
	ck_assert_int_eq(sla_policy_resolve_due(c, NULL, LEVEL_CRITICAL, 1000, 0),
	    1000 + 4 * H);
	ck_assert_int_eq(sla_policy_resolve_due(c, NULL, LEVEL_HIGH, 1000, 0),
	    1000 + 8 * H);
	ck_assert_int_eq(sla_policy_resolve_due(c, NULL, LEVEL_MEDIUM, 1000, 0),
	    1000 + 24 * H);
	ck_assert_int_eq(sla_policy_resolve_due(c, NULL, LEVEL_LOW, 1000, 0),
	    1000 + 120 * H);
	ck_assert_int_eq(sla_policy_resolve_due(c, NULL, LEVEL_HIGH, 1000, 600),
	    1000 + 8 * H + 600);
	c->level[LEVEL_HIGH].resolve_hours = 1;
	ck_assert_int_eq(sla_policy_resolve_due(c, NULL, LEVEL_HIGH, 1000, 0),
	    1000 + H);

	/* no target (a ticket from before): never late */
	ck_assert_int_eq(sla_policy_resolve_by(&t, 99 * H), 0);
	ck_assert_int_eq(sla_policy_late(&t, 99 * H), 0);
	t.resolve_due = 1000 + H;
	ck_assert_int_eq(sla_policy_late(&t, 1000 + H), 0);
	ck_assert_int_eq(sla_policy_late(&t, 1000 + H + 1), 1);
	/* waiting on the customer since 1500: moved, and not late */
	t.paused = 1500;
	ck_assert_int_eq(sla_policy_resolve_by(&t, 1000 + 5 * H),
	    1000 + H + (1000 + 5 * H - 1500));
	ck_assert_int_eq(sla_policy_late(&t, 1000 + 5 * H), 0);
	conf_free(&c);
}
END_TEST

static Suite *
sla_policy_suite(void)
{
	Suite *s = suite_create("sla_policy");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_escalation, 0, G_N_ELEMENTS(esc_cases));
	tcase_add_loop_test(tc, test_remind, 0, G_N_ELEMENTS(remind_cases));
	tcase_add_test(tc, test_remind_per_level);
	tcase_add_test(tc, test_response_due);
	tcase_add_test(tc, test_resolve_due);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(sla_policy_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
