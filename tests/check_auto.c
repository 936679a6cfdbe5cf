/* Tests for automatic mail recognition (auto.c): one message per row,
 * the kind it is, and mail that only looks automatic to a careless
 * reader (a customer writing about an "out of office hours" problem). */
#include <string.h>

#include <check.h>
#include <glib.h>

#include "auto.h"
#include "msg.h"

#define ALL ((1u << AUTO_COUNT) - 2)

static const struct {
	const char *headers;
	const char *subject;
	unsigned mask;
	enum auto_kind want;
	const char *why;	/* substring of the reason */
} cases[] = {
	/* RFC 3464 delivery reports, and the usual bounce senders. */
	{ "From: MAILER-DAEMON@mx.example.net\nContent-Type: multipart/report;"
	  " report-type=delivery-status; boundary=x\n", "Undelivered Mail",
	  ALL, AUTO_BOUNCE, "multipart/report" },
	{ "From: postmaster@example.net\nReturn-Path: <>\n", "Failure notice",
	  ALL, AUTO_BOUNCE, "postmaster" },
	{ "From: Mail Delivery System <mailer-daemon@example.net>\n",
	  "Returned mail", ALL, AUTO_BOUNCE, "mailer-daemon" },
	{ "From: robot@example.net\nReturn-Path: <>\n", "Notice", ALL,
	  AUTO_BOUNCE, "null Return-Path" },
	{ "From: anna@example.org\nReturn-Path: <anna@example.org>\n",
	  "Help", ALL, AUTO_NONE, NULL },
	/* RFC 3834. */
	{ "From: anna@example.org\nAuto-Submitted: auto-replied\n", "Re: x",
	  ALL, AUTO_REPLY, "Auto-Submitted" },
	{ "From: shop@example.org\nAuto-Submitted: auto-generated\n",
	  "Your order", ALL, AUTO_BULK, "auto-generated" },
	{ "From: anna@example.org\nAuto-Submitted: no\n", "Help", ALL,
	  AUTO_NONE, NULL },
	/* Vendors' autoreply headers and Precedence. */
	{ "From: a@example.org\nX-Autoreply: yes\n", "Re: x", ALL,
	  AUTO_REPLY, "X-Autoreply" },
	{ "From: a@example.org\nX-MS-Exchange-Inbox-Rules-Loop: a@example.org\n"
	  "In-Reply-To: <o@x>\n", "Re: x", ALL, AUTO_REPLY,
	  "Inbox-Rules-Loop in a reply" },
	{ "From: a@example.org\nX-MS-Exchange-Inbox-Rules-Loop: a@example.org\n",
	  "Re: x", ALL, AUTO_NONE, NULL },	/* a forward by a rule */
	{ "From: a@example.org\nX-Auto-Response-Suppress: All\n",
	  "Help, the portal is down", ALL, AUTO_NONE, NULL },
	{ "From: a@example.org\nX-Auto-Response-Suppress: All\n",
	  "Automatic reply: Help", ALL, AUTO_REPLY, " and " },
	{ "From: a@example.org\nPrecedence: auto_reply\n", "x", ALL,
	  AUTO_REPLY, "Precedence" },
	{ "From: a@example.org\nPrecedence: bulk\n", "News", ALL, AUTO_BULK,
	  "Precedence: bulk" },
	{ "From: a@example.org\nPrecedence: junk\n", "News", ALL, AUTO_BULK,
	  NULL },
	/* Lists (RFC 2919, 2369). */
	{ "From: a@example.org\nList-Id: <users.lists.example.org>\n", "x",
	  ALL, AUTO_LIST, "List-Id" },
	{ "From: a@example.org\nList-Unsubscribe: <mailto:u@example.org>\n",
	  "Offer", ALL, AUTO_BULK, "List-Unsubscribe" },
	/* Autoresponders that set no header: their subjects, seven
	 * languages, in replies to the mail they answer. */
	{ "From: a@example.org\nIn-Reply-To: <o@x>\n",
	  "Out of Office: Re: order 123", ALL, AUTO_REPLY, "subject" },
	{ "From: a@example.org\nReferences: <o@x>\n",
	  "Automatic reply: Your ticket", ALL, AUTO_REPLY, NULL },
	{ "From: a@example.org\nIn-Reply-To: <o@x>\n",
	  "Abwesenheitsnotiz: Ihre Anfrage", ALL, AUTO_REPLY, NULL },
	{ "From: a@example.org\nIn-Reply-To: <o@x>\n",
	  "Automatische Antwort: Bestellung", ALL, AUTO_REPLY, NULL },
	{ "From: a@example.org\nIn-Reply-To: <o@x>\n",
	  "Réponse automatique : commande", ALL, AUTO_REPLY, NULL },
	{ "From: a@example.org\nIn-Reply-To: <o@x>\n",
	  "Respuesta automática: pedido", ALL, AUTO_REPLY, NULL },
	{ "From: a@example.org\nIn-Reply-To: <o@x>\n",
	  "Resposta automática: pedido", ALL, AUTO_REPLY, NULL },
	{ "From: a@example.org\nIn-Reply-To: <o@x>\n",
	  "Risposta automatica: ordine", ALL, AUTO_REPLY, NULL },
	{ "From: a@example.org\nIn-Reply-To: <o@x>\n",
	  "Automatisch antwoord: bestelling", ALL, AUTO_REPLY, NULL },
	/* A customer's own subject that looks like one, not in a reply. */
	{ "From: a@example.org\n", "Auto-reply: stopped working after the "
	  "update", ALL, AUTO_NONE, NULL },
	{ "From: a@example.org\n", "Out of Office: your app lost my data",
	  ALL, AUTO_NONE, NULL },
	/* Customers' words are not an autoresponder's. */
	{ "From: a@example.org\n", "Out of office hours support is down",
	  ALL, AUTO_NONE, NULL },
	{ "From: a@example.org\n", "Re: automatic reply settings broken",
	  ALL, AUTO_NONE, NULL },
	{ "From: a@example.org\n", "Help: our mailer-daemon bounces", ALL,
	  AUTO_NONE, NULL },
	/* Our own notices and acknowledgements. */
	{ "From: triage@example.com\n", "[mailtriage] #3 escalated", ALL,
	  AUTO_OWN, "our own address" },
	{ "From: x@example.com\nX-Triage-Ack: 12\n", "[#12] Re: help", ALL,
	  AUTO_OWN, "acknowledgement" },
	/* A kind not asked for is not looked for. */
	{ "From: a@example.org\nList-Id: <l.example.org>\n", "x",
	  ALL & ~(1u << AUTO_LIST), AUTO_NONE, NULL },
	{ "From: a@example.org\nPrecedence: bulk\n", "x", 0, AUTO_NONE,
	  NULL },
};

