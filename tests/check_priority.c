/* Unit tests for the priority decision: each modifier alone, their
 * combination (caps, order, ties), follow-ups, and SLA due times in
 * business hours across a weekend and a daylight-saving change. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <check.h>
#include <glib.h>

#include "conf.h"
#include "diag.h"
#include "priority.h"

#define S(x) (1u << SIG_##x)

static struct conf *
defaults(void)
{
	struct diag *d = diag_new();
	struct conf *c = NULL;

	ck_assert_int_eq(conf_load(NULL, d, &c), 0);
	diag_free(&d);
	return c;
}

static const struct {
	const char *name;
	unsigned signals;
	const char *impact, *frustration;
	enum mt_tier tier;
	long long contacts, ticket;
	enum mt_level ticket_level;
	int critical_by_modifiers;
	enum mt_level want;
	const char *reasons;
	int howto;
} cases[] = {
	{ "no signal", 0, NULL, NULL, TIER_NONE, 1, 0, 0, 0,
	  LEVEL_LOW, "no signal -> low", 0 },
	{ "safety", S(SAFETY), NULL, NULL, TIER_NONE, 1, 0, 0, 0,
	  LEVEL_CRITICAL, "safety -> critical", 0 },
	{ "outage", S(OUTAGE), NULL, NULL, TIER_NONE, 1, 0, 0, 0,
	  LEVEL_HIGH, "outage -> high", 0 },
	{ "payment", S(PAYMENT), NULL, NULL, TIER_NONE, 1, 0, 0, 0,
	  LEVEL_MEDIUM, "payment -> medium", 0 },
	{ "account", S(ACCOUNT), NULL, NULL, TIER_NONE, 1, 0, 0, 0,
	  LEVEL_MEDIUM, "account -> medium", 0 },
	/* ties: the signal of higher precedence is named */
	{ "outage and payment", S(OUTAGE) | S(PAYMENT), NULL, NULL, TIER_NONE,
	  1, 0, 0, 0, LEVEL_HIGH, "outage -> high", 0 },
	{ "safety and account", S(SAFETY) | S(ACCOUNT), NULL, NULL, TIER_NONE,
	  1, 0, 0, 0, LEVEL_CRITICAL, "safety -> critical", 0 },
	/* each modifier alone */
	{ "impact on account", S(ACCOUNT), "production", NULL, TIER_NONE, 1,
	  0, 0, 0, LEVEL_HIGH,
	  "account -> medium; impact:production +1; -> high", 0 },
	{ "outage with impact is critical", S(OUTAGE), "revenue", NULL,
	  TIER_NONE, 1, 0, 0, 0, LEVEL_CRITICAL,
	  "outage -> high; impact:revenue +1; -> critical", 0 },
	{ "vip on no signal", 0, NULL, NULL, TIER_VIP, 1, 0, 0, 0,
	  LEVEL_MEDIUM, "no signal -> low; tier:vip +1; -> medium", 0 },
	{ "business tier moves nothing", S(ACCOUNT), NULL, NULL, TIER_BUSINESS,
	  1, 0, 0, 0, LEVEL_MEDIUM, "account -> medium", 0 },
	{ "frustration", S(ACCOUNT), NULL, "words+!!!", TIER_NONE, 1, 0, 0, 0,
	  LEVEL_HIGH, "account -> medium; frustration:words+!!! +1; -> high", 0 },
	{ "repeat at the third contact", S(ACCOUNT), NULL, NULL, TIER_NONE, 3,
	  0, 0, 0, LEVEL_HIGH,
	  "account -> medium; repeat:3 in 48h +1; -> high", 0 },
	{ "how-to question lowers", S(ACCOUNT), NULL, NULL, TIER_NONE, 1, 0,
	  0, 0, LEVEL_LOW, "account -> medium; howto:question -1; -> low",
	  1 },
	{ "but never safety", S(SAFETY), NULL, NULL, TIER_NONE, 1, 0, 0, 0,
	  LEVEL_CRITICAL, "safety -> critical", 1 },
	{ "how-to with an angry repeat", S(PAYMENT), NULL, "words", TIER_NONE,
	  3, 0, 0, 0, LEVEL_HIGH, "payment -> medium; frustration:words +1; "
	  "howto:question -1; repeat:3 in 48h +1; -> high", 1 },
	{ "no repeat at the second", S(ACCOUNT), NULL, NULL, TIER_NONE, 2, 0,
	  0, 0, LEVEL_MEDIUM, "account -> medium", 0 },
	/* critical only through safety or outage with impact */
	{ "payment with impact stops at high", S(PAYMENT), "revenue", "words",
	  TIER_NONE, 1, 0, 0, 0, LEVEL_HIGH,
	  "payment -> medium; impact:revenue +1; frustration:words +1; "
	  "critical needs safety or an outage with impact; -> high", 0 },
	{ "outage, vip, angry: not critical without impact", S(OUTAGE), NULL,
	  "words", TIER_VIP, 1, 0, 0, 0, LEVEL_HIGH,
	  "outage -> high; tier:vip +1; frustration:words +1; critical needs "
	  "safety or an outage with impact", 0 },
	{ "unless the config allows it", S(PAYMENT), "revenue", "words",
	  TIER_NONE, 1, 0, 0, 1, LEVEL_CRITICAL,
	  "payment -> medium; impact:revenue +1; frustration:words +1; -> "
	  "critical", 0 },
	/* the cap: four modifiers, at most +2, in a fixed order */
	{ "all modifiers capped at +2", S(ACCOUNT), "production", "shouting",
	  TIER_VIP, 5, 0, 0, 0, LEVEL_HIGH,
	  "account -> medium; impact:production +1; tier:vip +1; "
	  "frustration:shouting +1; repeat:5 in 48h +1; capped at +2; "
	  "critical needs safety or an outage with impact; -> high", 0 },
	{ "low with tier and repeat reaches high", 0, NULL, "words", TIER_VIP, 4, 0,
	  0, 0, LEVEL_HIGH, "no signal -> low; tier:vip +1; repeat:4 in 48h "
	  "+1; -> high", 0 },
	{ "an angry complaint without a signal stays low", 0, NULL,
	  "words+!!!", TIER_NONE, 1, 0, 0, 0, LEVEL_LOW, "no signal -> low",
	  0 },
	/* follow-ups keep at least their ticket's level */
	{ "follow-up keeps the ticket's high", S(ACCOUNT), NULL, NULL,
	  TIER_NONE, 2, 12, LEVEL_HIGH, 0, LEVEL_HIGH,
	  "account -> medium; follow-up of #12 keeps high; -> high", 0 },
	{ "follow-up may rise above its ticket", S(SAFETY), NULL, NULL,
	  TIER_NONE, 2, 12, LEVEL_LOW, 0, LEVEL_CRITICAL,
	  "safety -> critical; follow-up of #12", 0 },
};

