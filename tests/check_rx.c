/* Tests for rx.c: compiling, flags, Unicode, bounded matching, the
 * compiled-pattern cache. */
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <check.h>
#include <glib.h>
#include <glib/gstdio.h>

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

/* Compiles the patterns of the cache tests; each must match its subject
 * and not the other. Returns the cache's counts. */
static struct rx_cache_stats
cache_round(const char *path, const char *key)
{
	static const char *const pats[] = { "\\bsmoke\\b", "r[äa]uch",
	    "(?:down|offline)\\s+since" };
	static const char *const subj[] = { "some smoke here", "Rauch!",
	    "down  since noon" };
	struct rx_scratch *s = rx_scratch_new(0, 0);
	struct rx_cache_stats st;
	char err[128];
	size_t off, ms, me;

	ck_assert_int_eq(rx_cache_open(path, key) == 0 ||
	    access(path, F_OK) == 0, 1);
	for (size_t i = 0; i < 3; i++) {
		struct rx *r = rx_compile(pats[i], strlen(pats[i]),
		    RX_CASELESS, err, sizeof err, &off);

		ck_assert_ptr_nonnull(r);
		for (size_t k = 0; k < 3; k++)
			ck_assert_int_eq(rx_match(r, s, subj[k],
			    strlen(subj[k]), 0, &ms, &me, err, sizeof err),
			    k == i);
		rx_free(&r);
	}
	/* The same source with other flags is another pattern. */
	{
		struct rx *r = rx_compile(pats[0], strlen(pats[0]), 0, err,
		    sizeof err, &off);

		ck_assert_int_eq(rx_match(r, s, "SMOKE", 5, 0, &ms, &me, err,
		    sizeof err), 0);
		rx_free(&r);
	}
	rx_cache_stats(&st);
	ck_assert_int_eq(rx_cache_close(1), 0);
	rx_scratch_free(&s);
	return st;
}

/* A file not usable as it is: hits patterns taken, the rest compiled
 * again, and the file written anew, so the next run takes all four. */
static void
refused_then_whole(const char *path, const char *key, unsigned long hits)
{
	struct rx_cache_stats st = cache_round(path, key);

	ck_assert_uint_eq(st.hits, hits);
	ck_assert_uint_eq(st.misses, 4 - hits);
	ck_assert_int_eq(st.refused, 1);
	st = cache_round(path, key);
	ck_assert_uint_eq(st.hits, 4);
	ck_assert_uint_eq(st.misses, 0);
}

/* Patterns compiled once are taken from the file by the next process;
 * a broken file, one of another build and one that others may write
 * are not read (the first two are written anew, the last left alone). */
START_TEST(test_cache)
{
	char *dir = g_dir_make_tmp("check_rx.XXXXXX", NULL);
	char *path = g_build_filename(dir, "l.db.rxcache", NULL);
	struct rx_cache_stats st;
	struct stat sb;
	FILE *fp;

	st = cache_round(path, "build-1");
	ck_assert_uint_eq(st.hits, 0);
	ck_assert_uint_eq(st.misses, 4);
	ck_assert_int_eq(stat(path, &sb), 0);
	ck_assert_uint_eq(sb.st_mode & 0777, 0600);
	st = cache_round(path, "build-1");
	ck_assert_uint_eq(st.hits, 4);
	ck_assert_uint_eq(st.misses, 0);
	/* Another build: compiled again, and the file is its now. */
	refused_then_whole(path, "build-2", 0);
	/* Cut short: as if empty, then whole again. */
	ck_assert_int_eq(truncate(path, 100), 0);
	refused_then_whole(path, "build-2", 0);
	/* Damaged on disk: the last byte of the last code. That pattern
	 * is compiled again, the others are taken; then whole again. */
	ck_assert_ptr_nonnull(fp = fopen(path, "r+"));
	ck_assert_int_eq(fseek(fp, -1, SEEK_END), 0);
	{
		int c = fgetc(fp);

		ck_assert_int_eq(fseek(fp, -1, SEEK_END), 0);
		fputc(c ^ 0x5a, fp);
	}
	fclose(fp);
	refused_then_whole(path, "build-2", 3);
	/* Not a cache at all. */
	ck_assert_ptr_nonnull(fp = fopen(path, "r+"));
	fputs("not a cache", fp);
	fclose(fp);
	refused_then_whole(path, "build-2", 0);
	/* Writable by others: neither read nor written. */
	ck_assert_int_eq(chmod(path, 0666), 0);
	st = cache_round(path, "build-2");
	ck_assert_uint_eq(st.hits, 0);
	ck_assert_uint_eq(st.misses, 0);
	ck_assert_int_eq(st.foreign, 1);
	ck_assert_int_eq(stat(path, &sb), 0);
	ck_assert_uint_eq(sb.st_mode & 0777, 0666);
	/* No cache at all: nothing kept, nothing counted. */
	ck_assert_int_eq(rx_cache_open(NULL, "build-2"), 0);
	st = cache_round(NULL, "build-2");
	ck_assert_uint_eq(st.hits + st.misses, 0);
	g_unlink(path);
	g_rmdir(dir);
	g_free(path);
	g_free(dir);
}
END_TEST

