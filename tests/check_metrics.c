/* Tests for metrics.c: the text exposition format (0.0.4) — HELP and
 * TYPE lines, label values escaped, series ordered, values as Go reads
 * them — and reading our own output back. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "metrics.h"

enum { F_PLAIN, F_ONE, F_TWO, F_COUNT };

static const struct metric_family fams[] = {
	[F_PLAIN] = { "t_plain", METRIC_GAUGE, "A gauge without labels.",
	    { NULL } },
	[F_ONE] = { "t_one_total", METRIC_COUNTER,
	    "Help with a backslash \\ and\na newline.", { "who", NULL } },
	[F_TWO] = { "t_two", METRIC_GAUGE, "Two labels.",
	    { "a", "b", NULL } },
};

/* One sample set (fam, labels, value) and the exposition expected. */
static const struct {
	const char *name;
	int fam;
	const char *l1, *l2;
	double v;
	const char *out;
} fmt_cases[] = {
	{ "no labels", F_PLAIN, NULL, NULL, 42,
	    "# HELP t_plain A gauge without labels.\n"
	    "# TYPE t_plain gauge\nt_plain 42\n" },
	{ "counter, help escaped", F_ONE, "x", NULL, 3,
	    "# HELP t_one_total Help with a backslash \\\\ and\\na newline.\n"
	    "# TYPE t_one_total counter\nt_one_total{who=\"x\"} 3\n" },
	{ "quote escaped", F_ONE, "say \"hi\"", NULL, 1,
	    "t_one_total{who=\"say \\\"hi\\\"\"} 1\n" },
	{ "backslash escaped", F_ONE, "C:\\dir", NULL, 1,
	    "t_one_total{who=\"C:\\\\dir\"} 1\n" },
	{ "newline escaped", F_ONE, "two\nlines", NULL, 1,
	    "t_one_total{who=\"two\\nlines\"} 1\n" },
	{ "utf-8 kept", F_ONE, "Eing\xc3\xa4nge", NULL, 1,
	    "t_one_total{who=\"Eing\xc3\xa4nge\"} 1\n" },
	{ "empty value", F_ONE, "", NULL, 0, "t_one_total{who=\"\"} 0\n" },
	{ "NULL value is empty", F_ONE, NULL, NULL, 0,
	    "t_one_total{who=\"\"} 0\n" },
	{ "two labels", F_TWO, "x", "y", 0.5, "t_two{a=\"x\",b=\"y\"} 0.5\n" },
	{ "unix time exact", F_PLAIN, NULL, NULL, 1764787200,
	    "t_plain 1764787200\n" },
	{ "fraction", F_PLAIN, NULL, NULL, 0.1, "t_plain 0.1\n" },
	{ "big", F_PLAIN, NULL, NULL, 1e21, "t_plain 1e+21\n" },
	{ "negative", F_PLAIN, NULL, NULL, -2.25, "t_plain -2.25\n" },
	{ "+Inf", F_PLAIN, NULL, NULL, INFINITY, "t_plain +Inf\n" },
	{ "-Inf", F_PLAIN, NULL, NULL, -INFINITY, "t_plain -Inf\n" },
	{ "NaN", F_PLAIN, NULL, NULL, NAN, "t_plain NaN\n" },
};

/* The sample of fmt_cases[i] into m (extra label values are ignored). */
static void
set_case(struct metrics *m, size_t i)
{
	metrics_set(m, (size_t)fmt_cases[i].fam, fmt_cases[i].v,
	    fmt_cases[i].l1, fmt_cases[i].l2);
}

START_TEST(test_format)
{
	struct metrics *m = metrics_new(fams, F_COUNT);
	char *out;

	set_case(m, _i);
	out = metrics_format(m);
	ck_assert_msg(strstr(out, fmt_cases[_i].out) != NULL,
	    "%s: expected\n%s\nin\n%s", fmt_cases[_i].name,
	    fmt_cases[_i].out, out);
	/* One family, each line a comment or a sample. */
	ck_assert_int_eq(out[strlen(out) - 1], '\n');
	g_free(out);
	metrics_free(&m);
	ck_assert_ptr_null(m);
}
END_TEST

START_TEST(test_add_order_empty)
{
	struct metrics *m = metrics_new(fams, F_COUNT);
	char *out = metrics_format(m);
	double v = 0;

	ck_assert_str_eq(out, "");	/* no series, no family */
	g_free(out);
	metrics_add(m, F_TWO, 1, "b", "1");
	metrics_add(m, F_TWO, 2, "a", "2");
	metrics_add(m, F_TWO, 3, "a", "10");
	metrics_add(m, F_TWO, 4, "b", "1");
	out = metrics_format(m);
	ck_assert_str_eq(out, "# HELP t_two Two labels.\n# TYPE t_two gauge\n"
	    "t_two{a=\"a\",b=\"10\"} 3\nt_two{a=\"a\",b=\"2\"} 2\n"
	    "t_two{a=\"b\",b=\"1\"} 5\n");
	g_free(out);
	ck_assert_int_eq(metrics_get(m, F_TWO, &v, "b", "1"), 1);
	ck_assert(v == 5);
	ck_assert_int_eq(metrics_get(m, F_TWO, &v, "b", "2"), 0);
	/* "a" + SEP sorts before "ab": series of a come first. */
	metrics_add(m, F_TWO, 1, "ab", "");
	out = metrics_format(m);
	ck_assert_ptr_nonnull(strstr(out, "b=\"2\"} 2\nt_two{a=\"ab\""));
	g_free(out);
	metrics_clear(m, F_TWO);
	out = metrics_format(m);
	ck_assert_str_eq(out, "");
	g_free(out);
	metrics_free(&m);
	metrics_free(&m);	/* NULL: no-op */
}
END_TEST