START_TEST(test_decide)
{
	struct conf *c = defaults();
	struct priority_input in = { 0 };
	struct priority_decision out;

	c->mod.critical_by_modifiers = cases[_i].critical_by_modifiers;
	in.signals = cases[_i].signals;
	in.impact = cases[_i].impact;
	in.frustration = cases[_i].frustration;
	in.howto = cases[_i].howto;
	in.tier = cases[_i].tier;
	in.tier_source = cases[_i].tier != TIER_NONE ? "list" : NULL;
	in.contacts = cases[_i].contacts;
	in.ticket = cases[_i].ticket;
	in.ticket_level = cases[_i].ticket_level;
	in.first_arrival = 1000000;
	priority_decide(c, &in, &out);
	ck_assert_msg(out.level == cases[_i].want, "%s: level %s, want %s",
	    cases[_i].name, mt_level_name(out.level),
	    mt_level_name(cases[_i].want));
	ck_assert_str_eq(out.reasons, cases[_i].reasons);
	ck_assert_int_eq(out.due, 1000000 +
	    (time_t)(c->level[out.level].sla_hours * 3600));
	conf_free(&c);
}
END_TEST

/* Urgency raises (money urgently needed), relief lowers (no hurry), never
 * for safety; "still usable" (a workaround) lowers an outage only. */
