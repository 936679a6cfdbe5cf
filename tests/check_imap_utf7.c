/* Unit tests for IMAP's modified UTF-7 (RFC 3501 5.1.3). */
#include <stdlib.h>

#include <check.h>
#include <glib.h>

#include "imap-utf7.h"

static const struct {
	const char *in, *out;
} cases[] = {
	{ "INBOX", "INBOX" },
	{ "Triage/High", "Triage/High" },
	{ "Entwürfe", "Entw&APw-rfe" },		/* RFC 3501's own kind */
	{ "&", "&-" },
	{ "a&b", "a&-b" },
	{ "日本語", "&ZeVnLIqe-" },
	{ "Triage/Überfällig", "Triage/&ANw-berf&AOQ-llig" },
	{ "Réso lu €", "R&AOk-so lu &IKw-" },
	{ "", "" },
};

START_TEST(test_encode)
{
	char *got = imap_utf7_encode(cases[_i].in);

	ck_assert_str_eq(got, cases[_i].out);
	g_free(got);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("imap_utf7");
	TCase *tc = tcase_create("encode");
	SRunner *sr;
	int failed;

	tcase_add_loop_test(tc, test_encode, 0, G_N_ELEMENTS(cases));
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
