/* Tests for monitor.c: how a handled message is counted — its priority
 * label (auto, unclassified), its strongest signal, and the rules that
 * hit or failed (X-Triage-Error's list) for a filed one only. */
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <glib.h>

#include "auto.h"
#include "metrics.h"
#include "monitor.h"
#include "triage.h"

static const struct {
	const char *name;
	enum mt_level level;
	unsigned signals;
	int auto_kind, unclassified;
	const char *outcome;
	const char *priority, *signal;	/* the labels expected */
} msg_cases[] = {
	{ "none", LEVEL_LOW, 0, AUTO_NONE, 0, MONITOR_FILED, "low", "none" },
	{ "strongest signal", LEVEL_CRITICAL, (1u << SIG_OUTAGE) |
	    (1u << SIG_SAFETY), AUTO_NONE, 0, MONITOR_FILED, "critical",
	    "safety" },
	{ "payment, duplicate", LEVEL_MEDIUM, 1u << SIG_PAYMENT, AUTO_NONE, 0,
	    MONITOR_DUPLICATE, "medium", "payment" },
	{ "automatic", LEVEL_LOW, 0, AUTO_BOUNCE, 0, MONITOR_FILED, "auto",
	    "none" },
	{ "unclassified", LEVEL_LOW, 0, AUTO_NONE, 1, MONITOR_DEFERRED,
	    "unclassified", "none" },
};

START_TEST(test_message)
{
	struct metrics *m = monitor_new(1);
	struct triage t;
	double v = 0;

	memset(&t, 0, sizeof(t));
	t.prio.level = msg_cases[_i].level;
	t.match.signals = msg_cases[_i].signals;
	t.auto_kind = msg_cases[_i].auto_kind;
	t.unclassified = msg_cases[_i].unclassified;
	monitor_message(m, &t, msg_cases[_i].outcome);
	monitor_message(m, &t, msg_cases[_i].outcome);
	ck_assert_int_eq(metrics_get(m, MON_MESSAGES, &v,
	    msg_cases[_i].priority, msg_cases[_i].signal,
	    msg_cases[_i].outcome), 1);
	ck_assert(v == 2);
	monitor_message(NULL, &t, MONITOR_FILED);	/* no collector: no-op */
	metrics_free(&m);
}
END_TEST

/* X-Triage-Error's rule list and the rules counted for it. */
static const struct {
	const char *error;
	const char *outcome;
	const char *rule1, *rule2;	/* counted (NULL: none) */
	double n1;
} err_cases[] = {
	{ "outage/x: match limit exceeded", MONITOR_FILED, "outage/x", NULL,
	    1 },
	{ "outage/x: match limit exceeded; payment/y: error -47",
	    MONITOR_FILED, "outage/x", "payment/y", 1 },
	{ "concept fire (de): match limit exceeded; concept fire (de): "
	    "match limit exceeded", MONITOR_FILED, "concept fire (de)", NULL,
	    2 },
	{ "outage/x: match limit exceeded", MONITOR_DUPLICATE, NULL, NULL, 0 },
	{ "outage/x: match limit exceeded", MONITOR_DEFERRED, NULL, NULL, 0 },
};

START_TEST(test_rule_errors)
{
	struct metrics *m = monitor_new(1);
	struct match_hit hit = { .rule_id = "outage/site_down" };
	struct triage t;
	double v = 0;
	int filed = strcmp(err_cases[_i].outcome, MONITOR_FILED) == 0;

	memset(&t, 0, sizeof(t));
	t.match.error = (char *)err_cases[_i].error;
	t.match.hits = &hit;
	t.match.nhits = 1;
	monitor_message(m, &t, err_cases[_i].outcome);
	ck_assert_int_eq(metrics_get(m, MON_RULE_HITS, &v, "outage/site_down"),
	    filed);
	if (err_cases[_i].rule1 != NULL) {
		ck_assert_int_eq(metrics_get(m, MON_RULE_ERRORS, &v,
		    err_cases[_i].rule1), 1);
		ck_assert(v == err_cases[_i].n1);
	} else {
		char *out = metrics_format(m);
		ck_assert_ptr_null(strstr(out, "rule_errors_total{"));
		g_free(out);
	}
	if (err_cases[_i].rule2 != NULL)
		ck_assert_int_eq(metrics_get(m, MON_RULE_ERRORS, &v,
		    err_cases[_i].rule2), 1);
	metrics_free(&m);
}
END_TEST

/* An account's counters from its first attempt; later ones reconnect. */
START_TEST(test_account)
{
	struct metrics *m = monitor_new(1);
	double v = -1;

	monitor_account_connecting(m, "a");
	ck_assert_int_eq(metrics_get(m, MON_IMAP_UP, &v, "a"), 1);
	ck_assert(v == 0);
	ck_assert_int_eq(metrics_get(m, MON_IMAP_RECONNECTS, &v, "a"), 1);
	ck_assert(v == 0);
	monitor_account_up(m, "a", 1);
	monitor_account_synced(m, "a", 1700000000);
	monitor_account_failed(m, "a");
	monitor_account_connecting(m, "a");
	monitor_account_connecting(m, "a");
	metrics_get(m, MON_IMAP_UP, &v, "a");
	ck_assert(v == 0);
	metrics_get(m, MON_IMAP_RECONNECTS, &v, "a");
	ck_assert(v == 2);
	metrics_get(m, MON_IMAP_SYNC_ERRORS, &v, "a");
	ck_assert(v == 1);
	metrics_get(m, MON_IMAP_LAST_SYNC, &v, "a");
	ck_assert(v == 1700000000);
	metrics_free(&m);
}
END_TEST

static Suite *
monitor_suite(void)
{
	Suite *s = suite_create("monitor");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_message, 0, G_N_ELEMENTS(msg_cases));
	tcase_add_loop_test(tc, test_rule_errors, 0, G_N_ELEMENTS(err_cases));
	tcase_add_test(tc, test_account);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(monitor_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
