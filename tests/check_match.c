/* Tests for match.c: scores, thresholds, zones, hits and their context,
 * limits; and the shipped rules over short messages in both languages. */
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "diag.h"
#include "filter.h"
#include "match.h"
#include "msg.h"
#include "mt.h"
#include "tdir.h"
#include "rx.h"

static const char *const test_outage =
    "threshold 2\n"
    "rule down\n"
    "    pattern /\\b(?:site|app)\\s+is\\s+down\\b/i\n"
    "    weight 2\n"
    "    desc The site is down\n"
    "rule slow\n"
    "    pattern /\\bslow\\b/i\n"
    "    desc Slow\n"
    "rule error\n"
    "    pattern /\\berror\\b/i\n"
    "    pattern /\\bFehler\\b/i\n"
    "    desc An error\n"
    "rule maintenance\n"
    "    pattern /\\bscheduled\\s+maintenance\\b/i\n"
    "    weight -2\n"
    "    desc Announced maintenance\n"
    "rule history\n"
    "    zones quoted\n"
    "    pattern /\\boutage\\b/i\n"
    "    weight 0.5\n"
    "    desc Outage in the history\n"
    "rule urgent\n"
    "    zones header:X-Priority\n"
    "    pattern /^1\\b/\n"
    "    weight 0.25\n"
    "    desc High X-Priority\n";

static const char *const test_payment =
    "rule refund\n"
    "    zones all\n"
    "    pattern /\\brefund\\b/i\n"
    "    desc A refund\n";

static const char *const test_impact =
    "rule everyone\n"
    "    pattern /\\ball\\s+users\\b/i\n"
    "    desc Everyone is affected\n";

/* A rule that backtracks without end on "aaaa...ab". */
static const char *const test_account =
    "rule hog\n"
    "    pattern /(a+)+$/\n"
    "    desc Catastrophic\n"
    "rule login\n"
    "    pattern /\\blog\\s*in\\b/i\n"
    "    weight 2\n"
    "    desc Login\n";

static char *test_dir;
static struct filter_set *test_fs;

static void
put(const char *dir, const char *name, const char *text)
{
	char *p = g_build_filename(dir, name, NULL);

	ck_assert(g_file_set_contents(p, text, -1, NULL));
	g_free(p);
}

static void
setup(void)
{
	struct diag *d = diag_new();

	test_dir = g_dir_make_tmp("check_match.XXXXXX", NULL);
	ck_assert_ptr_nonnull(test_dir);
	put(test_dir, "outage.rules", test_outage);
	put(test_dir, "payment.rules", test_payment);
	put(test_dir, "impact.rules", test_impact);
	put(test_dir, "account.rules", test_account);
	if (filter_set_load(test_dir, NULL, 0, d, &test_fs) != 0)
		diag_print(d, stderr);
	ck_assert_ptr_nonnull(test_fs);
	diag_free(&d);
}

static void
teardown(void)
{
	static const char *const names[] = { "outage.rules",
	    "payment.rules", "impact.rules", "account.rules" };

	filter_set_free(&test_fs);
	for (size_t i = 0; i < G_N_ELEMENTS(names); i++) {
		char *p = g_build_filename(test_dir, names[i], NULL);

		g_unlink(p);
		g_free(p);
	}
	g_rmdir(test_dir);
	g_free(test_dir);
}

static struct msg *
mail(const char *headers, const char *body)
{
	char *raw = g_strdup_printf("From: Kim <kim@example.com>\n"
	    "To: support@example.com\n%s"
	    "Content-Type: text/plain; charset=utf-8\n\n%s", headers, body);
	struct msg *m = msg_parse(raw, strlen(raw));

	g_free(raw);
	return m;
}

static const struct {
	const char *headers;
	const char *body;
	const char *rules;	/* match_rules_list */
	double outage;		/* outage score */
	const char *signals;
} run_cases[] = {
	{ "Subject: help\n", "The site is down again.\n",
	  "outage/down", 2, "outage" },
	{ "Subject: slow\n", "Everything is slow.\n",
	  "outage/slow", 1, "none" },
	/* Two weak rules reach the threshold; a rule counts once. */
	{ "Subject: slow and slow\n", "Slow! Error, error, Fehler.\n",
	  "outage/slow outage/error", 2, "outage" },
	{ "Subject: site is down\n", "Scheduled maintenance, sorry.\n",
	  "outage/down outage/maintenance", 0, "none" },
	/* Quoted text counts only for rules that ask for it. */
	{ "Subject: re: ticket\n",
	  "Thanks, it works.\n\nOn Mon, 1 Jan 2024, Support wrote:\n"
	  "> The site is down due to an outage.\n",
	  "outage/history", 0.5, "none" },
	{ "Subject: refund\nX-Priority: 1 (Highest)\n",
	  "All users want a refund.\n",
	  "outage/urgent payment/refund impact/everyone", 0.25, "payment" },
	{ "Subject: hello\n", "Nothing to see.\n", "", 0, "none" },
};

