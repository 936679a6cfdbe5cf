/* Unit tests for OAuth access tokens (token_command, token_file) and the
 * SASL initial responses that carry them. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <check.h>
#include <glib.h>

#include "conf.h"
#include "log.h"
#include "oauth.h"

#define TOKEN "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln-_~+/=="

/* The SASL messages, base64-decoded. */
static const struct {
	enum conf_auth mech;
	const char *user, *token, *want;
} sasl[] = {
	{ CONF_AUTH_XOAUTH2, "support@example.com", "ya29.abc",
	  "user=support@example.com\001auth=Bearer ya29.abc\001\001" },
	{ CONF_AUTH_OAUTHBEARER, "support@example.com", "ya29.abc",
	  "n,a=support@example.com,\001auth=Bearer ya29.abc\001\001" },
	/* RFC 5801: ',' and '=' in the authzid are escaped */
	{ CONF_AUTH_OAUTHBEARER, "a,b=c", "t",
	  "n,a=a=2Cb=3Dc,\001auth=Bearer t\001\001" },
};

START_TEST(test_sasl)
{
	char *b64 = oauth_sasl_response(sasl[_i].mech, sasl[_i].user,
	    sasl[_i].token);
	gsize len = 0;
	guchar *raw = g_base64_decode(b64, &len);

	ck_assert_uint_eq(len, strlen(sasl[_i].want));
	ck_assert(memcmp(raw, sasl[_i].want, len) == 0);
	g_free(raw);
	g_free(b64);
}
END_TEST

static const struct {
	const char *t;
	int ok;
} tokens[] = {
	{ TOKEN, 1 },
	{ "ya29.a0AfH6SMB", 1 },
	{ "abc==", 1 },
	{ "", 0 },
	{ "=abc", 0 },
	{ "ab=c", 0 },
	{ "two words", 0 },
	{ "line\r\nA001 LOGOUT", 0 },	/* no IMAP command injection */
	{ "t\001auth=x", 0 },		/* nor a SASL field */
	{ "\xc3\xbcmlaut", 0 },	/* UTF-8 */
};

START_TEST(test_token_ok)
{
	ck_assert_int_eq(oauth_token_ok(tokens[_i].t), tokens[_i].ok);
}
END_TEST

/* token_command: what it does, and what oauth_token makes of it. */
static const struct {
	const char *cmd;
	int refused;
	int rc;
	const char *out;	/* the token, or a part of the error */
	const char *not;	/* never in the error */
} commands[] = {
	{ "echo '  " TOKEN "  '", 0, OAUTH_OK, TOKEN, NULL },
	{ "printf '%s\\n' \"$MAILTRIAGE_ACCOUNT.${MAILTRIAGE_USER%@*}\"", 0,
	  OAUTH_OK, "acct.me", NULL },
	{ "echo ${MAILTRIAGE_TOKEN_REFUSED:-fresh}", 1, OAUTH_OK, "1", NULL },
	{ "echo ${MAILTRIAGE_TOKEN_REFUSED:-fresh}", 0, OAUTH_OK, "fresh",
	  NULL },
	{ "echo 'invalid_grant: refresh token expired' >&2; exit 1", 0,
	  OAUTH_FAILED, "token_command failed: exit 1; it said: invalid_grant: "
	  "refresh token expired", NULL },
	/* a token it printed is not shown, on stdout or stderr */
	{ "echo s3cr3t.tok; echo s3cr3t.tok >&2; exit 2", 0, OAUTH_FAILED,
	  "exit 2; it said: **********", "s3cr3t" },
	/* ... also when stdout had it on a line of its own */
	{ "echo tok.y; printf tok.y >&2; exit 3", 0, OAUTH_FAILED,
	  "exit 3; it said: *****", "tok.y" },
	/* poll blocks SIGTERM: the command gets it back */
	{ "sleep 10 & kill -TERM $!; wait $!; echo \"t.$?\"", 0, OAUTH_OK,
	  "t.143", NULL },
	{ "echo 'not a token'", 0, OAUTH_FAILED, "not an access token (not "
	  "shown)", "not a token" },
	{ "true", 0, OAUTH_FAILED, "printed no token", NULL },
	{ "kill -TERM $$", 0, OAUTH_FAILED, "killed by signal 15", NULL },
	/* the timeout kills what it started too: no wait for sleep's end */
	{ "sleep 30 & echo tok.x; wait", 0, OAUTH_FAILED,
	  "took longer than 0.5 s (token_timeout), killed", "tok.x" },
	{ "sleep 30", 0, OAUTH_FAILED, "took longer than 0.5 s", NULL },
};

