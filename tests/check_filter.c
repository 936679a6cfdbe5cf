/* Tests for filter.c and filter-parse.c: the rule file format, its
 * diagnostics, local overlays, class order, and the shipped rules. */
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "diag.h"
#include "filter.h"
#include "mt.h"
#include "tdir.h"

struct file {
	const char *name;
	const char *text;
};

/* A fresh directory holding files (up to a NULL name). Caller frees. */
static char *
mkdir_with(const struct file *files)
{
	char *dir = g_dir_make_tmp("check_filter.XXXXXX", NULL);

	ck_assert_ptr_nonnull(dir);
	for (; files != NULL && files->name != NULL; files++) {
		char *p = g_build_filename(dir, files->name, NULL);

		ck_assert(g_file_set_contents(p, files->text, -1, NULL));
		g_free(p);
	}
	return dir;
}

static void
rmdir_all(char *dir)
{
	tdir_remove(dir);
	g_free(dir);
}

/* The diagnostics about files in dir whose name starts with prefix,
 * without the directory, one a line. Caller frees. */
static char *
diag_about(const struct diag *d, const char *dir, const char *prefix)
{
	GString *s = g_string_new(NULL);
	size_t n = strlen(dir);

	for (size_t i = 0; i < diag_len(d); i++) {
		const char *t = diag_text(d, i);

		if (strncmp(t, dir, n) != 0 || t[n] != '/' ||
		    strncmp(t + n + 1, prefix, strlen(prefix)) != 0)
			continue;
		g_string_append_printf(s, "%s%s", s->len > 0 ? "\n" : "",
		    t + n + 1);
	}
	return g_string_free(s, FALSE);
}

static const char *const good_rules =
    "# outage.rules\n"
    "threshold 2\n"
    "\n"
    "rule site_down\n"
    "    zones   subject body\n"
    "    pattern /\\b(?:site|app)\\s+(?:is|was)\\s+(?:down|offline)\\b/i\n"
    "    weight  2\n"
    "    desc    The customer says the service is down\n"
    "\n"
    "rule maintenance\n"
    "\tpattern /\\bscheduled\\s+maintenance\\b/i\n"
    "\tweight  -2.5\n"
    "\tdesc    Announced maintenance is not an outage\n"
    "rule http_5xx\n"
    "zones subject,body, header:X-Status all\n"
    "pattern /\\b50[234]\\b/\n"
    "pattern /a\\/b/x\n"
    "desc A 5xx error\n";

