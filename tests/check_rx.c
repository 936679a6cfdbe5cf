/* Tests for rx.c: compiling, flags, Unicode, bounded matching. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <check.h>

#include "rx.h"

static const struct {
	const char *re;
	unsigned flags;
	const char *subject;
	int expect;		/* rx_match result */
	const char *matched;	/* when 1 */
} match_cases[] = {
	{ "down", 0, "the site is down", 1, "down" },
	{ "DOWN", 0, "the site is down", 0, NULL },
	{ "DOWN", RX_CASELESS, "the site is down", 1, "down" },
	{ "^is", 0, "site\nis down", 0, NULL },
	{ "^is", RX_MULTILINE, "site\nis down", 1, "is" },
	{ "site.is", 0, "site\nis", 0, NULL },
	{ "site.is", RX_DOTALL, "site\nis", 1, "site\nis" },
	{ "site \\s+ is", RX_EXTENDED, "site   is", 1, "site   is" },
	/* Unicode: \b and \w know umlauts, caseless folds them. */
	{ "\\bgesperrt\\b", 0, "Konto gesperrt.", 1, "gesperrt" },
	{ "\\bsperrt\\b", 0, "Konto gesperrt", 0, NULL },
	{ "\\w+", 0, "Rückerstattung!", 1, "Rückerstattung" },
	{ "RÜCKERSTATTUNG", RX_CASELESS, "eine rückerstattung", 1,
	    "rückerstattung" },
	{ "\\bfür\\b", 0, "danke für alles", 1, "für" },
	{ "\\bnot\\b", 0, "cannot", 0, NULL },
	{ "(?:a|b)c", 0, "xxbc", 1, "bc" },
	{ "", 0, "", 1, "" },
};

START_TEST(test_match)
{
	char err[128];
	size_t off, ms, me;
	struct rx *r;
	struct rx_scratch *s = rx_scratch_new(100000, 64 * 1024);
	const char *subj = match_cases[_i].subject;
	int jit;

	ck_assert_ptr_nonnull(s);
	for (jit = 0; jit < 2; jit++) {
		r = rx_compile(match_cases[_i].re, strlen(match_cases[_i].re),
		    match_cases[_i].flags, err, sizeof err, &off);
		ck_assert_msg(r != NULL, "%s: %s", match_cases[_i].re, err);
		if (jit)
			rx_jit(r);
		ck_assert_int_eq(rx_match(r, s, subj, strlen(subj), 0, &ms,
		    &me, err, sizeof err), match_cases[_i].expect);
		if (match_cases[_i].expect == 1) {
			ck_assert_uint_eq(me - ms,
			    strlen(match_cases[_i].matched));
			ck_assert(memcmp(subj + ms, match_cases[_i].matched,
			    me - ms) == 0);
		}
		rx_free(&r);
		ck_assert_ptr_null(r);
	}
	rx_scratch_free(&s);
	ck_assert_ptr_null(s);
}
END_TEST

static const struct {
	const char *re;
	size_t erroff;
	const char *msg;	/* part of PCRE2's message */
} error_cases[] = {
	{ "(abc", 4, "missing closing parenthesis" },
	{ "abc)", 3, "unmatched closing parenthesis" },
	{ "a{2,1}", 5, "out of order" },
	{ "[z-a]", 3, "out of order" },
	{ "x**+", 2, "quantifier does not follow" },
	{ "\\C", 2, "\\C is disabled" },
	{ "a\\", 2, "\\ at end of pattern" },
};

START_TEST(test_compile_error)
{
	char err[128] = "";
	size_t off = 999;
	struct rx *r;

	r = rx_compile(error_cases[_i].re, strlen(error_cases[_i].re), 0, err,
	    sizeof err, &off);
	ck_assert_ptr_null(r);
	ck_assert_msg(strstr(err, error_cases[_i].msg) != NULL, "%s: '%s'",
	    error_cases[_i].re, err);
	ck_assert_uint_eq(off, error_cases[_i].erroff);
}
END_TEST

