/* Tests for maildir.c, on real directories in a temp dir. */
#define _GNU_SOURCE	/* nftw's FTW_PHYS */
#include <sys/stat.h>
#include <sys/time.h>

#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>
#include <glib.h>

#include "maildir.h"

static char *tmpdir;

static int
rm_one(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	if (flag == FTW_DP || flag == FTW_D)
		chmod(path, 0700);
	return remove(path);
}

static void
setup(void)
{
	tmpdir = g_dir_make_tmp("check_maildir.XXXXXX", NULL);
	ck_assert_ptr_nonnull(tmpdir);
}

static void
teardown(void)
{
	nftw(tmpdir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	g_free(tmpdir);
	tmpdir = NULL;
}

static int
is_dir(const char *path)
{
	struct stat sb;

	return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* Number of entries in dir, not counting "." and "..". */
static int
count_entries(const char *dir)
{
	GDir *d = g_dir_open(dir, 0, NULL);
	int n = 0;

	ck_assert_ptr_nonnull(d);
	while (g_dir_read_name(d) != NULL)
		n++;
	g_dir_close(d);
	return n;
}

/* Replaces a directory by a regular file, which no write can go through,
 * even as root. */
static void
break_dir(const char *dir)
{
	ck_assert_int_eq(rmdir(dir), 0);
	ck_assert(g_file_set_contents(dir, "x", 1, NULL));
}

static const struct {
	const char *root, *folder, *want;
} path_cases[] = {
	{ "/m", "", "/m" },
	{ "/m", NULL, "/m" },
	{ "/m", "Work", "/m/.Work" },
	{ "/home/u/Maildir", "Work.Urgent", "/home/u/Maildir/.Work.Urgent" },
};

START_TEST(test_folder_path)
{
	char *p = maildir_folder_path(path_cases[_i].root,
	    path_cases[_i].folder);

	ck_assert_str_eq(p, path_cases[_i].want);
	g_free(p);
}
END_TEST

START_TEST(test_ensure)
{
	static const char *const want[] = {
		"a/b/Maildir/cur", "a/b/Maildir/new", "a/b/Maildir/tmp",
		"a/b/Maildir/.Work/cur", "a/b/Maildir/.Work/new",
		"a/b/Maildir/.Work/tmp",
	};
	char *root = g_build_filename(tmpdir, "a/b/Maildir", NULL);
	char *err = NULL, *p;
	struct stat sb;

	for (int pass = 0; pass < 2; pass++) {	/* idempotent */
		ck_assert_int_eq(maildir_ensure(root, "", &err), 0);
		ck_assert_int_eq(maildir_ensure(root, "Work", &err), 0);
		ck_assert_ptr_null(err);
	}
	for (size_t i = 0; i < G_N_ELEMENTS(want); i++) {
		p = g_build_filename(tmpdir, want[i], NULL);
		ck_assert_msg(is_dir(p), "%s", want[i]);
		ck_assert_int_eq(stat(p, &sb), 0);
		ck_assert_int_eq(sb.st_mode & 0777, 0700);
		g_free(p);
	}
	p = g_build_filename(root, ".Work/maildirfolder", NULL);
	ck_assert(g_file_test(p, G_FILE_TEST_IS_REGULAR));
	g_free(p);
	p = g_build_filename(root, "maildirfolder", NULL);
	ck_assert(!g_file_test(p, G_FILE_TEST_EXISTS));
	g_free(p);
	g_free(root);
}
END_TEST

START_TEST(test_ensure_not_dir)
{
	char *file = g_build_filename(tmpdir, "file", NULL);
	char *root = g_build_filename(file, "Maildir", NULL);
	char *err = NULL, *want;

	ck_assert(g_file_set_contents(file, "x", 1, NULL));
	ck_assert_int_eq(maildir_ensure(root, "", &err), -1);
	want = g_strdup_printf("%s: Not a directory", root);
	ck_assert_str_eq(err, want);
	g_free(want);
	g_free(err);
	g_free(root);
	g_free(file);
}
END_TEST

START_TEST(test_ensure_permission)
{
	char *ro = g_build_filename(tmpdir, "ro", NULL);
	char *root = g_build_filename(ro, "Maildir", NULL);
	char *err = NULL, *want;

	if (geteuid() == 0) {
		fprintf(stderr, "test_ensure_permission: skipped as root "
		    "(chmod does not stop root); see test_ensure_not_dir\n");
		goto out;
	}
	ck_assert_int_eq(mkdir(ro, 0500), 0);
	ck_assert_int_eq(maildir_ensure(root, "", &err), -1);
	want = g_strdup_printf("mkdir %s: Permission denied", root);
	ck_assert_str_eq(err, want);
	g_free(want);
	g_free(err);
out:
	g_free(root);
	g_free(ro);
}
END_TEST

static const char *const bad_folders[] = {
	"../x", "a/b", ".", "..", ".x", "x.", "a..b",
};

START_TEST(test_ensure_bad_folder)
{
	char *err = NULL;

	ck_assert_int_eq(maildir_ensure(tmpdir, bad_folders[_i], &err), -1);
	ck_assert_ptr_nonnull(err);
	g_free(err);
}
END_TEST

START_TEST(test_unique_name)
{
	char *a = maildir_unique_name(123), *b = maildir_unique_name(123);
	char *host = g_strdup(g_get_host_name()), *tail;

	ck_assert_str_ne(a, b);
	ck_assert(g_str_has_suffix(a, ",S=123"));
	ck_assert(g_regex_match_simple("^[0-9]+\\.M[0-9]+P[0-9]+Q[0-9]+\\.",
	    a, 0, 0));
	ck_assert_ptr_null(strchr(a, '/'));
	ck_assert_ptr_null(strchr(a, ':'));
	/* The host name is there, escaped as the spec asks. */
	g_strdelimit(host, "/:", '\0');
	tail = strchr(strchr(a, '.') + 1, '.') + 1;
	ck_assert(strncmp(tail, host, strlen(host)) == 0);
	g_free(host);
	g_free(a);
	g_free(b);
}
END_TEST

/* Delivers a message with a NUL and 8-bit bytes into folder. */
static void
deliver_one(const char *folder)
{
	static const char data[] = "From: a\r\n\r\nbody\0\xff\n";
	char *err = NULL, *path = NULL, *found = NULL, *dir, *sub, *want;
	char *name = maildir_unique_name(sizeof data - 1), *got, *cur;
	size_t len;
	struct stat sb;

	ck_assert_int_eq(maildir_ensure(tmpdir, folder, &err), 0);
	ck_assert_int_eq(maildir_deliver(tmpdir, folder, name, data,
	    sizeof data - 1, &path, &err), 0);
	ck_assert_ptr_null(err);
	dir = maildir_folder_path(tmpdir, folder);
	want = g_strdup_printf("%s/new/%s", dir, name);
	ck_assert_str_eq(path, want);

	ck_assert(g_file_get_contents(path, &got, &len, NULL));
	ck_assert_uint_eq(len, sizeof data - 1);
	ck_assert(memcmp(got, data, len) == 0);
	g_free(got);
	ck_assert_int_eq(stat(path, &sb), 0);
	ck_assert_int_eq(sb.st_mode & 0777, 0600);
	sub = g_strdup_printf("%s/tmp", dir);
	ck_assert_int_eq(count_entries(sub), 0);
	g_free(sub);

	/* Found in new/, then in cur/ once a reader has seen it. */
	ck_assert_int_eq(maildir_find(tmpdir, folder, name, &found), 1);
	ck_assert_str_eq(found, path);
	g_free(found);
	cur = g_strdup_printf("%s/cur/%s:2,S", dir, name);
	ck_assert_int_eq(rename(path, cur), 0);
	ck_assert_int_eq(maildir_find(tmpdir, folder, name, &found), 1);
	ck_assert_str_eq(found, cur);
	g_free(found);
	ck_assert_int_eq(maildir_find(tmpdir, folder, name, NULL), 1);

	g_free(cur);
	g_free(want);
	g_free(dir);
	g_free(path);
	g_free(name);
}

START_TEST(test_deliver_inbox)
{
	deliver_one("");
}
END_TEST

START_TEST(test_deliver_folder)
{
	deliver_one("Work.Urgent");
}
END_TEST

/* A process checks a folder once; one removed under it (a long-running
 * lmtpd) is made again by the next delivery, marker and all. */
START_TEST(test_deliver_after_removal)
{
	char *err = NULL, *path = NULL, *name = maildir_unique_name(4);
	char *dir = maildir_folder_path(tmpdir, "Work");
	char *marker = g_build_filename(dir, "maildirfolder", NULL);

	ck_assert_int_eq(maildir_ensure(tmpdir, "Work", &err), 0);
	ck_assert_int_eq(maildir_deliver(tmpdir, "Work", name, "abc\n", 4,
	    &path, &err), 0);
	g_free(path);
	g_free(name);
	ck_assert_int_eq(nftw(dir, rm_one, 16, FTW_DEPTH | FTW_PHYS), 0);
	ck_assert(!is_dir(dir));
	/* Known whole to this process: ensure trusts that... */
	ck_assert_int_eq(maildir_ensure(tmpdir, "Work", &err), 0);
	/* ...and the delivery finds out and makes it again. */
	name = maildir_unique_name(4);
	ck_assert_int_eq(maildir_deliver(tmpdir, "Work", name, "abc\n", 4,
	    &path, &err), 0);
	ck_assert_ptr_null(err);
	ck_assert_int_eq(maildir_find(tmpdir, "Work", name, NULL), 1);
	ck_assert(g_file_test(marker, G_FILE_TEST_EXISTS));
	for (const char *const *sub = (const char *const[]){ "cur", "new",
	    "tmp", NULL }; *sub != NULL; sub++) {
		char *p = g_build_filename(dir, *sub, NULL);

		ck_assert(is_dir(p));
		g_free(p);
	}
	g_free(path);
	g_free(name);
	g_free(marker);
	g_free(dir);
}
END_TEST

START_TEST(test_find_absent)
{
	char *err = NULL, *found = NULL, *cur;

	/* No Maildir at all yet: absent, not an error. */
	ck_assert_int_eq(maildir_find(tmpdir, "Nope", "x", &found), 0);
	ck_assert_int_eq(maildir_ensure(tmpdir, "", &err), 0);
	ck_assert_int_eq(maildir_find(tmpdir, "", "123.abc", &found), 0);
	/* A longer name sharing the prefix is a different message. */
	cur = g_build_filename(tmpdir, "cur", "123.abcd:2,S", NULL);
	ck_assert(g_file_set_contents(cur, "x", 1, NULL));
	ck_assert_int_eq(maildir_find(tmpdir, "", "123.abc", &found), 0);
	ck_assert_ptr_null(found);
	ck_assert_int_eq(maildir_find(tmpdir, "", "123.abcd", &found), 1);
	g_free(found);
	/* A row whose file name was never recorded has nothing to find. */
	ck_assert_int_eq(maildir_find(tmpdir, "", NULL, NULL), 0);
	ck_assert_int_eq(maildir_find(tmpdir, "", "../x", NULL), -1);
	g_free(cur);
}
END_TEST

START_TEST(test_find_error)
{
	char *err = NULL, *cur = g_build_filename(tmpdir, "cur", NULL);

	ck_assert_int_eq(maildir_ensure(tmpdir, "", &err), 0);
	break_dir(cur);
	errno = 0;
	ck_assert_int_eq(maildir_find(tmpdir, "", "x", NULL), -1);
	ck_assert_int_eq(errno, ENOTDIR);
	g_free(cur);
}
END_TEST

/* A symlink below the root is never followed: not a folder, not new/,
 * not tmp/, not the marker; nothing lands behind it. */
START_TEST(test_symlinks)
{
	static const char *const links[] = { ".Evil", ".Good/new", ".Good/tmp",
	    ".Good/maildirfolder" };
	char *err = NULL, *path = NULL, *name = maildir_unique_name(4);
	char *target = g_build_filename(tmpdir, "target", NULL);
	char *good = g_build_filename(tmpdir, ".Good", NULL);
	char *link = g_build_filename(tmpdir, links[_i], NULL);
	const char *folder = _i == 0 ? "Evil" : "Good";

	ck_assert_int_eq(g_mkdir_with_parents(target, 0700), 0);
	ck_assert_int_eq(g_mkdir_with_parents(good, 0700), 0);
	ck_assert_int_eq(symlink(target, link), 0);
	ck_assert_int_eq(maildir_deliver(tmpdir, folder, name, "abc\n", 4,
	    &path, &err), -1);
	ck_assert_msg(strstr(err, "symlink") != NULL || strstr(err,
	    "Too many levels") != NULL, "%s", err);
	ck_assert_int_eq(count_entries(target), 0);
	ck_assert_ptr_null(path);
	g_free(err);
	g_free(name);
	g_free(link);
	g_free(good);
	g_free(target);
}
END_TEST

/* tmp/ leftovers older than 36 hours go; fresh ones (a delivery in
 * flight) stay. */
START_TEST(test_clean_tmp)
{
	char *err = NULL, *tmp = g_build_filename(tmpdir, ".F", "tmp", NULL);
	char *old = g_build_filename(tmp, "old", NULL);
	char *fresh = g_build_filename(tmp, "fresh", NULL);
	time_t now = time(NULL);
	struct timeval tv[2] = { { now - 37 * 3600, 0 },
	    { now - 37 * 3600, 0 } };

	ck_assert_int_eq(maildir_clean_tmp(tmpdir, "F", now, &err), 0);
	ck_assert_int_eq(maildir_ensure(tmpdir, "F", &err), 0);
	ck_assert(g_file_set_contents(old, "x", 1, NULL));
	ck_assert(g_file_set_contents(fresh, "x", 1, NULL));
	ck_assert_int_eq(utimes(old, tv), 0);
	ck_assert_int_eq(maildir_clean_tmp(tmpdir, "F", now, &err), 1);
	ck_assert(!g_file_test(old, G_FILE_TEST_EXISTS));
	ck_assert(g_file_test(fresh, G_FILE_TEST_EXISTS));
	ck_assert_int_eq(maildir_settle(fresh, &err), 0);
	ck_assert_int_eq(maildir_settle(old, &err), -1);
	ck_assert_ptr_nonnull(err);
	g_free(err);
	g_free(fresh);
	g_free(old);
	g_free(tmp);
}
END_TEST

/* Which part of the Maildir to break: tmp/ (the open fails), new/ (the
 * link fails), or tmp/ made read-only (only when not root). */
enum breakage { BREAK_TMP, BREAK_NEW, BREAK_TMP_MODE };

START_TEST(test_deliver_fail)
{
	char *err = NULL, *path = NULL, *name = maildir_unique_name(4);
	char *tmp = g_build_filename(tmpdir, "tmp", NULL);
	char *new = g_build_filename(tmpdir, "new", NULL);
	char *want;

	ck_assert_int_eq(maildir_ensure(tmpdir, "", &err), 0);
	switch ((enum breakage)_i) {
	case BREAK_TMP:
		break_dir(tmp);
		want = g_strdup_printf("%s: a symlink or not a directory; "
		    "refusing to follow it (remove it, or make it a real "
		    "directory)", tmp);
		break;
	case BREAK_NEW:
		break_dir(new);
		want = g_strdup_printf("%s: a symlink or not a directory; "
		    "refusing to follow it (remove it, or make it a real "
		    "directory)", new);
		break;
	case BREAK_TMP_MODE:
		if (geteuid() == 0) {
			fprintf(stderr, "test_deliver_fail: read-only tmp/ "
			    "skipped as root (chmod does not stop root); "
			    "tmp/ as a file stands in for it\n");
			goto out;
		}
		ck_assert_int_eq(chmod(tmp, 0500), 0);
		want = g_strdup_printf("%s/%s: Permission denied", tmp, name);
		break;
	}
	errno = 0;
	ck_assert_int_eq(maildir_deliver(tmpdir, "", name, "abc\n", 4, &path,
	    &err), -1);
	ck_assert_int_ne(errno, 0);
	ck_assert_str_eq(err, want);
	ck_assert_ptr_null(path);
	/* Nothing left behind in new/ or tmp/. */
	if (is_dir(new))
		ck_assert_int_eq(count_entries(new), 0);
	if (is_dir(tmp) && _i != BREAK_TMP_MODE)
		ck_assert_int_eq(count_entries(tmp), 0);
	g_free(want);
	g_free(err);
out:
	g_free(new);
	g_free(tmp);
	g_free(name);
}
END_TEST

/* A name already in new/ is never replaced. */
START_TEST(test_deliver_exists)
{
	char *err = NULL, *path = NULL, *got, *tmp;
	size_t len;

	ck_assert_int_eq(maildir_ensure(tmpdir, "", &err), 0);
	ck_assert_int_eq(maildir_deliver(tmpdir, "", "dup", "first", 5, &path,
	    &err), 0);
	ck_assert_int_eq(maildir_deliver(tmpdir, "", "dup", "second", 6, NULL,
	    &err), -1);
	ck_assert_int_eq(errno, EEXIST);
	ck_assert_ptr_nonnull(strstr(err, "File exists"));
	g_free(err);
	ck_assert(g_file_get_contents(path, &got, &len, NULL));
	ck_assert_uint_eq(len, 5);
	ck_assert(memcmp(got, "first", 5) == 0);
	tmp = g_build_filename(tmpdir, "tmp", NULL);
	ck_assert_int_eq(count_entries(tmp), 0);
	g_free(tmp);
	g_free(got);
	g_free(path);
}
END_TEST

START_TEST(test_deliver_bad_name)
{
	char *err = NULL;

	ck_assert_int_eq(maildir_ensure(tmpdir, "", &err), 0);
	ck_assert_int_eq(maildir_deliver(tmpdir, "", "../cur/x", "a", 1, NULL,
	    &err), -1);
	ck_assert_ptr_nonnull(err);
	g_free(err);
}
END_TEST

static Suite *
maildir_suite(void)
{
	Suite *s = suite_create("maildir");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_folder_path, 0,
	    G_N_ELEMENTS(path_cases));
	tcase_add_test(tc, test_ensure);
	tcase_add_test(tc, test_ensure_not_dir);
	tcase_add_test(tc, test_ensure_permission);
	tcase_add_loop_test(tc, test_ensure_bad_folder, 0,
	    G_N_ELEMENTS(bad_folders));
	tcase_add_test(tc, test_unique_name);
	tcase_add_test(tc, test_deliver_inbox);
	tcase_add_test(tc, test_deliver_folder);
	tcase_add_test(tc, test_deliver_after_removal);
	tcase_add_test(tc, test_find_absent);
	tcase_add_loop_test(tc, test_symlinks, 0, 4);
	tcase_add_test(tc, test_clean_tmp);
	tcase_add_test(tc, test_find_error);
	tcase_add_loop_test(tc, test_deliver_fail, BREAK_TMP,
	    BREAK_TMP_MODE + 1);
	tcase_add_test(tc, test_deliver_exists);
	tcase_add_test(tc, test_deliver_bad_name);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(maildir_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
