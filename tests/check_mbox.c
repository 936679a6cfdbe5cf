/* Tests for mbox.c: splitting an mbox and undoing its quoting. */
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <glib.h>

#include "mbox.h"

/* A literal and its length. */
#define B(s) s, sizeof(s) - 1

#define FROM1 "From a@example.com Mon Jan  1 00:00:00 2024\n"
#define FROM2 "From b@example.com Tue Jan  2 00:00:00 2024\n"

static const struct {
	const char *name;
	const char *in;
	size_t inlen;
	const char *want[4];	/* messages, unquoted; NULL-terminated */
	int envelope;		/* the first message has a From_ line */
} split_cases[] = {
	{ "empty file", B(""), { NULL }, 0 },
	{ "only empty lines", B("\n\r\n\n"), { NULL }, 0 },
	{ "one message", B(FROM1 "Subject: a\n\nbody\n"),
	    { "Subject: a\n\nbody\n", NULL }, 1 },
	{ "one message, separator at the end",
	    B(FROM1 "Subject: a\n\nbody\n\n"),
	    { "Subject: a\n\nbody\n", NULL }, 1 },
	{ "several",
	    B(FROM1 "Subject: a\n\none\n\n" FROM2 "Subject: b\n\ntwo\n\n"
	    FROM1 "Subject: c\n\nthree\n"),
	    { "Subject: a\n\none\n", "Subject: b\n\ntwo\n",
	    "Subject: c\n\nthree\n", NULL }, 1 },
	{ "From_ in body after a non-empty line is not split",
	    B(FROM1 "Subject: a\n\nline\nFrom here on it is body\n\n"
	    FROM2 "Subject: b\n\nx\n"),
	    { "Subject: a\n\nline\nFrom here on it is body\n",
	    "Subject: b\n\nx\n", NULL }, 1 },
	{ "From_ right after the envelope is body",
	    B(FROM1 "From nobody\nSubject: a\n\nx\n"),
	    { "From nobody\nSubject: a\n\nx\n", NULL }, 1 },
	{ ">From unescaped, one level",
	    B(FROM1 "Subject: a\n\n>From me\n>>From you\n> From no\n"
	    ">Fromage\nx >From y\n"),
	    { "Subject: a\n\nFrom me\n>From you\n> From no\n>Fromage\n"
	    "x >From y\n", NULL }, 1 },
	{ "CRLF mbox",
	    B("From a@example.com Mon Jan  1 00:00:00 2024\r\n"
	    "Subject: a\r\n\r\none\r\n\r\n"
	    "From b@example.com Tue Jan  2 00:00:00 2024\r\n"
	    "Subject: b\r\n\r\n>From two\r\n"),
	    { "Subject: a\r\n\r\none\r\n", "Subject: b\r\n\r\nFrom two\r\n",
	    NULL }, 1 },
	{ "no trailing newline",
	    B(FROM1 "Subject: a\n\none\n\n" FROM2 "Subject: b\n\ntwo"),
	    { "Subject: a\n\none\n", "Subject: b\n\ntwo", NULL }, 1 },
	{ "envelope only", B(FROM1), { "", NULL }, 1 },
	{ "empty message between two",
	    B(FROM1 "\n" FROM2 "Subject: b\n\nx\n"),
	    { "", "Subject: b\n\nx\n", NULL }, 1 },
	{ "leading bytes without an envelope",
	    B("Subject: stray\n\nx\n\n" FROM1 "Subject: a\n\ny\n"),
	    { "Subject: stray\n\nx\n", "Subject: a\n\ny\n", NULL }, 0 },
	{ "leading empty lines skipped",
	    B("\n\n" FROM1 "Subject: a\n\ny\n"),
	    { "Subject: a\n\ny\n", NULL }, 1 },
};

START_TEST(test_split)
{
	struct mbox_iter it;
	const char *m, *from;
	size_t n, i = 0;

	mbox_iter_init(&it, split_cases[_i].in, split_cases[_i].inlen);
	while (mbox_next(&it, &m, &n, &from)) {
		const char *want = split_cases[_i].want[i];
		size_t ulen;
		char *u = mbox_unescape(m, n, &ulen);

		ck_assert_msg(want != NULL, "%s: extra message %zu: \"%.*s\"",
		    split_cases[_i].name, i + 1, (int)n, m);
		ck_assert_msg(ulen == strlen(want) &&
		    memcmp(u, want, ulen) == 0,
		    "%s: message %zu is \"%s\", want \"%s\"",
		    split_cases[_i].name, i + 1, u, want);
		ck_assert_msg(mbox_is_quoted(m, n) == (ulen != n),
		    "%s: mbox_is_quoted", split_cases[_i].name);
		if (i == 0)
			ck_assert_msg((from != NULL) ==
			    split_cases[_i].envelope, "%s: envelope",
			    split_cases[_i].name);
		if (from != NULL)
			ck_assert_msg(strncmp(from, "From ", 5) == 0,
			    "%s: From_ line", split_cases[_i].name);
		free(u);
		i++;
	}
	ck_assert_msg(split_cases[_i].want[i] == NULL,
	    "%s: %zu messages, want more", split_cases[_i].name, i);
	ck_assert_uint_eq(it.n, i);
	ck_assert_uint_eq(mbox_count(split_cases[_i].in,
	    split_cases[_i].inlen), i);
}
END_TEST

static const struct {
	const char *in;
	const char *out;
} unescape_cases[] = {
	{ "", "" },
	{ ">From x", "From x" },
	{ ">>>From x\n", ">>From x\n" },
	{ "a\n>From b\r\n>c\n", "a\nFrom b\r\n>c\n" },
	{ ">From", ">From" },
	{ ">", ">" },
	{ "no quoting\n", "no quoting\n" },
};

START_TEST(test_unescape)
{
	size_t len;
	char *u = mbox_unescape(unescape_cases[_i].in,
	    strlen(unescape_cases[_i].in), &len);

	ck_assert_str_eq(u, unescape_cases[_i].out);
	ck_assert_uint_eq(len, strlen(unescape_cases[_i].out));
	free(u);
}
END_TEST

/* The buffer need not be NUL-terminated: a From_ candidate cut short by
 * its end is not read past. */
START_TEST(test_unterminated)
{
	char buf[] = { 'F', 'r', 'o', 'm', ' ', 'x', '\n', '\n', 'F', 'r' };
	struct mbox_iter it;
	const char *m, *from;
	size_t n;

	mbox_iter_init(&it, buf, sizeof(buf));
	ck_assert_int_eq(mbox_next(&it, &m, &n, &from), 1);
	ck_assert_uint_eq(n, 3);
	ck_assert_int_eq(memcmp(m, "\nFr", 3), 0);
	ck_assert_int_eq(mbox_next(&it, &m, &n, &from), 0);
}
END_TEST

static Suite *
mbox_suite(void)
{
	Suite *s = suite_create("mbox");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_split, 0, G_N_ELEMENTS(split_cases));
	tcase_add_loop_test(tc, test_unescape, 0,
	    G_N_ELEMENTS(unescape_cases));
	tcase_add_test(tc, test_unterminated);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(mbox_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