/* (a+)+$ over "aaa...ab" tries every split of the a's: 2^n steps. The
 * match limit must stop it, JIT or not, and quickly. */
START_TEST(test_catastrophic)
{
	char subj[64], err[128] = "";
	size_t off, ms, me;
	struct rx *r;
	struct rx_scratch *s = rx_scratch_new(100000, 64 * 1024);
	time_t t0 = time(NULL);

	memset(subj, 'a', 40);
	strcpy(subj + 40, "b");
	r = rx_compile("(a+)+$", 6, 0, err, sizeof err, &off);
	ck_assert_ptr_nonnull(r);
	if (_i)
		rx_jit(r);
	ck_assert_int_eq(rx_match(r, s, subj, strlen(subj), 0, &ms, &me, err,
	    sizeof err), -1);
	ck_assert_str_eq(err, "match limit exceeded");
	ck_assert(time(NULL) - t0 < 5);
	rx_free(&r);
	rx_scratch_free(&s);
}
END_TEST

/* A match may start past the beginning, and offsets count from 0. */
START_TEST(test_start)
{
	char err[128];
	size_t off, ms = 0, me = 0;
	struct rx *r = rx_compile("ab", 2, 0, err, sizeof err, &off);
	struct rx_scratch *s = rx_scratch_new(0, 0);

	ck_assert_int_eq(rx_match(r, s, "abxab", 5, 1, &ms, &me, err,
	    sizeof err), 1);
	ck_assert_uint_eq(ms, 3);
	ck_assert_uint_eq(me, 5);
	ck_assert_int_eq(rx_match(r, s, "abxab", 5, 4, &ms, &me, err,
	    sizeof err), 0);
	ck_assert_int_eq(rx_match(r, s, "abxab", 5, 6, &ms, &me, err,
	    sizeof err), -1);
	rx_free(&r);
	rx_free(&r);
	rx_scratch_free(&s);
	rx_scratch_free(NULL);
}
END_TEST

static const struct {
	const char *text;
	size_t len;
	int valid;
} utf8_cases[] = {
	{ "", 0, 1 },
	{ "plain ascii", 11, 1 },
	{ "R\xc3\xbc" "ckerstattung", 15, 1 },
	{ "a\0b", 3, 1 },
	{ "\xe2\x82\xac", 3, 1 },		/* euro sign */
	{ "\xf0\x9f\x94\xa5", 4, 1 },		/* U+1F525 */
	{ "\xc3", 1, 0 },			/* truncated */
	{ "\xe2\x82", 2, 0 },
	{ "\xc0\xaf", 2, 0 },			/* overlong '/' */
	{ "\xe0\x80\xaf", 3, 0 },
	{ "\xed\xa0\x80", 3, 0 },		/* surrogate */
	{ "\xf4\x90\x80\x80", 4, 0 },		/* past U+10FFFF */
	{ "\xff", 1, 0 },
	{ "\x80", 1, 0 },
	{ "ab\xfc" "cd", 5, 0 },		/* latin-1 u-umlaut */
};

START_TEST(test_utf8)
{
	ck_assert_int_eq(rx_utf8_valid(utf8_cases[_i].text,
	    utf8_cases[_i].len), utf8_cases[_i].valid);
}
END_TEST

static Suite *
rx_suite(void)
{
	Suite *s = suite_create("rx");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_match, 0,
	    sizeof match_cases / sizeof match_cases[0]);
	tcase_add_loop_test(tc, test_compile_error, 0,
	    sizeof error_cases / sizeof error_cases[0]);
	tcase_add_loop_test(tc, test_catastrophic, 0, 2);
	tcase_add_test(tc, test_start);
	tcase_add_loop_test(tc, test_utf8, 0,
	    sizeof utf8_cases / sizeof utf8_cases[0]);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(rx_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