START_TEST(test_run)
{
	struct msg *m = mail(run_cases[_i].headers, run_cases[_i].body);
	struct match_result r;
	char sig[64], *list;
	int imp = filter_class_find(test_fs, "impact");

	ck_assert_int_eq(match_run(test_fs, m, NULL, 0, &r), 0);
	list = match_rules_list(&r);
	ck_assert_str_eq(list, run_cases[_i].rules);
	ck_assert_uint_eq(r.nclass, 5);
	ck_assert(r.score[SIG_OUTAGE] == run_cases[_i].outage);
	ck_assert_str_eq(mt_signals_format(r.signals, sig, sizeof sig),
	    run_cases[_i].signals);
	ck_assert_int_eq(r.fired[imp], strstr(run_cases[_i].rules,
	    "impact/") != NULL);
	ck_assert_ptr_null(r.error);
	g_free(list);
	match_result_clear(&r);
	match_result_clear(&r);
	msg_free(&m);
}
END_TEST

/* The first hit names its zone, the matched text, and up to 40
 * characters of context either side, on one line, cut on characters. */
START_TEST(test_hit)
{
	struct msg *m = mail("Subject: a question\n",
	    "ÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜ app is\n"
	    "  down since nine.\n\tAnd the refund? Do I get it back "
	    "in full or in part?\n");
	struct match_result r;
	const struct match_hit *h;

	ck_assert_int_eq(match_run(test_fs, m, NULL, 0, &r), 0);
	ck_assert_uint_eq(r.nhits, 2);
	h = &r.hits[0];
	ck_assert_str_eq(h->rule_id, "outage/down");
	ck_assert_str_eq(h->desc, "The site is down");
	ck_assert_str_eq(h->zone, "body");
	ck_assert(h->weight == 2);
	ck_assert_uint_eq(h->cls, SIG_OUTAGE);
	ck_assert_str_eq(h->text, "app is down");
	/* 39 characters, a space, the match, 40 characters. */
	ck_assert_str_eq(h->context, "ÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜ "
	    "app is down since nine. And the refund? Do I get i");
	ck_assert(g_utf8_validate(h->context, -1, NULL));
	h = &r.hits[1];
	ck_assert_str_eq(h->rule_id, "payment/refund");
	ck_assert_str_eq(h->zone, "body");
	match_result_clear(&r);
	msg_free(&m);
}
END_TEST

START_TEST(test_subject_zone)
{
	struct msg *m = mail("Subject: refund please\n", "Thanks.\n");
	struct match_result r;

	ck_assert_int_eq(match_run(test_fs, m, NULL, 0, &r), 0);
	ck_assert_uint_eq(r.nhits, 1);
	ck_assert_str_eq(r.hits[0].zone, "subject");
	ck_assert_str_eq(r.hits[0].context, "refund please");
	match_result_clear(&r);
	msg_free(&m);
}
END_TEST

/* A rule that hits the match limit is not a match and is named in the
 * error; the other rules still run. */
START_TEST(test_limit)
{
	char body[128];
	struct rx_scratch *s = rx_scratch_new(10000, 32 * 1024);
	struct match_result r;
	struct msg *m;

	memset(body, 'a', 60);
	strcpy(body + 60, "b\nPlease log in for me.\n");
	m = mail("Subject: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\n", body);
	ck_assert_int_eq(match_run(test_fs, m, s, 0, &r), 0);
	ck_assert_str_eq(r.error, "account/hog: match limit exceeded");
	ck_assert_uint_eq(r.nhits, 1);
	ck_assert_str_eq(r.hits[0].rule_id, "account/login");
	ck_assert(r.signals == 1u << SIG_ACCOUNT);
	match_result_clear(&r);
	ck_assert_ptr_null(r.error);
	msg_free(&m);
	rx_scratch_free(&s);
}
END_TEST

START_TEST(test_empty)
{
	struct match_result r;
	char *list;

	ck_assert_int_eq(match_run(NULL, NULL, NULL, 0, &r), 0);
	ck_assert_uint_eq(r.nclass, 0);
	ck_assert_uint_eq(r.nhits, 0);
	list = match_rules_list(&r);
	ck_assert_str_eq(list, "");
	g_free(list);
	match_result_clear(&r);
	match_result_clear(NULL);
}
END_TEST