/* The literal prefilter: what it reads of a pattern (handle or -1), and
 * whether the pattern may match a subject. */
static const struct {
	const char *re;
	unsigned flags;
	int read;		/* a handle, not -1 */
	const char *subject;
	int may;
} lit_cases[] = {
	{ "\\bdown\\b", RX_CASELESS, 1, "the site is DOWN", 1 },
	{ "\\bdown\\b", RX_CASELESS, 1, "the site is up", 0 },
	/* Options that change no literal's string. */
	{ "(?-i:[A-Z][a-z]+(?:olol|pril))\\b", RX_CASELESS, 1,
	    "I take Bisoprolol daily", 1 },
	{ "(?-i:[A-Z][a-z]+(?:olol|pril))\\b", RX_CASELESS, 1,
	    "I take nothing", 0 },
	{ "(?i:fire)\\s+(?ms-i:alarm)", 0, 1, "FIRE ALARM", 1 },
	/* x changes what is literal: not read, always run. */
	{ "(?x:fire alarm)", 0, 0, "firealarm", 1 },
	/* Runs of plain characters: a string stops at 32 characters and
	 * the rest is a clause of its own; quantified characters, classes
	 * and \\b between them. */
	{ "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH", RX_CASELESS, 1,
	    "abcdefghijklmnopqrstuvwxyz012345 6789ABCDEFGH", 1 },
	{ "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH", RX_CASELESS, 1,
	    "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", 0 },
	{ "colou?r\\s+Chart", RX_CASELESS, 1, "COLOR chart", 1 },
	{ "colou?r\\s+Chart", RX_CASELESS, 1, "colr chart", 0 },
	{ "\\bcharge[sd]?\\b", RX_CASELESS, 1, "it was charged", 1 },
	{ "\\bcharge[sd]?\\b", RX_CASELESS, 1, "no charg", 0 },
	{ "don['’]t\\s+work", RX_CASELESS, 1, "dont work", 1 },
	{ "don['’]t\\s+work", RX_CASELESS, 1, "do not work", 0 },
	{ "(?:foo|bar)\\s+baz\\.qux", RX_CASELESS, 1, "BAR baz.qux", 1 },
	{ "(?:foo|bar)\\s+baz\\.qux", RX_CASELESS, 1, "bar baz qux", 0 },
};

START_TEST(test_lit)
{
	struct rx_litset *ls = rx_litset_new();
	struct rx_litscan *sc;
	size_t start;
	int h;

	h = rx_litset_add_src(ls, lit_cases[_i].re, strlen(lit_cases[_i].re),
	    lit_cases[_i].flags);
	ck_assert_msg((h >= 0) == lit_cases[_i].read, "%s: handle %d",
	    lit_cases[_i].re, h);
	sc = rx_litset_scan(ls, lit_cases[_i].subject,
	    strlen(lit_cases[_i].subject));
	ck_assert_int_eq(rx_litset_check(ls, h, sc, &start),
	    lit_cases[_i].may);
	rx_litscan_free(&sc);
	rx_litset_free(&ls);
}
END_TEST

/* A scan given back is reused: nothing of the subject before stays
 * seen, and a longer subject than before is read whole. */
START_TEST(test_lit_reuse)
{
	struct rx_litset *ls = rx_litset_new();
	struct rx_litscan *sc;
	GString *big = g_string_new(NULL);
	size_t start;
	int down, alarm;

	down = rx_litset_add_src(ls, "\\bdown\\b", 8, RX_CASELESS);
	alarm = rx_litset_add_src(ls, "fire\\s+alarm", 12, RX_CASELESS);
	ck_assert_int_ge(down, 0);
	ck_assert_int_ge(alarm, 0);
	sc = rx_litset_scan(ls, "the site is DOWN", 16);
	ck_assert_int_eq(rx_litset_check(ls, down, sc, &start), 1);
	rx_litset_done(ls, &sc);
	ck_assert_ptr_null(sc);
	sc = rx_litset_scan(ls, "the site is up", 14);
	ck_assert_int_eq(rx_litset_check(ls, down, sc, &start), 0);
	ck_assert_int_eq(rx_litset_check(ls, alarm, sc, &start), 0);
	rx_litset_done(ls, &sc);
	for (int i = 0; i < 1000; i++)
		g_string_append(big, "nothing to see here ");
	g_string_append(big, "then the FIRE alarm");
	sc = rx_litset_scan(ls, big->str, big->len);
	ck_assert_int_eq(rx_litset_check(ls, alarm, sc, &start), 1);
	ck_assert_int_eq(rx_litset_check(ls, down, sc, &start), 0);
	rx_litset_done(ls, &sc);
	g_string_free(big, TRUE);
	rx_litset_free(&ls);
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
	tcase_add_test(tc, test_cache);
	tcase_add_loop_test(tc, test_utf8, 0,
	    sizeof utf8_cases / sizeof utf8_cases[0]);
	tcase_add_loop_test(tc, test_lit, 0,
	    sizeof lit_cases / sizeof lit_cases[0]);
	tcase_add_test(tc, test_lit_reuse);
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
