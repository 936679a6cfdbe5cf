/* Tests for quote.c: attribution styles, "> " lines, signatures,
 * Outlook header blocks, forwards kept in the body. */
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <glib.h>

#include "quote.h"

static const struct {
	const char *text;
	const char *body;
	const char *quoted;
	const char *signature;
} cases[] = {
	/* No quotes at all. */
	{ "Hello,\n\nmy card is blocked.\n\nThanks\n\n\n",
	    "Hello,\n\nmy card is blocked.\n\nThanks", "", "" },
	{ "", "", "", "" },
	{ "\n\n  \n", "", "", "" },
	/* "> " lines, nested, markers stripped. */
	{ "Yes.\n> Is it down?\n>> Since when?\n> > > Really?\n",
	    "Yes.", "Is it down?\nSince when?\nReally?", "" },
	{ "> question\n>\n> more\n\nanswer below\n",
	    "answer below", "question\n\nmore", "" },
	/* English attributions. */
	{ "Fine now.\n\nOn Tue, 8 Apr 2025 at 16:07, Care <c@x.example> wrote:\n"
	    "> Your password was reset.\n",
	    "Fine now.", "On Tue, 8 Apr 2025 at 16:07, Care <c@x.example> "
	    "wrote:\nYour password was reset.", "" },
	{ "Hi\n\nOn Wed, 11 Dec 2024 at 09:12, Support Team <s@x.example>\n"
	    "wrote:\n> outage notice\n",
	    "Hi", "On Wed, 11 Dec 2024 at 09:12, Support Team <s@x.example>\n"
	    "wrote:\noutage notice", "" },
	{ "Hi\nOn Wed, 11 Dec 2024 at 09:12,\nSupport Team\n<s@x.example> "
	    "wrote:\n> refund\n", "Hi", "On Wed, 11 Dec 2024 at 09:12,\n"
	    "Support Team\n<s@x.example> wrote:\nrefund", "" },
	{ "Thanks\n\nSupport <s@x.example> wrote on Thu, 15 May 2025 at\n"
	    "20:21:\n> account locked\n", "Thanks", "Support <s@x.example> "
	    "wrote on Thu, 15 May 2025 at\n20:21:\naccount locked", "" },
	{ "Ok\nCare <c@x.example> wrote on 21/07/2024 23:05:\n> fraud\n",
	    "Ok", "Care <c@x.example> wrote on 21/07/2024 23:05:\nfraud", "" },
	{ "Ok\nOn 11/03/2025 21:50 Customer Care wrote:\n> breach\n",
	    "Ok", "On 11/03/2025 21:50 Customer Care wrote:\nbreach", "" },
	/* An attribution with a date but no "> " marks: all after is old. */
	{ "New text.\nOn 2025-01-02 10:00, Bob <b@x.example> wrote:\n"
	    "old line one\nold line two\n", "New text.",
	    "On 2025-01-02 10:00, Bob <b@x.example> wrote:\nold line one\n"
	    "old line two", "" },
	/* Without a date, address or "> " it is just a sentence. */
	{ "My colleague wrote:\nthe server is slow\n",
	    "My colleague wrote:\nthe server is slow", "", "" },
	/* Bottom posting: new text after the quote stays body. */
	{ "Care <c@x.example> wrote on 2025-06-16 04:39:\n> declined\n\n"
	    "Hi there,\ndiscount please\n", "Hi there,\ndiscount please",
	    "Care <c@x.example> wrote on 2025-06-16 04:39:\ndeclined", "" },
	/* German. */
	{ "Danke.\n\nAm 12.09.2024 10:23 schrieb Support Team "
	    "<s@x.example>:\n> Passwort zurücksetzen\n", "Danke.",
	    "Am 12.09.2024 10:23 schrieb Support Team <s@x.example>:\n"
	    "Passwort zurücksetzen", "" },
	{ "Gut.\nAm 2025-01-28 00:09 schrieb Support Team:\n> Rückerstattung\n",
	    "Gut.", "Am 2025-01-28 00:09 schrieb Support Team:\nRückerstattung",
	    "" },
	{ "Ja.\nMax Muster schrieb:\n> Ausfall\n", "Ja.",
	    "Max Muster schrieb:\nAusfall", "" },
	/* Separators and Outlook header blocks. */
	{ "See below.\n\n-----Original Message-----\nFrom: A\nSent: today\n"
	    "\nlocked out\n", "See below.", "-----Original Message-----\n"
	    "From: A\nSent: today\n\nlocked out", "" },
	{ "Siehe unten.\n-----Ursprüngliche Nachricht-----\nVon: A\n"
	    "Störung\n", "Siehe unten.", "-----Ursprüngliche Nachricht-----\n"
	    "Von: A\nStörung", "" },
	{ "x\n-------- Original Message --------\nold\n", "x",
	    "-------- Original Message --------\nold", "" },
	{ "Reply.\n________________\nFrom: Care <c@x.example>\n"
	    "Sent: Monday\nTo: me\nSubject: RE: card\n\nfire alarm\n",
	    "Reply.\n________________", "From: Care <c@x.example>\nSent: "
	    "Monday\nTo: me\nSubject: RE: card\n\nfire alarm", "" },
	/* Outlook blocks and attributions in the other languages. */
	{ "Merci.\nDe : Support\nEnvoyé : lundi\nÀ : moi\nObjet : RE: x\n"
	    "incendie\n", "Merci.", "De : Support\nEnvoyé : lundi\nÀ : moi\n"
	    "Objet : RE: x\nincendie", "" },
	{ "Bedankt.\nVan: Support\nVerzonden: maandag\nAan: mij\n"
	    "Onderwerp: RE: x\nstoring\n", "Bedankt.", "Van: Support\n"
	    "Verzonden: maandag\nAan: mij\nOnderwerp: RE: x\nstoring", "" },
	{ "Obrigado.\nEm 2 de dez. de 2026, Suporte escreveu:\n> avaria\n",
	    "Obrigado.", "Em 2 de dez. de 2026, Suporte escreveu:\navaria", "" },
	{ "Grazie.\n-----Messaggio originale-----\nDa: A\nguasto\n",
	    "Grazie.", "-----Messaggio originale-----\nDa: A\nguasto", "" },
	{ "Antwort.\nVon: Care\nGesendet: Montag\nAn: mich\nBetreff: AW: x\n"
	    "alt\n", "Antwort.", "Von: Care\nGesendet: Montag\nAn: mich\n"
	    "Betreff: AW: x\nalt", "" },
	{ "From: Paris\nwith love\n", "From: Paris\nwith love", "", "" },
	/* Forwards are the customer's: kept in the body. */
	{ "FYI\n-------- Forwarded Message --------\nFrom: A\nDate: now\n"
	    "Subject: outage\nTo: B\n\nsite down\n", "FYI\n-------- Forwarded "
	    "Message --------\nFrom: A\nDate: now\nSubject: outage\nTo: B\n\n"
	    "site down", "", "" },
	{ "FYI\nFrom: A\nSent: now\nTo: B\nSubject: FW: outage\n\nsite down\n",
	    "FYI\nFrom: A\nSent: now\nTo: B\nSubject: FW: outage\n\nsite down",
	    "", "" },
	{ "Reencaminho.\n---------- Mensagem reencaminhada ----------\n"
	    "De: A\nData: ontem\nAssunto: grua\n\na utente caiu\n",
	    "Reencaminho.\n---------- Mensagem reencaminhada ----------\n"
	    "De: A\nData: ontem\nAssunto: grua\n\na utente caiu", "", "" },
	{ "Zur Info.\nAnfang der weitergeleiteten Nachricht:\n\nVon: A\n"
	    "Betreff: Ausfall\nalles steht\n", "Zur Info.\nAnfang der "
	    "weitergeleiteten Nachricht:\n\nVon: A\nBetreff: Ausfall\n"
	    "alles steht", "", "" },
	{ "Ver abajo.\nDe: A\nEnviado: lunes\nPara: B\nAsunto: RV: caída\n\n"
	    "todo caído\n", "Ver abajo.\nDe: A\nEnviado: lunes\nPara: B\n"
	    "Asunto: RV: caída\n\ntodo caído", "", "" },
	/* Signatures. */
	{ "Body text\n\n-- \nJane Doe\nACME\n", "Body text", "",
	    "Jane Doe\nACME" },
	{ "Body\n--\nJane\n", "Body", "", "Jane" },
	{ "Body\n--- \nnot a sig\n", "Body\n--- \nnot a sig", "", "" },
	{ "Body\n-- \nJane\n\nOn 1 Jan 2025, X <x@y.example> wrote:\n> old\n",
	    "Body", "On 1 Jan 2025, X <x@y.example> wrote:\nold", "Jane" },
	{ "-- \nsig\n\n---------- Forwarded message ---------\nFrom: A\n"
	    "Date: x\nhello\n", "---------- Forwarded message ---------\n"
	    "From: A\nDate: x\nhello", "", "sig" },
	/* CRLF. */
	{ "Hi\r\n\r\nOn 1 Jan 2025, X <x@y.example> wrote:\r\n> old\r\n"
	    "-- \r\n", "Hi", "On 1 Jan 2025, X <x@y.example> wrote:\nold", "" },
	{ "a\r\nb\r\n-- \r\nsig\r\n", "a\nb", "", "sig" },
	/* A legal disclaimer under the mail is signature, however long; one
	 * opening the mail is text. */
	{ "Agenda leeg.\nLotte\nAVISO DE CONFIDENCIALIDADE: distribuição não "
	    "autorizadas.\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx"
	    "\nx\nx\nx\nx\n", "Agenda leeg.\nLotte", "", "AVISO DE "
	    "CONFIDENCIALIDADE: distribuição não autorizadas.\nx\nx\nx\nx\nx\nx\nx"
	    "\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx" },
	{ "Disclaimer: our shop sells knives.\nThe site is down.\n",
	    "Disclaimer: our shop sells knives.\nThe site is down.", "", "" },
	/* A customer's own "Disclaimer:" or "The information in this
	 * report…" under a greeting is their text. */
	{ "Hi,\nDisclaimer: I'm not technical, but the site is down.\n",
	    "Hi,\nDisclaimer: I'm not technical, but the site is down.", "", "" },
	{ "Hi,\nLe informazioni contenute in questo report sono sbagliate.\n",
	    "Hi,\nLe informazioni contenute in questo report sono sbagliate.", "",
	    "" },
	/* "éventuelles", "eventuali", "etwaige": the opening with "possible"
	 * attachments is a disclaimer too. */
	{ "Le virement manque.\nPhilippe\nCe courriel et ses éventuelles pièces "
	    "jointes sont confidentiels. Toute diffusion non autorisée est "
	    "interdite.\n", "Le virement manque.\nPhilippe", "", "Ce courriel et "
	    "ses éventuelles pièces jointes sont confidentiels. Toute diffusion "
	    "non autorisée est interdite." },
	{ "Il sito è giù.\nLuca\nQuesta e-mail ed eventuali allegati sono "
	    "riservati.\n", "Il sito è giù.\nLuca", "", "Questa e-mail ed "
	    "eventuali allegati sono riservati." },
	{ "Hi\n\nCONFIDENTIALITY NOTICE: for the recipient only.\n\n"
	    "On 1 Jan 2025, X <x@y.example> wrote:\n> old\n", "Hi",
	    "On 1 Jan 2025, X <x@y.example> wrote:\nold",
	    "CONFIDENTIALITY NOTICE: for the recipient only." },
};