/* One outage.rules each, and every diagnostic about it. */
static const struct {
	const char *text;
	const char *expect;
} diag_cases[] = {
	{ "threshold 1\n", "outage.rules: warning: no rules for signal outage" },
	{ "foo bar\n", "outage.rules:1:1: error: unknown directive 'foo'\n"
	  "outage.rules: warning: no rules for signal outage" },
	{ "  weight 2\n", "outage.rules:1:3: error: 'weight' before any rule\n"
	  "outage.rules: warning: no rules for signal outage" },
	{ "rule a\n desc d\n",
	  "outage.rules:1:6: error: rule 'outage/a' has no pattern" },
	{ "rule a\n pattern /x/\n",
	  "outage.rules:1:6: error: rule 'outage/a' has no desc" },
	{ "rule a\n pattern /x/\n desc d\n colour red\n",
	  "outage.rules:4:2: error: unknown key 'colour'" },
	{ "rule a\n pattern /x/\n desc d\n weight 2x\n",
	  "outage.rules:4:9: error: bad number '2x'" },
	{ "rule a\n pattern /x/\n desc d\n weight 1e3\n",
	  "outage.rules:4:9: error: bad number '1e3'" },
	{ "rule a\n pattern /x/\n desc d\n weight\n",
	  "outage.rules:4:8: error: 'weight' needs a value" },
	{ "rule a\n pattern /x/\n desc d\n weight 1 2\n",
	  "outage.rules:4:11: error: unexpected text after 'weight 1'" },
	{ "threshold zero\nrule a\n pattern /x/\n desc d\n",
	  "outage.rules:1:11: error: bad number 'zero'" },
	{ "threshold 0\nrule a\n pattern /x/\n desc d\n",
	  "outage.rules:1:11: error: threshold must be positive" },
	{ "threshold 1\nthreshold 1\nrule a\n pattern /x/\n desc d\n",
	  "outage.rules:2:11: error: duplicate threshold (first at line 1)" },
	{ "rule a\n zones subject bdy,header:\n pattern /x/\n desc d\n",
	  "outage.rules:2:16: error: unknown zone 'bdy'\n"
	  "outage.rules:2:20: error: bad header name in 'header:'" },
	{ "rule a\n pattern /x/\n desc d\nrule a\n pattern /y/\n desc e\n",
	  "outage.rules:4:6: error: duplicate rule id 'a' (first at line 1)" },
	{ "rule Bad-Id\n pattern /x/\n desc d\n",
	  "outage.rules:1:6: error: bad rule id 'Bad-Id' (use a-z, 0-9 and _)\n"
	  "outage.rules: warning: no rules for signal outage" },
	{ "rule a\n pattern /x/iq\n desc d\n",
	  "outage.rules:2:14: error: bad flag 'q' (flags are i m s x)" },
	{ "rule a\n pattern /x/iü\n desc d\n",
	  "outage.rules:2:14: error: bad flag 'ü' (flags are i m s x)" },
	{ "rule a\n pattern /abc\n desc d\n",
	  "outage.rules:2:10: error: unterminated /.../" },
	{ "rule a\n pattern /a\\/\n desc d\n",
	  "outage.rules:2:10: error: unterminated /.../" },
	{ "rule a\n pattern abc\n desc d\n",
	  "outage.rules:2:10: error: 'pattern' needs /regex/flags" },
	{ "rule a\n pattern //\n desc d\n",
	  "outage.rules:2:10: error: empty pattern" },
	{ "rule a\n pattern /x/ i\n desc d\n",
	  "outage.rules:2:14: error: unexpected text after pattern" },
	/* Column of the pattern's first character plus PCRE2's offset. */
	{ "rule a\n    pattern /ab(c/\n    desc d\n",
	  "outage.rules:2:18: error: bad pattern: missing closing "
	  "parenthesis" },
	{ "rule a\n pattern /a\\/b(c/\n desc d\n",
	  "outage.rules:2:17: error: bad pattern: missing closing "
	  "parenthesis" },
	{ "rule a\n pattern /äö{2,1}/\n desc d\n",
	  "outage.rules:2:17: error: bad pattern: numbers out of order in "
	  "{} quantifier" },
	{ "rule a\n pattern /x/\n weight 2\n weight 3\n desc d\n",
	  "outage.rules:4:2: error: duplicate 'weight' in rule 'outage/a'" },
	{ "rule a\n pattern /x/\n desc\n",
	  "outage.rules:3:6: error: 'desc' needs a value" },
	{ "disable a\n",
	  "outage.rules:1:9: error: 'disable' belongs in a local overlay file\n"
	  "outage.rules: warning: no rules for signal outage" },
	{ "threshold 3\nrule a\n pattern /x/\n weight 2\n desc d\n"
	  "rule b\n pattern /y/\n weight -4\n desc e\n",
	  "outage.rules:1:11: error: threshold 3 of outage is unreachable: "
	  "its positive weights add up to 2" },
	{ "rule a\n pattern /x\xff/\n desc d\n",
	  "outage.rules:2:12: error: invalid UTF-8\n"
	  "outage.rules:1:6: error: rule 'outage/a' has no pattern" },
	/* Every error, not just the first. */
	{ "bogus\nrule a\n zones nowhere\n pattern /(/\n weight x\n",
	  "outage.rules:1:1: error: unknown directive 'bogus'\n"
	  "outage.rules:3:8: error: unknown zone 'nowhere'\n"
	  "outage.rules:4:12: error: bad pattern: missing closing "
	  "parenthesis\n"
	  "outage.rules:5:9: error: bad number 'x'\n"
	  "outage.rules:2:6: error: rule 'outage/a' has no desc" },
	/* rival: a signal class, one, not itself, given once. */
	{ "rival bogus\nrule a\n pattern /x/\n desc d\n",
	  "outage.rules:1:7: error: rival: no class 'bogus' (name a signal "
	  "class: safety, outage, payment, account)" },
	{ "rival outage\nrule a\n pattern /x/\n desc d\n",
	  "outage.rules:1:7: error: rival: outage cannot be its own rival" },
	{ "rival payment\nrival payment 2\nrule a\n pattern /x/\n desc d\n",
	  "outage.rules:2:7: error: duplicate rival payment (first at line 1)" },
	{ "rival payment account\nrule a\n pattern /x/\n desc d\n",
	  "outage.rules:1:15: error: bad margin 'account' (a number, 0 or "
	  "more)" },
	{ "rival payment -1\nrule a\n pattern /x/\n desc d\n",
	  "outage.rules:1:15: error: bad margin '-1' (a number, 0 or more)" },
	{ "rival payment 2 3\nrule a\n pattern /x/\n desc d\n",
	  "outage.rules:1:17: error: unexpected text after 'rival payment 2'" },
	/* Two rivals, one with a margin. */
	{ "rival payment\nrival account 3\nrule a\n pattern /x/\n desc d\n",
	  "" },
	{ "rival none\nrule a\n pattern /x/\n desc d\n",
	  "outage.rules:1:7: error: 'rival none' only undoes a shipped rival "
	  "in a local filter directory; drop the line instead" },
	{ "rule a\n pattern /(a+)+$/\n desc d\n",
	  "outage.rules:2:11: warning: pattern may backtrack "
	  "catastrophically: a repeated group holds an unbounded "
	  "quantifier" },
};

