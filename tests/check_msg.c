/* Tests for msg.c: decoding, charsets, MIME structure, zones, headers,
 * malformed input. */
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <glib.h>

#include "msg.h"

#define HDR	"From: a@x.example\nMIME-Version: 1.0\n"
#define PLAIN	"Content-Type: text/plain; charset="

static const struct {
	const char *raw;
	int error;		/* msg_error() expected */
	const char *subject;	/* exact, or NULL */
	const char *body;	/* exact, or NULL */
	const char *body_has;	/* substring of the body, or NULL */
	const char *body_not;	/* not in the body, or NULL */
	const char *quoted_has;	/* substring of the quoted zone, or NULL */
} cases[] = {
	/* 0: RFC 2047 subjects. */
	{ HDR "Subject: =?UTF-8?B?R3LDvMOfZSBhdXMgTcO8bmNoZW4=?=\n\nx\n", 0,
	    "Grüße aus München", "x", NULL, NULL, NULL },
	{ HDR "Subject: =?ISO-8859-1?Q?Konto_gesperrt=3A_R=FCckerstattung?="
	    "\n\nx\n", 0, "Konto gesperrt: Rückerstattung", "x", NULL, NULL,
	    NULL },
	{ HDR "Subject: =?utf-8?q?Server?=\n =?utf-8?q?_down?=\n\nx\n", 0,
	    "Server down", NULL, NULL, NULL, NULL },
	/* Raw 8-bit header in Latin-1: made UTF-8. */
	{ HDR "Subject: K\xfcndigung\n\nx\n", 0, "Kündigung", NULL, NULL, NULL,
	    NULL },
	/* 4: transfer encodings. */
	{ HDR PLAIN "utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
	    "Gr=C3=BC=C3=9Fe, das Konto ist gesperr=\nt.\n", 0, NULL,
	    "Grüße, das Konto ist gesperrt.", NULL, NULL, NULL },
	{ HDR PLAIN "utf-8\nContent-Transfer-Encoding: base64\n\n"
	    "TWVpbiBQYXNzd29ydCBnZWh0IG5pY2h0LgpCaXR0ZSBoZWxmZW4uCg==\n", 0,
	    NULL, "Mein Passwort geht nicht.\nBitte helfen.", NULL, NULL, NULL },
	/* 6: charsets. */
	{ HDR PLAIN "iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n"
	    "R\xfc" "ckerstattung f\xfcr 5 \x80\n", 0, NULL,
	    "Rückerstattung für 5 €", NULL, NULL, NULL },
	{ HDR PLAIN "windows-1252\n\n\x93quoted\x94 \x96 caf\xe9\n", 0, NULL,
	    "“quoted” – café", NULL, NULL, NULL },
	{ HDR PLAIN "\"ISO-8859-15\"\nContent-Transfer-Encoding: "
	    "quoted-printable\n\n=A4 10 f=FCr Stra=DFe\n", 0, NULL,
	    "€ 10 für Straße", NULL, NULL, NULL },
	/* 9: wrong, bogus and missing charsets fall back sanely. */
	{ HDR PLAIN "utf-8\n\nS\xfc\xdf und sauer\n", 0, NULL,
	    "Süß und sauer", NULL, NULL, NULL },
	{ HDR PLAIN "x-bogus-42\n\nCaf\xe9 ok\n", 0, NULL, "Café ok", NULL,
	    NULL, NULL },
	{ HDR "Content-Type: text/plain\n\nna\xefve\n", 0, NULL, "naïve", NULL,
	    NULL, NULL },
	{ HDR PLAIN "us-ascii\n\nactually UTF-8: Grüße\n", 0, NULL,
	    "actually UTF-8: Grüße", NULL, NULL, NULL },
	/* 13: multipart/alternative: the words count once. */
	{ HDR "Content-Type: multipart/alternative; boundary=b\n\n--b\n"
	    PLAIN "utf-8\n\nServer is down\n--b\nContent-Type: text/html\n\n"
	    "<p>Server is down</p>\n--b--\n", 0, NULL, "Server is down", NULL,
	    NULL, NULL },
	{ HDR "Content-Type: multipart/alternative; boundary=b\n\n--b\n"
	    PLAIN "utf-8\n\n \n\n--b\nContent-Type: text/html\n\n"
	    "<p>Only in &lt;html&gt;</p>\n--b--\n", 0, NULL, "Only in <html>",
	    NULL, NULL, NULL },
	{ HDR "Content-Type: multipart/alternative; boundary=b\n\n--b\n"
	    PLAIN "utf-8\n\n\n--b\nContent-Type: multipart/related; "
	    "boundary=c\n\n--c\nContent-Type: text/html\n\n<b>rich</b>\n--c\n"
	    "Content-Type: image/png\n\nxx\n--c--\n--b--\n", 0, NULL, "rich",
	    NULL, NULL, NULL },
	/* 16: HTML only, with <style> and an entity. */
	{ HDR "Content-Type: text/html; charset=utf-8\n\n<html><head><style>"
	    "/* service outage */ p{margin:0}</style></head><body><p>Hello"
	    "&nbsp;there</p></body></html>\n", 0, NULL, "Hello there", NULL,
	    "outage", NULL },
	/* 17: an attached message is read; an attachment is not. */
	{ HDR "Content-Type: multipart/mixed; boundary=b\n\n--b\n" PLAIN
	    "utf-8\n\nSee attached.\n--b\nContent-Type: message/rfc822\n"
	    "Content-Disposition: attachment\n\nSubject: inner\n"
	    "Content-Type: text/plain\n\nThe site is down.\n--b--\n", 0, NULL,
	    "See attached.\nThe site is down.", NULL, NULL, NULL },
	{ HDR "Content-Type: multipart/mixed; boundary=b\n\n--b\n" PLAIN
	    "utf-8\n\nLog attached.\n--b\n" PLAIN "utf-8\n"
	    "Content-Disposition: attachment; filename=log.txt\n\n"
	    "password expired\n--b\nContent-Type: application/pdf\n"
	    "Content-Transfer-Encoding: base64\n\nJVBERi0=\n--b--\n", 0, NULL,
	    "Log attached.", NULL, "password", NULL },
	/* 19: CRLF and quoted history. */
	{ "From: a@x.example\r\nSubject: crlf\r\n\r\nHi,\r\nstill broken.\r\n"
	    "\r\nOn 1 Jan 2025, Care <c@x.example> wrote:\r\n"
	    "> your account was locked\r\n", 0, "crlf", "Hi,\nstill broken.",
	    NULL, "locked", "account was locked" },
	{ HDR "Content-Type: text/html\n\n<p>Thanks</p><div class=\"gmail_quote\">"
	    "<div class=\"gmail_attr\">Am 12.09.2024 10:23 schrieb Support:"
	    "<br></div><blockquote class=\"gmail_quote\"><p>Ihre "
	    "R&uuml;ckerstattung</p></blockquote></div>\n", 0, NULL, "Thanks",
	    NULL, "ckerstattung", "Ihre Rückerstattung" },
	/* Malformed input. */
	{ "", 1, "", "", NULL, NULL, NULL },
	{ "just some words, no header block at all\n", 1, "", "", NULL, NULL,
	    NULL },
	/* An mbox separator line is skipped. */
	{ "From someone@x.example Mon Jan  1 00:00:00 2024\nSubject: mbox\n\n"
	    "body\n", 0, "mbox", "body", NULL, NULL, NULL },
	/* A broken multipart without its closing boundary. */
	{ HDR "Content-Type: multipart/mixed; boundary=b\n\n--b\n" PLAIN
	    "utf-8\n\nunterminated\n", 0, NULL, "unterminated", NULL, NULL,
	    NULL },
};