/* The three parts of case i are those wanted. */
static void
check_parts(int i, const struct quote_parts *p, const char *body,
    const char *quoted, const char *signature)
{
	ck_assert_ptr_nonnull(p->body);
	ck_assert_ptr_nonnull(p->quoted);
	ck_assert_ptr_nonnull(p->signature);
	ck_assert_msg(strcmp(p->body, body) == 0,
	    "case %d body: got \"%s\", want \"%s\"", i, p->body, body);
	ck_assert_msg(strcmp(p->quoted, quoted) == 0,
	    "case %d quoted: got \"%s\", want \"%s\"", i, p->quoted, quoted);
	ck_assert_msg(strcmp(p->signature, signature) == 0,
	    "case %d signature: got \"%s\", want \"%s\"", i, p->signature,
	    signature);
}

START_TEST(test_split)
{
	struct quote_parts p;

	quote_split(cases[_i].text, NULL, NULL, NULL, &p);
	check_parts(_i, &p, cases[_i].body, cases[_i].quoted,
	    cases[_i].signature);
	quote_parts_clear(&p);
	ck_assert_ptr_null(p.body);
	ck_assert_ptr_null(p.quoted);
	ck_assert_ptr_null(p.signature);
}
END_TEST

/* A "signature" longer than any signature is text after a rule. */
START_TEST(test_long_signature)
{
	struct quote_parts p;
	GString *s = g_string_new("Intro\n--\n");

	for (int i = 0; i < 30; i++)
		g_string_append_printf(s, "line %d\n", i);
	quote_split(s->str, NULL, NULL, NULL, &p);
	ck_assert_str_eq(p.signature, "");
	ck_assert_ptr_nonnull(strstr(p.body, "Intro"));
	ck_assert_ptr_nonnull(strstr(p.body, "line 29"));
	quote_parts_clear(&p);
	g_string_free(s, TRUE);
}
END_TEST