START_TEST(test_diag)
{
	struct file files[] = { { "outage.rules", diag_cases[_i].text },
	    { NULL, NULL } };
	char *dir = mkdir_with(files), *got;
	struct diag *d = diag_new();
	struct filter_set *fs = NULL;
	int rc;

	rc = filter_set_load(dir, NULL, 0, d, &fs);
	got = diag_about(d, dir, "outage.rules");
	ck_assert_str_eq(got, diag_cases[_i].expect);
	ck_assert_int_eq(rc, diag_count(d, DIAG_ERROR) > 0 ? -1 : 0);
	ck_assert(rc == 0 ? fs != NULL : fs == NULL);
	filter_set_free(&fs);
	filter_set_free(&fs);
	g_free(got);
	diag_free(&d);
	rmdir_all(dir);
}
END_TEST

/* Patterns and whether they draw the backtracking warning. */
static const struct {
	const char *re;
	int warn;
} risk_cases[] = {
	{ "(a+)+", 1 },
	{ "(\\w+\\s?)*", 1 },
	{ "(.*)*", 1 },
	{ "(?:a+){2,}", 1 },
	{ "((a)+)+", 1 },
	{ "(?:x(?:a+))*", 1 },
	{ "(?:a|b*)+c", 1 },
	{ "(a+)?", 0 },
	{ "(a+){1,3}", 0 },
	{ "(?:\\w+\\s+){0,3}", 0 },
	{ "(a++)+", 0 },
	{ "(?>a+)+", 0 },
	{ "(a+)*+", 0 },
	{ "[(a+)]+", 0 },
	{ "\\(a+\\)+", 0 },
	{ "(a|b)+", 0 },
	{ "\\x{41}+(b)+", 0 },
	{ "[[:alpha:]]+(x)+", 0 },
	{ "\\Q(a+)\\E+", 0 },
	{ "\\b(?:site|app)\\s+(?:is|was)\\s+down\\b", 0 },
};

START_TEST(test_risk)
{
	char *text = g_strdup_printf("rule a\n pattern /%s/\n desc d\n",
	    risk_cases[_i].re);
	struct file files[] = { { "outage.rules", text }, { NULL, NULL } };
	char *dir = mkdir_with(files), *got;
	struct diag *d = diag_new();
	struct filter_set *fs = NULL;

	ck_assert_int_eq(filter_set_load(dir, NULL, 0, d, &fs), 0);
	got = diag_about(d, dir, "outage.rules");
	ck_assert_msg((strstr(got, "backtrack") != NULL) == risk_cases[_i].warn,
	    "%s: '%s'", risk_cases[_i].re, got);
	filter_set_free(&fs);
	g_free(got);
	g_free(text);
	diag_free(&d);
	rmdir_all(dir);
}
END_TEST

START_TEST(test_good)
{
	struct file files[] = { { "outage.rules", good_rules },
	    { NULL, NULL } };
	char *dir = mkdir_with(files), *got;
	struct diag *d = diag_new();
	struct filter_set *fs = NULL;
	int c;

	ck_assert_int_eq(filter_set_load(dir, NULL, FILTER_JIT, d, &fs), 0);
	got = diag_about(d, dir, "outage.rules");
	ck_assert_str_eq(got, "");
	ck_assert_uint_eq(filter_set_nclasses(fs), 4);
	ck_assert_uint_eq(filter_set_nrules(fs), 3);
	c = filter_class_find(fs, "outage");
	ck_assert_int_eq(c, 1);
	ck_assert_uint_eq(filter_class_nrules(fs, c), 3);
	ck_assert(filter_class_threshold(fs, c) == 2);
	ck_assert(filter_class_threshold(fs, 0) == 1);
	ck_assert_int_eq(filter_class_find(fs, "nope"), -1);
	ck_assert_ptr_null(filter_class_name(fs, 4));
	/* The three missing signal classes are made up, with a warning. */
	ck_assert_uint_eq(diag_count(d, DIAG_WARNING), 3);
	ck_assert_uint_eq(diag_count(d, DIAG_ERROR), 0);
	filter_set_free(&fs);
	g_free(got);
	diag_free(&d);
	rmdir_all(dir);
}
END_TEST

