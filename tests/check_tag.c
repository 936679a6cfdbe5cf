/* Tests for tag.c: our headers prepended, the original bytes kept. */
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <glib.h>

#include "tag.h"

/* A literal and its length, NULs included. */
#define B(s) s, sizeof(s) - 1

static const struct tag_field fields[] = {
	{ "X-Triage-Priority", "high" },
	{ "X-Triage-Signals", "outage,payment" },
};

static const struct {
	const char *name;
	const char *in;
	size_t inlen;
	const char *out;	/* expected bytes after our headers */
	size_t outlen;
	const char *eol;
} apply_cases[] = {
	{ "lf", B("From: a@example.com\nSubject: hi\n\nbody\n"),
	    B("From: a@example.com\nSubject: hi\n\nbody\n"), "\n" },
	{ "crlf", B("From: a@example.com\r\nSubject: hi\r\n\r\nbody\r\n"),
	    B("From: a@example.com\r\nSubject: hi\r\n\r\nbody\r\n"), "\r\n" },
	{ "forged lower case",
	    B("From: a\nx-triage-priority: critical\nSubject: s\n\nb\n"),
	    B("From: a\nSubject: s\n\nb\n"), "\n" },
	{ "forged folded", B("X-Triage-Rules:\n\tfoo\n bar\nFrom: a\n\nb\n"),
	    B("From: a\n\nb\n"), "\n" },
	{ "forged crlf",
	    B("From: a\r\nX-Triage-Priority: critical\r\n more\r\n"
	    "Subject: s\r\n\r\nb\r\n"),
	    B("From: a\r\nSubject: s\r\n\r\nb\r\n"), "\r\n" },
	{ "forged several",
	    B("X-Triage-A: 1\n 2\nB: 3\n 4\nX-TRIAGE-C : 5\n\n"),
	    B("B: 3\n 4\n\n"), "\n" },
	{ "mentioned in body",
	    B("From: a\n\nX-Triage-Priority: critical\nsee X-Triage\n"),
	    B("From: a\n\nX-Triage-Priority: critical\nsee X-Triage\n"),
	    "\n" },
	{ "body after crlf header",
	    B("From: a\r\n\r\nX-Triage-Priority: critical\r\n"),
	    B("From: a\r\n\r\nX-Triage-Priority: critical\r\n"), "\r\n" },
	{ "similar names kept",
	    B("X-Triaged: yes\nX-Triage: no\nX-Triage-Foo\n\nb"),
	    B("X-Triaged: yes\nX-Triage: no\nX-Triage-Foo\n\nb"), "\n" },
	{ "from_ line",
	    B("From a@example.com Mon Jan  1 00:00:00 2024\nFrom: a\n\nb\n"),
	    B("From: a\n\nb\n"), "\n" },
	{ "from_ line, crlf message",
	    B("From a@example.com Mon Jan  1 00:00:00 2024\nA: b\r\n\r\n"),
	    B("A: b\r\n\r\n"), "\r\n" },
	{ "from_ line only", B("From a@example.com"), B(""), "\n" },
	{ "From: is a header", B("From: a\n\n"), B("From: a\n\n"), "\n" },
	{ "empty", B(""), B(""), "\n" },
	{ "no blank line", B("From: a\nX-Triage-Score: 9\nSubject: s"),
	    B("From: a\nSubject: s"), "\n" },
	{ "not a header", B("hello world\nX-Triage-Priority: x\n\nb\n"),
	    B("hello world\nX-Triage-Priority: x\n\nb\n"), "\n" },
	{ "starts with body", B("\nX-Triage-Priority: x\n"),
	    B("\nX-Triage-Priority: x\n"), "\n" },
	{ "8-bit and NUL",
	    B("Subject: \xe9\0x\nX-Triage-A: \xff\0\n\n\0\xff body"),
	    B("Subject: \xe9\0x\n\n\0\xff body"), "\n" },
	{ "mixed line endings",
	    B("From: a\r\nSubject: b\nX-Triage-X: y\r\n\r\nbody\r"),
	    B("From: a\r\nSubject: b\n\r\nbody\r"), "\r\n" },
	{ "lone cr", B("From: a\rX-Triage-P: c\n\n"),
	    B("From: a\rX-Triage-P: c\n\n"), "\n" },
	/* A first line that would fold into our last field gets its own. */
	{ "starts folded", B(" critical\nFrom: a\n\nb\n"),
	    B("X-Triage-Malformed: the message starts with a folded line\n"
	    " critical\nFrom: a\n\nb\n"), "\n" },
	{ "starts folded, tab, crlf, after From_",
	    B("From x Mon Jan  1 00:00:00 2024\n\tcritical\r\nA: b\r\n\r\n"),
	    B("X-Triage-Malformed: the message starts with a folded line\r\n"
	    "\tcritical\r\nA: b\r\n\r\n"), "\r\n" },
};

START_TEST(test_apply)
{
	const char *eol = apply_cases[_i].eol;
	char *want, *out;
	size_t hlen, outlen;

	want = g_strdup_printf("X-Triage-Priority: high%s"
	    "X-Triage-Signals: outage,payment%s", eol, eol);
	hlen = strlen(want);
	out = tag_apply(apply_cases[_i].in, apply_cases[_i].inlen, fields,
	    2, &outlen);
	ck_assert_msg(out != NULL, "%s", apply_cases[_i].name);
	ck_assert_msg(outlen == hlen + apply_cases[_i].outlen,
	    "%s: length %zu, want %zu", apply_cases[_i].name, outlen,
	    hlen + apply_cases[_i].outlen);
	ck_assert_msg(memcmp(out, want, hlen) == 0, "%s: headers",
	    apply_cases[_i].name);
	ck_assert_msg(memcmp(out + hlen, apply_cases[_i].out,
	    apply_cases[_i].outlen) == 0, "%s: body", apply_cases[_i].name);
	free(out);
	g_free(want);
}
END_TEST