START_TEST(test_parse)
{
	struct msg *m = msg_parse(cases[_i].raw, strlen(cases[_i].raw));

	ck_assert_ptr_nonnull(m);
	ck_assert_msg((msg_error(m) != NULL) == cases[_i].error,
	    "case %d: error \"%s\"", _i, msg_error(m) ? msg_error(m) : "");
	for (int z = 0; z < ZONE_COUNT; z++) {
		size_t len;
		const char *t = msg_zone_text(m, z, &len);

		ck_assert_ptr_nonnull(t);
		ck_assert_uint_eq(strlen(t), len);
		ck_assert(g_utf8_validate(t, len, NULL));
	}
	if (cases[_i].subject != NULL)
		ck_assert_str_eq(msg_zone_text(m, ZONE_SUBJECT, NULL),
		    cases[_i].subject);
	if (cases[_i].body != NULL)
		ck_assert_msg(strcmp(msg_zone_text(m, ZONE_BODY, NULL),
		    cases[_i].body) == 0, "case %d: body \"%s\"", _i,
		    msg_zone_text(m, ZONE_BODY, NULL));
	if (cases[_i].body_has != NULL)
		ck_assert_ptr_nonnull(strstr(msg_zone_text(m, ZONE_BODY, NULL),
		    cases[_i].body_has));
	if (cases[_i].body_not != NULL)
		ck_assert_ptr_null(strstr(msg_zone_text(m, ZONE_BODY, NULL),
		    cases[_i].body_not));
	if (cases[_i].quoted_has != NULL)
		ck_assert_msg(strstr(msg_zone_text(m, ZONE_QUOTED, NULL),
		    cases[_i].quoted_has) != NULL, "case %d: quoted \"%s\"", _i,
		    msg_zone_text(m, ZONE_QUOTED, NULL));
	msg_free(&m);
	ck_assert_ptr_null(m);
}
END_TEST