static const struct {
	unsigned signals;
	const char *urgency, *relief, *usable;
	enum mt_level want;
	const char *reasons;
} uc[] = {
	{ S(PAYMENT), "money_urgent", NULL, NULL, LEVEL_HIGH,
	  "payment -> medium; urgency:money_urgent +1; -> high" },
	{ S(OUTAGE), NULL, NULL, "workaround", LEVEL_MEDIUM,
	  "outage -> high; usable:workaround -1; -> medium" },
	{ S(OUTAGE), NULL, "not_urgent", NULL, LEVEL_MEDIUM,
	  "outage -> high; relief:not_urgent -1; -> medium" },
	{ S(OUTAGE), NULL, "not_urgent", "workaround", LEVEL_MEDIUM,
	  "outage -> high; relief:not_urgent -1; -> medium" },
	{ S(SAFETY), NULL, "not_urgent", "workaround", LEVEL_CRITICAL,
	  "safety -> critical" },
	{ S(SAFETY) | S(OUTAGE), NULL, NULL, "workaround", LEVEL_CRITICAL,
	  "safety -> critical" },
	{ S(ACCOUNT), NULL, NULL, "workaround", LEVEL_MEDIUM,
	  "account -> medium" },
	{ S(PAYMENT), NULL, NULL, "partial", LEVEL_MEDIUM,
	  "payment -> medium" },
	{ S(OUTAGE) | S(ACCOUNT), NULL, NULL, "partial", LEVEL_MEDIUM,
	  "outage -> high; usable:partial -1; -> medium" },
	{ S(PAYMENT), "cannot_pay", "not_urgent", NULL, LEVEL_MEDIUM,
	  "payment -> medium; urgency:cannot_pay +1; relief:not_urgent -1" },
};

START_TEST(test_urgency_relief)
{
	struct conf *c = defaults();
	struct priority_input in = { 0 };
	struct priority_decision out;

	in.signals = uc[_i].signals;
	in.urgency = uc[_i].urgency;
	in.relief = uc[_i].relief;
	in.usable = uc[_i].usable;
	in.contacts = 1;
	priority_decide(c, &in, &out);
	ck_assert_int_eq(out.level, uc[_i].want);
	ck_assert_str_eq(out.reasons, uc[_i].reasons);
	conf_free(&c);
}
END_TEST

START_TEST(test_free_tier_lowers)
{
	struct conf *c = defaults();
	struct priority_input in = { .signals = S(ACCOUNT), .tier = TIER_FREE,
	    .tier_source = "list", .contacts = 1 };
	struct priority_decision out;

	c->tiers[TIER_FREE].modifier = -1;
	priority_decide(c, &in, &out);
	ck_assert_int_eq(out.level, LEVEL_LOW);
	ck_assert_str_eq(out.reasons, "account -> medium; tier:free -1; -> low");
	/* and never below low */
	in.signals = 0;
	priority_decide(c, &in, &out);
	ck_assert_int_eq(out.level, LEVEL_LOW);
	conf_free(&c);
}
END_TEST

START_TEST(test_due_from_first_message)
{
	struct conf *c = defaults();
	struct priority_input in = { .signals = S(OUTAGE), .contacts = 2,
	    .ticket = 3, .ticket_level = LEVEL_MEDIUM,
	    .first_arrival = 5000 };
	struct priority_decision out;

	priority_decide(c, &in, &out);
	ck_assert_int_eq(out.due, 5000 + 4 * 3600);
	conf_free(&c);
}
END_TEST

static time_t
utc(int y, int mo, int d, int h, int mi)
{
	struct tm tm = { .tm_year = y - 1900, .tm_mon = mo - 1, .tm_mday = d,
	    .tm_hour = h, .tm_min = mi };

	return timegm(&tm);
}

/* Business hours Mon-Fri 09:00-17:00 Europe/Berlin; DST ends on Sunday
 * 2026-10-25 (CEST +2 -> CET +1). */
START_TEST(test_business_hours)
{
	struct conf *c = defaults();
	struct {
		const char *name;
		time_t start;
		double hours;
		time_t want;
	} t[] = {
		/* Tue 10:00 CEST + 4h -> Tue 14:00 CEST */
		{ "inside one day", utc(2026, 10, 20, 8, 0), 4,
		  utc(2026, 10, 20, 12, 0) },
		/* Fri 16:00 CEST + 4h: 1h Fri, 3h Mon -> Mon 12:00 CET (the
		 * clocks went back on Sunday) */
		{ "across the weekend and the DST change",
		  utc(2026, 10, 23, 14, 0), 4, utc(2026, 10, 26, 11, 0) },
		/* Sat 10:00 + 1h -> Mon 10:00 CET */
		{ "arriving on a Saturday", utc(2026, 10, 24, 8, 0), 1,
		  utc(2026, 10, 26, 9, 0) },
		/* Mon 07:00 CET (before opening) + 24h -> three days later,
		 * Wed 17:00 CET */
		{ "before opening, 24 business hours",
		  utc(2026, 10, 26, 6, 0), 24, utc(2026, 10, 28, 16, 0) },
		/* Thu 18:00 CEST (after closing) + 0.5h -> Fri 09:30 */
		{ "after closing", utc(2026, 10, 22, 16, 0), 0.5,
		  utc(2026, 10, 23, 7, 30) },
	};

	g_free(c->timezone);
	c->timezone = g_strdup("Europe/Berlin");
	c->level[LEVEL_HIGH].business_hours = 1;
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		c->level[LEVEL_HIGH].sla_hours = t[i].hours;
		time_t got = priority_due(c, LEVEL_HIGH, t[i].start);
		ck_assert_msg(got == t[i].want, "%s: got %ld, want %ld",
		    t[i].name, (long)got, (long)t[i].want);
	}
	/* critical stays round the clock unless configured */
	ck_assert_int_eq(priority_due(c, LEVEL_CRITICAL, t[1].start),
	    t[1].start + 3600);
	conf_free(&c);
}
END_TEST