static void
count_series(const char *const *values, double v, void *arg)
{
	GString *s = arg;

	g_string_append_printf(s, "%s=%g;", values[0], v);
}

START_TEST(test_each)
{
	struct metrics *m = metrics_new(fams, F_COUNT);
	GString *s = g_string_new(NULL);

	metrics_set(m, F_ONE, 2, "y");
	metrics_set(m, F_ONE, 1, "x");
	metrics_each(m, F_ONE, count_series, s);
	ck_assert_str_eq(s->str, "x=1;y=2;");
	g_string_free(s, TRUE);
	metrics_free(&m);
}
END_TEST

/* What we write reads back the same, escapes and all. */
START_TEST(test_roundtrip)
{
	struct metrics *a = metrics_new(fams, F_COUNT);
	struct metrics *b = metrics_new(fams, F_COUNT);
	char *out, *again;

	for (size_t i = 0; i < G_N_ELEMENTS(fmt_cases); i++) {
		if (isnan(fmt_cases[i].v))
			continue;	/* NaN != NaN: checked below */
		set_case(a, i);
	}
	out = metrics_format(a);
	ck_assert_uint_eq(metrics_parse(b, out), 8);
	again = metrics_format(b);
	ck_assert_str_eq(again, out);
	g_free(out);
	g_free(again);
	metrics_free(&a);
	metrics_free(&b);
}
END_TEST

/* Lines parse reads or skips. */
static const struct {
	const char *text;
	size_t n;
	double v;		/* of t_one_total{who="w"} when n > 0 */
} parse_cases[] = {
	{ "t_one_total{who=\"w\"} 7\n", 1, 7 },
	{ "t_one_total{who=\"w\"} 7 1700000000000\n", 1, 7 },	/* stamp */
	{ "# t_one_total{who=\"w\"} 7\n", 0, 0 },	/* comment */
	{ "unknown{who=\"w\"} 7\n", 0, 0 },
	{ "t_one_total{who=\"w} 7\n", 0, 0 },	/* unterminated */
	{ "t_one_total{whom=\"w\"} 7\n", 0, 0 },	/* unknown label */
	{ "t_one_total{who=\"w\"} seven\n", 0, 0 },
	{ "t_one_total{who=\"w\"}7\n", 0, 0 },
	{ "t_one_total_x{who=\"w\"} 7\n", 0, 0 },	/* a longer name */
	{ "t_plain 1\nt_one_total{who=\"w\"} +Inf\n", 2, INFINITY },
	{ "", 0, 0 },
};

START_TEST(test_parse)
{
	struct metrics *m = metrics_new(fams, F_COUNT);
	double v = 0;

	ck_assert_uint_eq(metrics_parse(m, parse_cases[_i].text),
	    parse_cases[_i].n);
	if (parse_cases[_i].n > 0) {
		ck_assert_int_eq(metrics_get(m, F_ONE, &v, "w"), 1);
		ck_assert(v == parse_cases[_i].v);
	}
	metrics_free(&m);
}
END_TEST

START_TEST(test_write_file)
{
	char *dir = g_dir_make_tmp("check_metrics.XXXXXX", NULL);
	char *path = g_build_filename(dir, "m.prom", NULL), *text = NULL;
	struct metrics *m = metrics_new(fams, F_COUNT);
	char *err = NULL;
	GDir *d;
	int n = 0;

	metrics_set(m, F_PLAIN, 1);
	ck_assert_int_eq(metrics_write_file(m, path, "# pid 1\n", &err), 0);
	metrics_set(m, F_PLAIN, 2);
	ck_assert_int_eq(metrics_write_file(m, path, NULL, &err), 0);
	ck_assert(g_file_get_contents(path, &text, NULL, NULL));
	ck_assert_str_eq(text, "# HELP t_plain A gauge without labels.\n"
	    "# TYPE t_plain gauge\nt_plain 2\n");
	d = g_dir_open(dir, 0, NULL);	/* no temporary file left */
	while (g_dir_read_name(d) != NULL)
		n++;
	g_dir_close(d);
	ck_assert_int_eq(n, 1);
	ck_assert_int_eq(g_access(path, R_OK), 0);
	unlink(path);
	ck_assert_int_eq(rmdir(dir), 0);
	/* A missing directory is an error, not a crash. */
	ck_assert_int_eq(metrics_write_file(m, path, NULL, &err), -1);
	ck_assert_ptr_nonnull(err);
	g_free(err);
	g_free(text);
	g_free(path);
	g_free(dir);
	metrics_free(&m);
}
END_TEST

static Suite *
metrics_suite(void)
{
	Suite *s = suite_create("metrics");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_format, 0, G_N_ELEMENTS(fmt_cases));
	tcase_add_test(tc, test_add_order_empty);
	tcase_add_test(tc, test_each);
	tcase_add_test(tc, test_roundtrip);
	tcase_add_loop_test(tc, test_parse, 0, G_N_ELEMENTS(parse_cases));
	tcase_add_test(tc, test_write_file);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(metrics_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