/* Binary input: NUL bytes, junk. */
START_TEST(test_binary)
{
	static const char nul[] = HDR PLAIN "utf-8\n\nnul\0here\n";
	static const char junk[] = "\x01\x02\xff\xfe\0garbage\0\0\n\n\x7f";
	struct msg *m = msg_parse(nul, sizeof nul - 1);

	ck_assert_ptr_null(msg_error(m));
	ck_assert_str_eq(msg_zone_text(m, ZONE_BODY, NULL), "nulhere");
	msg_free(&m);
	m = msg_parse(junk, sizeof junk - 1);
	ck_assert_ptr_nonnull(m);
	ck_assert_ptr_nonnull(msg_error(m));
	for (int z = 0; z < ZONE_COUNT; z++)
		ck_assert_str_eq(msg_zone_text(m, z, NULL), "");
	msg_free(&m);
}
END_TEST

START_TEST(test_headers)
{
	static const char raw[] =
	    "From: =?ISO-8859-1?Q?J=F6rg_M=FCller?= <Joerg.Mueller@Example.COM>\n"
	    "To: support@x.example\n"
	    "Subject: Re: =?UTF-8?Q?St=C3=B6rung?=\n"
	    "Message-ID: <ABC.123@x.example>\n"
	    "In-Reply-To: <p1@x.example> (from Care)\n"
	    "References: <r1@x.example> <r2@x.example>\n <p1@x.example>\n"
	    "Date: Tue, 01 Apr 2025 14:00:00 +0200\n"
	    "X-Custom: =?UTF-8?B?R3LDvMOfZQ==?=\n"
	    "X-Custom: second\n"
	    "\n"
	    "Hallo\n\n-- \nJörg\n";
	const char *const *refs;
	size_t n = 99;
	struct msg *m = msg_parse(raw, sizeof raw - 1);

	ck_assert_ptr_null(msg_error(m));
	ck_assert_str_eq(msg_from_addr(m), "joerg.mueller@example.com");
	ck_assert_str_eq(msg_from_name(m), "Jörg Müller");
	ck_assert_str_eq(msg_zone_text(m, ZONE_FROM, NULL),
	    "Jörg Müller <joerg.mueller@example.com>");
	ck_assert_str_eq(msg_zone_text(m, ZONE_SUBJECT, NULL), "Re: Störung");
	ck_assert_str_eq(msg_message_id(m), "ABC.123@x.example");
	ck_assert_str_eq(msg_in_reply_to(m), "p1@x.example");
	refs = msg_references(m, &n);
	ck_assert_uint_eq(n, 3);
	ck_assert_str_eq(refs[0], "r1@x.example");
	ck_assert_str_eq(refs[2], "p1@x.example");
	ck_assert_int_eq((long long)msg_date(m), 1743508800LL);
	ck_assert_str_eq(msg_header(m, "x-custom"), "Grüße");
	ck_assert_str_eq(msg_header(m, "SUBJECT"), "Re: Störung");
	ck_assert_ptr_null(msg_header(m, "X-Absent"));
	ck_assert_str_eq(msg_zone_text(m, ZONE_BODY, NULL), "Hallo");
	ck_assert_str_eq(msg_zone_text(m, ZONE_SIGNATURE, NULL), "Jörg");
	msg_free(&m);
}
END_TEST

