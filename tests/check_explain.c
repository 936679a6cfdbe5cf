/* Tests for explain.c: the JSON string escaper, and both printers over a
 * message classified with the fixture rules in tests/data/fixtures. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <check.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "conf.h"
#include "diag.h"
#include "explain.h"
#include "json.h"
#include "filter.h"
#include "triage.h"

static const struct {
	const char *in;
	const char *out;
} quote_cases[] = {
	{ NULL, "null" },
	{ "", "\"\"" },
	{ "plain", "\"plain\"" },
	{ "a \"q\" b", "\"a \\\"q\\\" b\"" },
	{ "back\\slash", "\"back\\\\slash\"" },
	{ "nl\ncr\rtab\t", "\"nl\\ncr\\rtab\\t\"" },
	{ "\x01\x1f", "\"\\u0001\\u001f\"" },
	{ "/ stays, DEL \x7f is escaped", "\"/ stays, DEL \\u007f is escaped\"" },
	{ "R\xc3\xbc" "ckerstattung", "\"R\xc3\xbc" "ckerstattung\"" },
	{ "bad \xff byte", "\"bad \xef\xbf\xbd byte\"" },
};

START_TEST(test_quote)
{
	char *q = json_quote(quote_cases[_i].in);

	ck_assert_str_eq(q, quote_cases[_i].out);
	free(q);
}
END_TEST

static const char test_msg[] =
    "From: \"Dev \\\"Q\\\" Patel\" <dev@example.org>\n"
    "Subject: Charged twice\n"
    "Message-ID: <x1@example.org>\n"
    "\n"
    "I was charged twice, and the service is down.\n"
    "\n"
    "-- \n"
    "Dev\n";

/* Classifies test_msg with the fixture rules; calls fn with the result. */
static void
with_triage(void (*fn)(const struct triage *, const struct filter_set *))
{
	struct diag *d = diag_new();
	struct conf *c = NULL;
	struct filter_set *fs = NULL;
	struct triage t;

	ck_assert_int_eq(conf_load(NULL, d, &c), 0);
	ck_assert_int_eq(filter_set_load(MT_TEST_DIR "/data/fixtures/rules",
	    NULL, 0, d, &fs), 0);
	struct triage_ctx ctx = { c, fs, NULL, NULL };
	ck_assert_int_eq(triage_classify(&ctx, test_msg, sizeof(test_msg) - 1,
	    time(NULL), &t), 0);
	fn(&t, fs);
	triage_clear(&t);
	filter_set_free(&fs);
	conf_free(&c);
	diag_free(&d);
}

static void
check_text(const struct triage *t, const struct filter_set *fs)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	ck_assert_ptr_nonnull(fp);
	explain_print(fp, "msg.eml", t, fs);
	fclose(fp);
	ck_assert_ptr_nonnull(strstr(buf, "== msg.eml\n"));
	ck_assert_ptr_nonnull(strstr(buf, "Message-ID:  x1@example.org\n"));
	ck_assert_ptr_nonnull(strstr(buf, "signature 3, earlier 0\n"));
	ck_assert_ptr_nonnull(strstr(buf, "+2  payment/double_charge  "
	    "[subject]  Charged twice for one thing\n"));
	ck_assert_ptr_nonnull(strstr(buf, "matched \"service is down\""));
	ck_assert_ptr_nonnull(strstr(buf, "Signals:     outage,payment\n"));
	ck_assert_ptr_nonnull(strstr(buf, "Priority:    high ("));
	ck_assert_ptr_nonnull(strstr(buf, "Folder:      Triage.High\n"));
	free(buf);
}

START_TEST(test_print)
{
	with_triage(check_text);
}
END_TEST

static void
check_json(const struct triage *t, const struct filter_set *fs)
{
	char *j = explain_json("a\"b.eml", t, fs, 0);

	ck_assert_ptr_nonnull(strstr(j, "\"file\": \"a\\\"b.eml\""));
	ck_assert_ptr_nonnull(strstr(j,
	    "\"from\": \"Dev \\\"Q\\\" Patel <dev@example.org>\""));
	ck_assert_ptr_nonnull(strstr(j, "\"signals\": [\"outage\", "
	    "\"payment\"]"));
	ck_assert_ptr_nonnull(strstr(j, "\"id\": \"outage/site_down\""));
	ck_assert_ptr_nonnull(strstr(j, "\"rule_errors\": null"));
	ck_assert_int_eq(j[0], '{');
	ck_assert_int_eq(j[strlen(j) - 1], '}');
	free(j);
}

START_TEST(test_json)
{
	with_triage(check_json);
}
END_TEST

/* A class that yielded to its rival says so, in text and in JSON. */
START_TEST(test_rival)
{
	char *dir = g_dir_make_tmp("check_explain.XXXXXX", NULL);
	char *po = g_build_filename(dir, "outage.rules", NULL);
	char *pp = g_build_filename(dir, "payment.rules", NULL);
	struct diag *d = diag_new();
	struct conf *c = NULL;
	struct filter_set *fs = NULL;
	struct triage t;
	char *buf = NULL, *j;
	size_t len = 0;
	FILE *fp;

	ck_assert(g_file_set_contents(po, "threshold 2\nrival payment\n"
	    "rule down\n pattern /service is down/\n weight 2\n desc Down\n",
	    -1, NULL));
	ck_assert(g_file_set_contents(pp, "threshold 2\n"
	    "rule twice\n pattern /charged twice/i\n weight 3\n desc Twice\n",
	    -1, NULL));
	ck_assert_int_eq(conf_load(NULL, d, &c), 0);
	ck_assert_int_eq(filter_set_load(dir, NULL, 0, d, &fs), 0);
	struct triage_ctx ctx = { c, fs, NULL, NULL };
	ck_assert_int_eq(triage_classify(&ctx, test_msg, sizeof(test_msg) - 1,
	    time(NULL), &t), 0);
	fp = open_memstream(&buf, &len);
	ck_assert_ptr_nonnull(fp);
	explain_print(fp, "msg.eml", &t, fs);
	fclose(fp);
	ck_assert_ptr_nonnull(strstr(buf, "yielded to its rival payment "
	    "(score 3): the two do not fire together\n"));
	ck_assert_ptr_nonnull(strstr(buf, "Signals:     payment\n"));
	j = explain_json("msg.eml", &t, fs, 0);
	ck_assert_ptr_nonnull(strstr(j, "\"yielded_to\": \"payment\""));
	free(j);
	free(buf);
	triage_clear(&t);
	filter_set_free(&fs);
	conf_free(&c);
	diag_free(&d);
	g_unlink(po);
	g_unlink(pp);
	g_rmdir(dir);
	g_free(po);
	g_free(pp);
	g_free(dir);
}
END_TEST

static Suite *
explain_suite(void)
{
	Suite *s = suite_create("explain");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_quote, 0, G_N_ELEMENTS(quote_cases));
	tcase_add_test(tc, test_print);
	tcase_add_test(tc, test_json);
	tcase_add_test(tc, test_rival);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(explain_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