START_TEST(test_detect)
{
	static const char *const own[] = { "triage@example.com", NULL };
	char *raw = g_strdup_printf("%sSubject: %s\nMessage-ID: <a@b>\n\n"
	    "Hello, some text.\n", cases[_i].headers, cases[_i].subject);
	struct msg *m = msg_parse(raw, strlen(raw));
	char why[96];
	enum auto_kind k = auto_detect(m, cases[_i].mask, own, why,
	    sizeof why);

	ck_assert_msg(k == cases[_i].want, "%s / %s: got %s (%s)",
	    cases[_i].headers, cases[_i].subject, auto_kind_name(k), why);
	if (cases[_i].why != NULL)
		ck_assert_msg(strstr(why, cases[_i].why) != NULL, "why: %s",
		    why);
	if (k == AUTO_NONE)
		ck_assert_str_eq(why, "");
	msg_free(&m);
	g_free(raw);
}
END_TEST

START_TEST(test_names)
{
	for (int k = 1; k < AUTO_COUNT; k++)
		ck_assert_int_eq(auto_kind_parse(auto_kind_name(k)), k);
	ck_assert_int_eq(auto_kind_parse("nonsense"), -1);
	ck_assert_str_eq(auto_kind_name(AUTO_NONE), "");
}
END_TEST

static Suite *
auto_suite(void)
{
	Suite *s = suite_create("auto");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_detect, 0, G_N_ELEMENTS(cases));
	tcase_add_test(tc, test_names);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(auto_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