START_TEST(test_headers_absent)
{
	static const char raw[] = "From: Just A Name\nDate: not a date\n\nx\n";
	struct msg *m = msg_parse(raw, sizeof raw - 1);
	size_t n = 99;

	ck_assert_ptr_nonnull(m);
	ck_assert_ptr_null(msg_message_id(m));
	ck_assert_ptr_null(msg_in_reply_to(m));
	ck_assert_ptr_null(msg_from_addr(m));
	msg_references(m, &n);
	ck_assert_uint_eq(n, 0);
	ck_assert_int_eq((long long)msg_date(m), 0);
	ck_assert(g_utf8_validate(msg_zone_text(m, ZONE_FROM, NULL), -1,
	    NULL));
	msg_free(&m);
}
END_TEST

/* Multiparts nested past the depth limit: no crash, nothing read. */
START_TEST(test_deep)
{
	GString *s = g_string_new("From: a@x.example\n");
	struct msg *m;

	for (int i = 0; i < 200; i++)
		g_string_append_printf(s, "Content-Type: multipart/mixed; "
		    "boundary=\"b%d\"\n\n--b%d\n", i, i);
	g_string_append(s, "Content-Type: text/plain\n\ndeep down\n");
	m = msg_parse(s->str, s->len);
	ck_assert_ptr_nonnull(m);
	ck_assert_str_eq(msg_zone_text(m, ZONE_BODY, NULL), "");
	msg_free(&m);
	g_string_free(s, TRUE);
}
END_TEST

START_TEST(test_api)
{
	struct msg *m = NULL;

	ck_assert_ptr_null(msg_parse(NULL, 0));
	msg_free(&m);
	msg_free(NULL);
	ck_assert_str_eq(msg_zone_name(ZONE_QUOTED), "quoted");
	ck_assert_int_eq(msg_zone_parse("Signature"), ZONE_SIGNATURE);
	ck_assert_int_eq(msg_zone_parse("nope"), -1);
	ck_assert_str_eq(msg_zone_text(NULL, ZONE_BODY, NULL), "");
	msg_init();
	msg_init();
}
END_TEST

static Suite *
msg_suite(void)
{
	Suite *s = suite_create("msg");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_parse, 0, G_N_ELEMENTS(cases));
	tcase_add_test(tc, test_binary);
	tcase_add_test(tc, test_headers);
	tcase_add_test(tc, test_headers_absent);
	tcase_add_test(tc, test_deep);
	tcase_add_test(tc, test_api);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(msg_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	msg_shutdown();
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