START_TEST(test_null)
{
	struct quote_parts p;

	quote_split(NULL, NULL, NULL, NULL, &p);
	ck_assert_str_eq(p.body, "");
	ck_assert_str_eq(p.quoted, "");
	ck_assert_str_eq(p.signature, "");
	quote_parts_clear(&p);
	quote_parts_clear(NULL);
}
END_TEST

/* Quoted text the sender wrote earlier (own): after an attribution or a
 * From: line that names them, by address or by every word of the name. */
static const struct {
	const char *text;
	const char *own;
} own_cases[] = {
	/* Top-posted chain: the sender's reminder, then their first mail. */
	{ "Third reminder.\n\nOn Mon, 9 Nov 2026, Jane Roe <jane@c.example> "
	    "wrote:\n> Any news?\n>\n> On Fri, 6 Nov 2026, Jane Roe "
	    "<jane@c.example> wrote:\n> > The headsets have no sound.\n",
	    "Any news?\n\nThe headsets have no sound." },
	/* Our reply is not theirs; their mail quoted inside it is. */
	{ "Still broken.\n\nOn Mon, 9 Nov 2026, Help Desk <help@s.example> "
	    "wrote:\n> We restarted the server.\n>\n> On Fri, 6 Nov 2026, "
	    "Jane Roe <jane@c.example> wrote:\n> > Nothing loads.\n",
	    "Nothing loads." },
	/* Outlook blocks: "Von:" names her as "Roe, Jane"; the address alone
	 * names her too; an unknown author is not hers. */
	{ "Dritte Mail.\n\n-----Ursprüngliche Nachricht-----\nVon: Roe, Jane\n"
	    "Gesendet: Montag\nBetreff: Ton\n\nKein Ton an elf Plätzen.\n",
	    "Gesendet: Montag\nBetreff: Ton\n\nKein Ton an elf Plätzen." },
	{ "Again.\n\nFrom: jane@c.example\nSent: Monday\n\nThe tills freeze.\n",
	    "Sent: Monday\n\nThe tills freeze." },
	{ "Again.\n\n-----Original Message-----\nSent: Monday\n\nold text\n",
	    "" },
	/* A name in the text is not an attribution; "Jane" alone is not
	 * "Jane Roe"; a wrapped attribution names her on its first line. */
	{ "Hi\n\n> Jane Roe asked about the tills.\n", "" },
	{ "Hi\n\nOn Mon, Jane Smith <js@o.example> wrote:\n> tills freeze\n",
	    "" },
	{ "Hi\n\nOn Mon, 9 Nov 2026 at 10:00, Jane Roe\n<jane@c.example> "
	    "wrote:\n> tills freeze\n", "tills freeze" },
	/* Dutch puts the name after "schreef"; Gmail wraps a quoted
	 * attribution ("... Jane Roe ha" / "scritto:"). */
	{ "Nog steeds niet opgelost.\n\nOp ma 9 nov. 2026 om 16:42 schreef "
	    "Support <s@s.example>:\n> Dank voor je melding.\n>\n> Op ma 9 "
	    "nov. 2026 om 10:05 schreef Jane Roe <jane@c.example>:\n> > De "
	    "sites worden niet bijgewerkt.\n",
	    "De sites worden niet bijgewerkt." },
	{ "Terzo giorno.\n\n> Nessuna risposta.\n>\n> Il giorno lun 9 nov "
	    "2026 alle ore 18:47 Jane Roe ha\n> scritto:\n>> I palmari non "
	    "sincronizzano.\n", "I palmari non sincronizzano." },
};