START_TEST(test_command)
{
	struct conf_account a = { .name = "acct", .user = "me@example.com",
	    .auth = CONF_AUTH_XOAUTH2, .token_timeout = 0.5 };
	gint64 t0 = g_get_monotonic_time();
	char *tok = NULL, *err = NULL;
	int rc;

	a.token_command = (char *)commands[_i].cmd;
	rc = oauth_token(&a, commands[_i].refused, &tok, &err);
	ck_assert_int_eq(rc, commands[_i].rc);
	ck_assert_int_lt(g_get_monotonic_time() - t0, 5 * G_USEC_PER_SEC);
	if (rc == OAUTH_OK) {
		ck_assert_str_eq(tok, commands[_i].out);
		ck_assert_ptr_null(err);
	} else {
		ck_assert_ptr_null(tok);
		ck_assert_msg(strstr(err, commands[_i].out) != NULL, "%s", err);
		ck_assert_msg(strstr(err, "account acct: ") == err, "%s", err);
		if (commands[_i].not != NULL)
			ck_assert_msg(strstr(err, commands[_i].not) == NULL,
			    "%s", err);
	}
	conf_secret_free(&tok);
	g_free(err);
}
END_TEST

/* token_file: a secret like password_file. */
START_TEST(test_file)
{
	char dir[] = "/tmp/check_oauth.XXXXXX";
	struct conf_account a = { .name = "acct", .user = "u",
	    .auth = CONF_AUTH_OAUTHBEARER };
	char *tok = NULL, *err = NULL;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	a.token_file = g_build_filename(dir, "token", NULL);
	ck_assert_int_eq(oauth_token(&a, 0, &tok, &err), OAUTH_CONFIG);
	g_clear_pointer(&err, g_free);
	ck_assert(g_file_set_contents(a.token_file, TOKEN "\nsecond line\n",
	    -1, NULL));
	chmod(a.token_file, 0644);
	ck_assert_int_eq(oauth_token(&a, 0, &tok, &err), OAUTH_CONFIG);
	ck_assert_msg(strstr(err, "chmod 600") != NULL, "%s", err);
	ck_assert_ptr_null(strstr(err, TOKEN));
	g_clear_pointer(&err, g_free);
	chmod(a.token_file, 0600);
	ck_assert_int_eq(oauth_token(&a, 0, &tok, &err), OAUTH_OK);
	ck_assert_str_eq(tok, TOKEN);
	conf_secret_free(&tok);
	ck_assert_ptr_null(tok);
	ck_assert(g_file_set_contents(a.token_file, "Bearer x y\n", -1,
	    NULL));
	chmod(a.token_file, 0600);
	ck_assert_int_eq(oauth_token(&a, 0, &tok, &err), OAUTH_CONFIG);
	ck_assert_msg(strstr(err, "does not hold an access token") != NULL,
	    "%s", err);
	g_free(err);
	unlink(a.token_file);
	rmdir(dir);
	g_free(a.token_file);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("oauth");
	TCase *tc = tcase_create("oauth");
	SRunner *sr;
	int failed;

	log_init("check_oauth", 0, LOG_LVL_ERROR);
	/* As poll runs: the signals it handles between messages blocked. */
	{
		sigset_t block;

		sigemptyset(&block);
		sigaddset(&block, SIGTERM);
		sigaddset(&block, SIGINT);
		sigaddset(&block, SIGHUP);
		sigprocmask(SIG_BLOCK, &block, NULL);
		signal(SIGPIPE, SIG_IGN);
	}
	tcase_add_loop_test(tc, test_sasl, 0, G_N_ELEMENTS(sasl));
	tcase_add_loop_test(tc, test_token_ok, 0, G_N_ELEMENTS(tokens));
	tcase_add_loop_test(tc, test_command, 0, G_N_ELEMENTS(commands));
	tcase_add_test(tc, test_file);
	tcase_set_timeout(tc, 30);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