#define RULE(id, w) "rule " id "\n pattern /" id "/\n weight " w "\n desc d\n"

/* Signal classes first in precedence order, then the rest by name. */
START_TEST(test_order)
{
	struct file files[] = {
		{ "zeta.rules", RULE("z", "1") },
		{ "account.rules", RULE("a", "1") },
		{ "impact.rules", RULE("i", "1") },
		{ "safety.rules", RULE("s", "1") },
		{ "README.md", "not rules" },
		{ ".hidden.rules", "garbage" },
		{ NULL, NULL } };
	static const char *const want[] = { "safety", "outage", "payment",
	    "account", "impact", "zeta" };
	char *dir = mkdir_with(files);
	struct diag *d = diag_new();
	struct filter_set *fs = NULL;

	ck_assert_int_eq(filter_set_load(dir, "/nonexistent/local", 0, d, &fs),
	    0);
	ck_assert_uint_eq(filter_set_nclasses(fs), 6);
	for (size_t i = 0; i < 6; i++)
		ck_assert_str_eq(filter_class_name(fs, i), want[i]);
	ck_assert_uint_eq(diag_count(d, DIAG_WARNING), 2);
	ck_assert_ptr_nonnull(strstr(diag_text(d, 0), "no rules for signal "
	    "outage"));
	ck_assert_ptr_nonnull(strstr(diag_text(d, 1), "no rules for signal "
	    "payment"));
	filter_set_free(&fs);
	diag_free(&d);
	rmdir_all(dir);
}
END_TEST

START_TEST(test_bad_dirs)
{
	struct file files[] = { { "Bad-Name.rules", RULE("a", "1") },
	    { NULL, NULL } };
	char *dir = mkdir_with(files);
	struct diag *d = diag_new();
	struct filter_set *fs = NULL;

	ck_assert_int_eq(filter_set_load("/nonexistent/filters", NULL, 0, d,
	    &fs), -1);
	ck_assert_ptr_null(fs);
	ck_assert_uint_eq(diag_count(d, DIAG_ERROR), 1);
	diag_free(&d);
	d = diag_new();
	ck_assert_int_eq(filter_set_load(dir, NULL, 0, d, &fs), -1);
	ck_assert_ptr_nonnull(strstr(diag_text(d, 0), "bad class name "
	    "'Bad-Name'"));
	diag_free(&d);
	rmdir_all(dir);
}
END_TEST

/* A local overlay: replace in place, append, disable, override the
 * threshold, add a class. */
START_TEST(test_overlay)
{
	struct file shipped[] = {
		{ "outage.rules", "threshold 2\n" RULE("a", "1") RULE("b", "1")
		    RULE("c", "1") },
		{ NULL, NULL } };
	struct file local[] = {
		{ "outage.rules", "threshold 3\ndisable c\n" RULE("b", "5")
		    RULE("d", "1") "disable nosuch\n" },
		{ "vip.rules", RULE("v", "1") },
		{ NULL, NULL } };
	char *dir = mkdir_with(shipped), *ldir = mkdir_with(local), *got;
	struct diag *d = diag_new();
	struct filter_set *fs = NULL;
	int c;

	ck_assert_int_eq(filter_set_load(dir, ldir, 0, d, &fs), 0);
	c = filter_class_find(fs, "outage");
	ck_assert_uint_eq(filter_class_nrules(fs, c), 3);
	ck_assert(filter_class_threshold(fs, c) == 3);
	ck_assert_int_eq(filter_class_find(fs, "vip"), 4);
	ck_assert_uint_eq(filter_set_nrules(fs), 4);
	got = diag_about(d, ldir, "outage");
	ck_assert_str_eq(got, "outage.rules:11:9: warning: no rule "
	    "'outage/nosuch' to disable");
	filter_set_free(&fs);
	g_free(got);
	diag_free(&d);
	rmdir_all(dir);
	rmdir_all(ldir);
}
END_TEST