START_TEST(test_own)
{
	struct quote_parts p;

	quote_split(own_cases[_i].text, NULL, "Jane Roe", "jane@c.example", &p);
	ck_assert_msg(strcmp(p.own, own_cases[_i].own) == 0,
	    "case %d own: got \"%s\", want \"%s\"", _i, p.own,
	    own_cases[_i].own);
	quote_parts_clear(&p);
	ck_assert_ptr_null(p.own);
	/* Nobody named: nothing is theirs. */
	quote_split(own_cases[_i].text, NULL, NULL, NULL, &p);
	ck_assert_str_eq(p.own, "");
	quote_parts_clear(&p);
}
END_TEST

/* Under a forward's subject, the first "Original Message" rule or Outlook
 * header block opens the forwarded mail: kept in body. History inside it,
 * and the same text under a reply's subject, stays quoted. */
static const struct {
	const char *subject;
	const char *text;
	const char *body;
	const char *quoted;
} fw_cases[] = {
	{ "FW: storing scanners", "Zie hieronder.\n-----Oorspronkelijk bericht-----\n"
	    "Van: S\nVerzonden: dinsdag\nOnderwerp: storing scanners\nAlles ligt stil.\n",
	    "Zie hieronder.\n-----Oorspronkelijk bericht-----\nVan: S\n"
	    "Verzonden: dinsdag\nOnderwerp: storing scanners\nAlles ligt stil.", "" },
	{ "RE: storing scanners", "Dank.\n-----Oorspronkelijk bericht-----\n"
	    "Van: S\nVerzonden: dinsdag\nOnderwerp: storing scanners\nAlles ligt stil.\n",
	    "Dank.", "-----Oorspronkelijk bericht-----\nVan: S\n"
	    "Verzonden: dinsdag\nOnderwerp: storing scanners\nAlles ligt stil." },
	{ "Fwd: scanners", "See below.\nFrom: S\nSent: Tuesday\nTo: R\n"
	    "Subject: scanners\nAll down.\n-----Original Message-----\nFrom: T\n"
	    "Sent: Monday\nSubject: old\nolder\n",
	    "See below.\nFrom: S\nSent: Tuesday\nTo: R\nSubject: scanners\nAll down.",
	    "-----Original Message-----\nFrom: T\nSent: Monday\nSubject: old\nolder" },
};

START_TEST(test_forward_subject)
{
	struct quote_parts p;

	quote_split(fw_cases[_i].text, fw_cases[_i].subject, NULL, NULL, &p);
	check_parts(_i, &p, fw_cases[_i].body, fw_cases[_i].quoted, "");
	quote_parts_clear(&p);
}
END_TEST

static Suite *
quote_suite(void)
{
	Suite *s = suite_create("quote");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_split, 0, G_N_ELEMENTS(cases));
	tcase_add_loop_test(tc, test_own, 0, G_N_ELEMENTS(own_cases));
	tcase_add_loop_test(tc, test_forward_subject, 0,
	    G_N_ELEMENTS(fw_cases));
	tcase_add_test(tc, test_long_signature);
	tcase_add_test(tc, test_null);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(quote_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
