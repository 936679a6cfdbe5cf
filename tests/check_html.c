/* Tests for html.c: entities, skipped elements, line breaks, quoting,
 * broken markup. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <check.h>
#include <glib.h>

#include "html.h"

static const struct {
	const char *html;
	const char *text;
} cases[] = {
	/* Entities, named and numeric. */
	{ "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;",
	    "a & b <c> \"d\" 'e'\n" },
	{ "Gr&uuml;&szlig;e &Auml;rger &ouml;&eacute;&egrave;&agrave;&ccedil;",
	    "Grüße Ärger öéèàç\n" },
	{ "&euro;5 &copy; &reg; &trade; &hellip; &mdash; &ndash; &bull;",
	    "€5 © ® ™ … — – •\n" },
	{ "&lsquo;x&rsquo; &ldquo;y&rdquo;", "‘x’ “y”\n" },
	{ "&#252;&#xFC;&#XfC;&#8364;", "üüü€\n" },
	{ "&#0;|&#xD800;|&#1114112;|&#99999999999999999999;",
	    "\xef\xbf\xbd|\xef\xbf\xbd|\xef\xbf\xbd|\xef\xbf\xbd\n" },
	{ "&#150; &#128;", "– €\n" },		/* windows-1252 range */
	{ "&bogus; &amp &ampx; & alone &#;", "&bogus; & &ampx; & alone &#;\n" },
	{ "a&nbsp;b&nbsp;&nbsp;c\xc2\xa0" "d", "a b c d\n" },
	{ "pass&shy;word pass&#8203;word", "password password\n" },
	/* Skipped content. */
	{ "<html><head><title>T</title><style>p{color:red} /* outage */"
	    "</style></head><body>Hi</body></html>", "Hi\n" },
	{ "a<script>if (a < b) alert('password')</script>b", "ab\n" },
	{ "a<SCRIPT type=x>x</script >b", "ab\n" },
	{ "a<!-- refund -->b<!---->c<!-->d", "abcd\n" },
	{ "a<![CDATA[ locked ]]>b", "ab\n" },
	{ "<!DOCTYPE html><?xml version=\"1.0\"?>x", "x\n" },
	{ "a<style>never closed", "a\n" },
	{ "a<!-- never closed", "a\n" },
	/* Block elements and whitespace. */
	{ "<p>one</p><p>two</p>", "one\n\ntwo\n" },
	{ "<div>a</div><div>b</div>", "a\nb\n" },
	{ "<div>a</div><div><br></div><div>b</div>", "a\n\nb\n" },
	{ "a<br>b<BR/>c<br />d", "a\nb\nc\nd\n" },
	{ "<ul><li>x</li><li>y</li></ul>", "x\ny\n" },
	{ "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>",
	    "a b\nc\n" },
	{ "<h1>Title</h1>text<hr>more", "Title\n\ntext\nmore\n" },
	{ "  lots   of\n\n  space\t here  ", "lots of space here\n" },
	{ "<p>a</p><p></p><p></p><br><br><p>b</p>", "a\n\nb\n" },
	{ "<pre>  x  y\n\n\nz</pre>after", "  x  y\n\nz\n\nafter\n" },
	/* Quotes. */
	{ "new<blockquote>old</blockquote>after", "new\n\n> old\n\nafter\n" },
	{ "<blockquote>a<blockquote>b</blockquote>c</blockquote>",
	    "> a\n>\n> > b\n>\n> c\n" },
	{ "<p>new</p><div class=\"gmail_quote\">On Mon, X wrote:<br>"
	    "<p>old</p></div>", "new\n\n> On Mon, X wrote:\n>\n> old\n" },
	{ "<DIV CLASS='x gmail_quote y'>q</DIV>n", "> q\nn\n" },
	{ "<div class=\"gmail_quotes\">not</div>", "not\n" },
	{ "<p>new</p><div id=\"appendonsend\"></div><hr>"
	    "<div id=\"divRplyFwdMsg\"><b>From:</b> A<br><b>Sent:</b> B</div>"
	    "<div>old text</div>", "new\n\n> From: A\n> Sent: B\n> old text\n" },
	{ "<p>see below</p><div id=\"divRplyFwdMsg\"><b>From:</b> A<br>"
	    "<b>Subject:</b> FW: report</div><div>forwarded</div>",
	    "see below\n\nFrom: A\nSubject: FW: report\nforwarded\n" },
	/* Broken markup. */
	{ "<div title=\"a > b\">x</div>", "x\n" },
	{ "<img alt='1 > 2' src=x>y", "y\n" },
	{ "<P>unclosed<P>paras<DIV>and divs", "unclosed\n\nparas\nand divs\n" },
	{ "a < b and c<d", "a < b and c\n" },
	{ "x <3 y", "x <3 y\n" },
	{ "<a href=\"x>link", "link\n" },
	{ "<b>bold</i> text</u></div></p>", "bold text\n" },
	{ "text<", "text<\n" },
	{ "", "" },
	{ "<html><body></body></html>", "" },
};

START_TEST(test_render)
{
	char *t = html_to_text(cases[_i].html, strlen(cases[_i].html));

	ck_assert_ptr_nonnull(t);
	ck_assert_msg(strcmp(t, cases[_i].text) == 0,
	    "case %d: got \"%s\", want \"%s\"", _i, t, cases[_i].text);
	free(t);
}
END_TEST

/* NUL bytes and invalid UTF-8 in the input: valid UTF-8 out. */
START_TEST(test_bytes)
{
	static const char in[] = "a\0b<p>\xff\xfe" "c\xc3</p>d\xe2\x82";
	char *t = html_to_text(in, sizeof in - 1);

	ck_assert_ptr_nonnull(t);
	ck_assert(g_utf8_validate(t, -1, NULL));
	ck_assert_ptr_nonnull(strstr(t, "ab"));
	ck_assert_ptr_nonnull(strchr(t, 'c'));
	ck_assert_ptr_nonnull(strchr(t, 'd'));
	free(t);
	t = html_to_text(NULL, 0);
	ck_assert_str_eq(t, "");
	free(t);
}
END_TEST

/* Hostile markup that could make a naive renderer quadratic: it still
 * renders to valid UTF-8 (speed itself is measured in tests/bench/). */
START_TEST(test_linear)
{
	static const char *const units[] = {
		"<a title='x ", "<p>x", "<blockquote>q", "&#9999999999;",
		"<div class=\"gmail_quote", "<", "<!", "<a ", "x=\"1\" ",
	};
	size_t n = 400000;

	for (size_t u = 0; u < G_N_ELEMENTS(units); u++) {
		GString *s = g_string_new("");
		char *t;

		while (s->len < n)
			g_string_append(s, units[u]);
		t = html_to_text(s->str, s->len);
		ck_assert_ptr_nonnull(t);
		ck_assert(g_utf8_validate(t, -1, NULL));
		free(t);
		g_string_free(s, TRUE);
	}
}
END_TEST

static Suite *
html_suite(void)
{
	Suite *s = suite_create("html");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_render, 0, G_N_ELEMENTS(cases));
	tcase_add_test(tc, test_bytes);
	tcase_add_test(tc, test_linear);
	tcase_set_timeout(tc, 30);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(html_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