START_TEST(test_overlay_errors)
{
	struct file shipped[] = { { "outage.rules", RULE("a", "1") },
	    { NULL, NULL } };
	struct file local[] = {
		{ "outage.rules", "disable a\n" RULE("a", "2")
		    "threshold 9\n" },
		{ NULL, NULL } };
	char *dir = mkdir_with(shipped), *ldir = mkdir_with(local), *got;
	struct diag *d = diag_new();
	struct filter_set *fs = NULL;

	ck_assert_int_eq(filter_set_load(dir, ldir, 0, d, &fs), -1);
	ck_assert_ptr_null(fs);
	got = diag_about(d, ldir, "outage");
	ck_assert_str_eq(got,
	    "outage.rules:1:9: error: rule 'a' is both disabled and defined "
	    "here\n"
	    "outage.rules:6:11: error: threshold 9 of outage is unreachable: "
	    "its positive weights add up to 2");
	g_free(got);
	diag_free(&d);
	rmdir_all(dir);
	rmdir_all(ldir);
}
END_TEST

/* "rival": both ways, with margins; a local "rival none" drops the
 * shipped rivals of a class; a context class or a pair declared twice is
 * refused. */
START_TEST(test_rival)
{
	struct file shipped[] = {
		{ "outage.rules", "rival payment\n" RULE("a", "2") },
		{ "payment.rules", "rival account 3\nrival outage\n"
		    RULE("p", "2") },
		{ "account.rules", "rival impact\n" RULE("l", "2") },
		{ "safety.rules", "rival outage\n" RULE("s", "2") },
		{ "impact.rules", RULE("i", "2") },
		{ NULL, NULL } };
	struct file fixed[] = {
		{ "account.rules", "rival none\n" },
		{ "payment.rules", "rival none\nrival account 3\n" },
		{ NULL, NULL } };
	char *dir = mkdir_with(shipped), *ldir = mkdir_with(fixed), *got;
	struct diag *d = diag_new();
	struct filter_set *fs = NULL;
	double m = -1;

	ck_assert_int_eq(filter_set_load(dir, NULL, 0, d, &fs), -1);
	got = diag_about(d, dir, "account.rules");
	ck_assert_str_eq(got, "account.rules:1:7: error: rival: account and "
	    "impact must both be signal classes (a context class raises no "
	    "signal to drop)");
	g_free(got);
	got = diag_about(d, dir, "payment.rules");
	ck_assert_str_eq(got, "payment.rules:2:7: error: rival: payment and "
	    "outage are rivals already (in outage.rules); declare a pair "
	    "once");
	g_free(got);
	diag_free(&d);

	d = diag_new();
	ck_assert_int_eq(filter_set_load(dir, ldir, 0, d, &fs), 0);
	ck_assert(filter_rivals_of(fs, SIG_OUTAGE, SIG_PAYMENT, &m));
	ck_assert(m == 0);
	ck_assert(filter_rivals_of(fs, SIG_PAYMENT, SIG_ACCOUNT, &m));
	ck_assert(m == 3);
	ck_assert(filter_rivals_of(fs, SIG_ACCOUNT, SIG_PAYMENT, NULL));
	ck_assert(filter_rivals_of(fs, SIG_SAFETY, SIG_OUTAGE, NULL));
	ck_assert(!filter_rivals_of(fs, SIG_SAFETY, SIG_PAYMENT, NULL));
	ck_assert(!filter_rivals_of(fs, SIG_OUTAGE, SIG_ACCOUNT, NULL));
	filter_set_free(&fs);
	diag_free(&d);
	rmdir_all(dir);
	rmdir_all(ldir);
}
END_TEST

/* The shipped rules load clean, JIT or not. */
START_TEST(test_shipped)
{
	struct diag *d = diag_new();
	struct filter_set *fs = NULL;

	ck_assert_int_eq(filter_set_load(MT_SOURCE_DIR "/filters", NULL,
	    _i ? FILTER_JIT : 0, d, &fs), 0);
	if (diag_len(d) > 0)
		diag_print(d, stderr);
	ck_assert_uint_eq(diag_len(d), 0);
	for (size_t c = 0; c < 4; c++)
		ck_assert_uint_ge(filter_class_nrules(fs, c), 5);
	filter_set_free(&fs);
	diag_free(&d);
}
END_TEST

static Suite *
filter_suite(void)
{
	Suite *s = suite_create("filter");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_diag, 0,
	    sizeof diag_cases / sizeof diag_cases[0]);
	tcase_add_loop_test(tc, test_risk, 0,
	    sizeof risk_cases / sizeof risk_cases[0]);
	tcase_add_test(tc, test_good);
	tcase_add_test(tc, test_order);
	tcase_add_test(tc, test_bad_dirs);
	tcase_add_test(tc, test_overlay);
	tcase_add_test(tc, test_overlay_errors);
	tcase_add_test(tc, test_rival);
	tcase_add_loop_test(tc, test_shipped, 0, 2);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(filter_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