/* The shipped rules: what a person would call each message. */
static const struct {
	const char *subject;
	const char *body;
	const char *signals;
} shipped_cases[] = {
	/* safety */
	{ "Charger", "The charger caught fire last night and my son burned "
	  "his hand.", "safety" },
	{ "Question", "I got an electric shock from the device.", "safety" },
	{ "Urgent", "There is a fraudulent transaction on my card, I did not "
	  "make this payment.", "safety,payment" },
	{ "Data breach", "We think customer data was leaked.", "safety" },
	/* A hacked account is safety; account is for getting back in. */
	{ "Hacked", "My account was hacked and someone changed my password.",
	  "safety" },
	{ "Karte gestohlen", "Meine Kreditkarte wurde gestohlen.", "safety" },
	{ "Datenleck", "Wir haben ein Datenleck entdeckt.", "safety" },
	/* outage */
	{ "Dashboard down", "Since 8:30 the dashboard is down and every page "
	  "returns 502 Bad Gateway.", "outage" },
	{ "Help", "The website is not loading for anyone, nothing works.",
	  "outage" },
	{ "Störung", "Die Website ist seit heute Morgen nicht erreichbar.",
	  "outage" },
	{ "Server", "Der Server ist ausgefallen.", "outage" },
	{ "Maintenance", "Thanks for the notice about the scheduled "
	  "maintenance on Sunday.", "none" },
	/* payment */
	{ "Charged twice", "I was charged twice for my order.", "payment" },
	{ "Refund", "I returned the item, when do I get my refund?",
	  "payment" },
	{ "Card declined", "My payment was declined at checkout.", "payment" },
	{ "Rechnung", "Mir wurde der Betrag doppelt abgebucht.", "payment" },
	{ "Rückerstattung", "Ich warte noch auf meine Rückerstattung.",
	  "payment" },
	{ "Pricing", "Could you send me your pricing for the premium plan?",
	  "none" },
	/* account */
	{ "Locked out", "I reset my password and now I'm locked out of my "
	  "account.", "account" },
	{ "Login", "I can't log in, the verification code never arrives.",
	  "account" },
	{ "2FA", "I lost my phone and two-factor authentication does not "
	  "work.", "safety,account" },
	{ "Konto gesperrt", "Mein Konto ist gesperrt und ich kann mich nicht "
	  "anmelden.", "account" },
	{ "Passwort", "Ich habe mein Passwort vergessen.", "account" },
	{ "Thanks", "I'm no longer locked out, thank you!", "none" },
	/* nothing */
	{ "Thanks", "Thank you for the quick help yesterday.", "none" },
	{ "Feature idea", "It would be nice to export reports as PDF.",
	  "none" },
};

START_TEST(test_shipped)
{
	struct diag *d = diag_new();
	struct filter_set *fs = NULL;
	struct match_result r;
	struct msg *m;
	char sig[64], *hdr, *list;

	ck_assert_int_eq(filter_set_load(MT_SOURCE_DIR "/filters", NULL, 0, d,
	    &fs), 0);
	hdr = g_strdup_printf("Subject: %s\n", shipped_cases[_i].subject);
	m = mail(hdr, shipped_cases[_i].body);
	ck_assert_int_eq(match_run(fs, m, NULL, 0, &r), 0);
	list = match_rules_list(&r);
	ck_assert_msg(strcmp(mt_signals_format(r.signals, sig, sizeof sig),
	    shipped_cases[_i].signals) == 0, "'%s': got %s (%s)",
	    shipped_cases[_i].body, sig, list);
	g_free(list);
	g_free(hdr);
	match_result_clear(&r);
	msg_free(&m);
	filter_set_free(&fs);
	diag_free(&d);
}
END_TEST


/* "rival payment" in outage.rules: when both reach their thresholds the
 * lower score yields, a tie keeps the class earlier in precedence;
 * without the directive both fire. */
static const struct {
	const char *rival;	/* the directive line, or "" */
	const char *body;
	const char *signals;
	unsigned yielded;	/* bits by class index */
} rival_cases[] = {
	{ "rival payment\n", "The site is down. I want a refund.\n",
	  "outage", 1u << SIG_PAYMENT },
	{ "rival payment\n", "The site is down. Refund my double charge.\n",
	  "payment", 1u << SIG_OUTAGE },
	{ "rival payment\n", "The site is down.\n", "outage", 0 },
	{ "rival payment\n", "Refund my double charge.\n", "payment", 0 },
	{ "", "The site is down. Refund my double charge.\n",
	  "outage,payment", 0 },
	/* With a margin: a lead of 1 is not enough, a lead of 2 is. */
	{ "rival payment 2\n", "The site is down. Refund my double charge.\n",
	  "outage,payment", 0 },
	{ "rival payment 1\n", "The site is down. Refund my double charge.\n",
	  "payment", 1u << SIG_OUTAGE },
};

