/* Tests for errlog.c: errors and warnings kept beside the ledger, one
 * line each, bounded, newest last; info and debug not kept. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "errlog.h"
#include "log.h"

static char *dir, *ledger;

static void
setup(void)
{
	dir = g_dir_make_tmp("check_errlog.XXXXXX", NULL);
	ledger = g_build_filename(dir, "mailtriage.db", NULL);
	log_init("check_errlog", 0, LOG_LVL_ERROR);
}

static void
teardown(void)
{
	char *path = errlog_path(ledger);

	errlog_stop();
	g_unlink(path);
	g_rmdir(dir);
	g_free(path);
	g_free(ledger);
	g_free(dir);
}

/* What is kept of each level, and how a line reads. */
static const struct {
	enum log_level lvl;
	const char *text;
	const char *kept;	/* after "TIME ", NULL: not kept */
} level_cases[] = {
	{ LOG_LVL_ERROR, "disk full", "error test[" },
	{ LOG_LVL_WARN, "connection lost", "warning test[" },
	{ LOG_LVL_INFO, "filed", NULL },
	{ LOG_LVL_DEBUG, "connected", NULL },
	{ LOG_LVL_ERROR, "two\nlines", "error test[" },
};

START_TEST(test_levels)
{
	char **lines = NULL, *err = NULL;

	errlog_start(ledger, "test");
	log_msg(level_cases[_i].lvl, "%s", level_cases[_i].text);
	ck_assert_int_eq(errlog_read(ledger, 10, &lines, &err), 0);
	if (level_cases[_i].kept == NULL) {
		ck_assert_ptr_null(lines[0]);
	} else {
		char *flat = g_strdelimit(g_strdup(level_cases[_i].text), "\n",
		    ' ');
		ck_assert_ptr_nonnull(lines[0]);
		ck_assert_ptr_null(lines[1]);	/* one line, newline or not */
		ck_assert_ptr_nonnull(strstr(lines[0], level_cases[_i].kept));
		ck_assert(g_str_has_suffix(lines[0], flat));
		g_free(flat);
	}
	g_strfreev(lines);
}
END_TEST

START_TEST(test_bounded_newest_last)
{
	char **lines = NULL, *err = NULL, *path;
	GStatBuf sb;
	size_t n = 0;

	errlog_start(ledger, "test");
	for (int i = 0; i < 3000; i++)
		log_msg(LOG_LVL_WARN, "warning number %d of many", i);
	errlog_stop();
	log_msg(LOG_LVL_ERROR, "after stop: not kept");
	ck_assert_int_eq(errlog_read(ledger, 100000, &lines, &err), 0);
	while (lines[n] != NULL)
		n++;
	ck_assert_uint_le(n, 2000);	/* cut back, not grown without end */
	ck_assert_uint_ge(n, ERRLOG_KEEP);
	ck_assert(g_str_has_suffix(lines[n - 1], "warning number 2999 of many"));
	g_strfreev(lines);
	path = errlog_path(ledger);
	ck_assert_int_eq(g_stat(path, &sb), 0);
	ck_assert_int_le(sb.st_size, 64 * 1024 + 200);
	g_free(path);
	/* The newest n. */
	ck_assert_int_eq(errlog_read(ledger, 2, &lines, &err), 0);
	ck_assert(g_str_has_suffix(lines[0], "number 2998 of many"));
	ck_assert_ptr_null(lines[2]);
	g_strfreev(lines);
}
END_TEST

START_TEST(test_no_file)
{
	char **lines = NULL, *err = NULL;

	ck_assert_int_eq(errlog_read(ledger, 10, &lines, &err), 0);
	ck_assert_ptr_null(lines[0]);
	g_strfreev(lines);
}
END_TEST

static Suite *
errlog_suite(void)
{
	Suite *s = suite_create("errlog");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_levels, 0, G_N_ELEMENTS(level_cases));
	tcase_add_test(tc, test_bounded_newest_last);
	tcase_add_test(tc, test_no_file);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(errlog_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