/* A tier's own targets: enterprise critical within 30 minutes; its
 * next reply follows its first response target unless the level has a
 * reply target; other levels and tiers keep the level's. */
START_TEST(test_tier_targets)
{
	struct conf *c = defaults();
	struct conf_tier *e = &c->tiers[TIER_ENTERPRISE];
	struct priority_input in = { .signals = S(SAFETY), .tier =
	    TIER_ENTERPRISE, .tier_source = "list", .contacts = 1,
	    .first_arrival = 1000, .arrived = 1000 };
	struct priority_decision out;

	e->hours[TARGET_RESPONSE][LEVEL_CRITICAL] = 0.5;
	e->hours[TARGET_RESOLVE][LEVEL_CRITICAL] = 2;
	ck_assert_int_eq(priority_due_for(c, TIER_ENTERPRISE, LEVEL_CRITICAL,
	    TARGET_RESPONSE, 1000), 1000 + 1800);
	ck_assert_int_eq(priority_due_for(c, TIER_ENTERPRISE, LEVEL_CRITICAL,
	    TARGET_REPLY, 1000), 1000 + 1800);
	ck_assert_int_eq(priority_due_for(c, TIER_ENTERPRISE, LEVEL_CRITICAL,
	    TARGET_RESOLVE, 1000), 1000 + 7200);
	ck_assert_int_eq(priority_due_for(c, TIER_ENTERPRISE, LEVEL_HIGH,
	    TARGET_RESPONSE, 1000), 1000 + 4 * 3600);
	ck_assert_int_eq(priority_due_for(c, TIER_VIP, LEVEL_CRITICAL,
	    TARGET_RESPONSE, 1000), 1000 + 3600);
	ck_assert_int_eq(priority_due_for(c, 0, LEVEL_CRITICAL,
	    TARGET_RESPONSE, 1000), 1000 + 3600);
	c->level[LEVEL_CRITICAL].reply_hours = 0.25;
	ck_assert_int_eq(priority_due_for(c, TIER_ENTERPRISE, LEVEL_CRITICAL,
	    TARGET_REPLY, 1000), 1000 + 900);
	/* the decision carries them */
	priority_decide(c, &in, &out);
	ck_assert_int_eq(out.level, LEVEL_CRITICAL);
	ck_assert_int_eq(out.due, 1000 + 1800);
	ck_assert_int_eq(out.resolve_due, 1000 + 7200);
	conf_free(&c);
}
END_TEST

START_TEST(test_format_date)
{
	char buf[64];

	ck_assert_str_eq(priority_format_date(utc(2026, 11, 23, 14, 5), buf,
	    sizeof(buf)), "Mon, 23 Nov 2026 14:05:00 +0000");
	ck_assert_str_eq(priority_format_date(0, buf, sizeof(buf)),
	    "Thu, 01 Jan 1970 00:00:00 +0000");
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("priority");
	TCase *tc = tcase_create("priority");
	SRunner *sr;
	int failed;

	tcase_add_loop_test(tc, test_decide, 0, sizeof(cases) /
	    sizeof(cases[0]));
	tcase_add_loop_test(tc, test_urgency_relief, 0, G_N_ELEMENTS(uc));
	tcase_add_test(tc, test_free_tier_lowers);
	tcase_add_test(tc, test_due_from_first_message);
	tcase_add_test(tc, test_business_hours);
	tcase_add_test(tc, test_format_date);
	tcase_add_test(tc, test_tier_targets);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