START_TEST(test_rival)
{
	char *dir = g_dir_make_tmp("check_match.XXXXXX", NULL);
	char *outage = g_strdup_printf("threshold 2\n%s"
	    "rule down\n pattern /\\bsite\\s+is\\s+down\\b/i\n weight 2\n"
	    " desc Down\n", rival_cases[_i].rival);
	struct diag *d = diag_new();
	struct filter_set *fs = NULL;
	struct match_result r;
	struct msg *m;
	char sig[64];

	put(dir, "outage.rules", outage);
	put(dir, "payment.rules", "threshold 2\n"
	    "rule refund\n pattern /\\brefund\\b/i\n weight 2\n desc R\n"
	    "rule double\n pattern /\\bdouble\\s+charge\\b/i\n desc D\n");
	ck_assert_int_eq(filter_set_load(dir, NULL, 0, d, &fs), 0);
	ck_assert_int_eq(filter_rivals_of(fs, SIG_OUTAGE, SIG_PAYMENT, NULL),
	    *rival_cases[_i].rival != '\0');
	m = mail("Subject: help\n", rival_cases[_i].body);
	ck_assert_int_eq(match_run(fs, m, NULL, 0, &r), 0);
	ck_assert_str_eq(mt_signals_format(r.signals, sig, sizeof sig),
	    rival_cases[_i].signals);
	ck_assert_uint_eq(r.yielded, rival_cases[_i].yielded);
	if (r.yielded & (1u << SIG_OUTAGE))
		ck_assert_int_eq(r.yield_to[SIG_OUTAGE], SIG_PAYMENT);
	if (r.yielded & (1u << SIG_PAYMENT))
		ck_assert_int_eq(r.yield_to[SIG_PAYMENT], SIG_OUTAGE);
	ck_assert_int_eq(r.fired[SIG_OUTAGE],
	    strstr(rival_cases[_i].signals, "outage") != NULL);
	match_result_clear(&r);
	msg_free(&m);
	filter_set_free(&fs);
	diag_free(&d);
	g_free(outage);
	tdir_remove(dir);
	g_free(dir);
}
END_TEST

/* A pair with a margin ("rival account 2" in payment.rules) may be told
 * together: in a safety incident it does not apply. */
START_TEST(test_rival_soft)
{
	char *dir = g_dir_make_tmp("check_match.XXXXXX", NULL);
	const char *bodies[] = { "Refund my double charge. Password reset.\n",
	    "Hacked! Refund my double charge. Password reset.\n" };
	const char *want[] = { "payment", "safety,payment,account" };
	struct diag *d = diag_new();
	struct filter_set *fs = NULL;

	put(dir, "safety.rules", "threshold 2\n"
	    "rule hacked\n pattern /\\bhacked\\b/i\n weight 2\n desc H\n");
	put(dir, "payment.rules", "threshold 2\nrival account 2\n"
	    "rule refund\n pattern /\\brefund\\b/i\n weight 2\n desc R\n"
	    "rule double\n pattern /\\bdouble\\s+charge\\b/i\n weight 2\n"
	    " desc D\n");
	put(dir, "account.rules", "threshold 2\n"
	    "rule reset\n pattern /\\bpassword\\s+reset\\b/i\n weight 2\n"
	    " desc P\n");
	ck_assert_int_eq(filter_set_load(dir, NULL, 0, d, &fs), 0);
	for (int i = 0; i < 2; i++) {
		struct msg *m = mail("Subject: help\n", bodies[i]);
		struct match_result r;
		char sig[64];

		ck_assert_int_eq(match_run(fs, m, NULL, 0, &r), 0);
		ck_assert_str_eq(mt_signals_format(r.signals, sig, sizeof sig),
		    want[i]);
		ck_assert_uint_eq(r.yielded, i == 0 ? 1u << SIG_ACCOUNT : 0);
		match_result_clear(&r);
		msg_free(&m);
	}
	filter_set_free(&fs);
	diag_free(&d);
	tdir_remove(dir);
	g_free(dir);
}
END_TEST

static Suite *
match_suite(void)
{
	Suite *s = suite_create("match");
	TCase *tc = tcase_create("core");
	TCase *ts = tcase_create("shipped");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_run, 0,
	    sizeof run_cases / sizeof run_cases[0]);
	tcase_add_test(tc, test_hit);
	tcase_add_test(tc, test_subject_zone);
	tcase_add_test(tc, test_limit);
	tcase_add_test(tc, test_empty);
	tcase_add_loop_test(tc, test_rival, 0,
	    sizeof rival_cases / sizeof rival_cases[0]);
	tcase_add_test(tc, test_rival_soft);
	suite_add_tcase(s, tc);
	tcase_add_loop_test(ts, test_shipped, 0,
	    sizeof shipped_cases / sizeof shipped_cases[0]);
	suite_add_tcase(s, ts);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(match_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