static const struct {
	const char *in;
	size_t len;
	const char *eol;
} eol_cases[] = {
	{ B("A: b\r\nC: d\n"), "\r\n" },
	{ B("A: b\nC: d\r\n"), "\n" },
	{ B("A: b"), "\n" },
	{ B("\r\n"), "\r\n" },
	{ B("\n"), "\n" },
	{ B(""), "\n" },
	{ B("A: b\r"), "\n" },
};

START_TEST(test_eol)
{
	ck_assert_str_eq(tag_eol(eol_cases[_i].in, eol_cases[_i].len),
	    eol_cases[_i].eol);
}
END_TEST

START_TEST(test_no_fields)
{
	static const char in[] = "From: a\n\nb\n";
	size_t outlen;
	char *out = tag_apply(in, sizeof in - 1, NULL, 0, &outlen);

	ck_assert_ptr_nonnull(out);
	ck_assert_uint_eq(outlen, sizeof in - 1);
	ck_assert(memcmp(out, in, outlen) == 0);
	free(out);
}
END_TEST

/* Checks one folded field: lines fit unless a single word does not, every
 * continuation starts with white space, and unfolding (removing each eol)
 * gives back "Name: value" exactly. */
static void
check_folded(const char *out, size_t len, const char *eol,
    const char *name, const char *value)
{
	size_t elen = strlen(eol), off = 0, lines = 0;
	GString *unfolded = g_string_new(NULL);
	char *want = g_strdup_printf("%s: %s", name, value);

	while (off < len) {
		const char *end = g_strstr_len(out + off, (gssize)(len - off),
		    eol);
		size_t n;

		ck_assert_ptr_nonnull(end);
		n = (size_t)(end - (out + off));
		ck_assert(memchr(out + off, '\n', n) == NULL);
		ck_assert(memchr(out + off, '\r', n) == NULL);
		if (lines > 0)
			ck_assert(out[off] == ' ' || out[off] == '\t');
		if (n > 76)	/* only a single over-long word */
			ck_assert(memchr(out + off + 1, ' ', n - 1) == NULL);
		g_string_append_len(unfolded, out + off, (gssize)n);
		off += n + elen;
		lines++;
	}
	ck_assert_uint_gt(lines, 1);
	ck_assert_str_eq(unfolded->str, want);
	g_string_free(unfolded, TRUE);
	g_free(want);
}

START_TEST(test_fold)
{
	static const char *const eols[] = { "\n", "\r\n" };
	const char *eol = eols[_i];
	const char *value = "outage/site_down payment/card_declined "
	    "account/locked_out safety/threat outage/api_errors "
	    "payment/refund_request account/password_reset";
	struct tag_field f = { "X-Triage-Rules", value };
	char *in = g_strdup_printf("A: b%sC: d%s%sbody", eol, eol, eol);
	size_t outlen, hlen;
	char *out = tag_apply(in, strlen(in), &f, 1, &outlen);

	ck_assert_ptr_nonnull(out);
	hlen = outlen - strlen(in);
	ck_assert(memcmp(out + hlen, in, strlen(in)) == 0);
	check_folded(out, hlen, eol, f.name, value);
	free(out);
	g_free(in);
}
END_TEST

START_TEST(test_fold_long_word)
{
	char word[200];
	struct tag_field f = { "X-Triage-Reasons", NULL };
	char *value, *out;
	size_t outlen;

	memset(word, 'x', sizeof word - 1);
	word[sizeof word - 1] = '\0';
	value = g_strdup_printf("short %s tail", word);
	f.value = value;
	out = tag_apply("A: b\n\n", 6, &f, 1, &outlen);
	ck_assert_ptr_nonnull(out);
	/* The word is never broken: it stays whole on its own line. */
	ck_assert_ptr_nonnull(g_strstr_len(out, (gssize)outlen, word));
	check_folded(out, outlen - 6, "\n", f.name, value);
	free(out);
	g_free(value);
}
END_TEST

/* A CR or LF in a value must not start a header of its own. */
START_TEST(test_value_newline)
{
	struct tag_field f = { "X-Triage-Reasons", "a\r\nX-Evil: 1\nb" };
	size_t outlen;
	char *out = tag_apply("A: b\n\n", 6, &f, 1, &outlen);
	static const char want[] = "X-Triage-Reasons: a  X-Evil: 1 b\nA: b\n\n";

	ck_assert_ptr_nonnull(out);
	ck_assert_uint_eq(outlen, sizeof want - 1);
	ck_assert(memcmp(out, want, outlen) == 0);
	free(out);
}
END_TEST

static Suite *
tag_suite(void)
{
	Suite *s = suite_create("tag");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_apply, 0, G_N_ELEMENTS(apply_cases));
	tcase_add_loop_test(tc, test_eol, 0, G_N_ELEMENTS(eol_cases));
	tcase_add_test(tc, test_no_fields);
	tcase_add_loop_test(tc, test_fold, 0, 2);
	tcase_add_test(tc, test_fold_long_word);
	tcase_add_test(tc, test_value_newline);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(tag_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
