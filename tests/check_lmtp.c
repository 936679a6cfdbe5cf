/* Tests for lmtp.c: sessions as tables of {client input, server replies},
 * fed whole and cut at every byte (pipelining: the replies must not
 * depend on how the input arrives). */
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <glib.h>

#include "lmtp.h"

/* What the callbacks saw. */
struct seen {
	GString *log;		/* "sender>rcpt,rcpt:data|" per message */
};

static char *
rcpt_cb(void *arg, const char *rcpt)
{
	(void)arg;
	if (strstr(rcpt, "nobody") != NULL)
		return g_strdup_printf("550 5.1.1 <%s>: no such mailbox",
		    rcpt);
	return NULL;
}

static void
deliver_cb(void *arg, const struct lmtp_message *m, char **replies)
{
	struct seen *sn = arg;

	g_string_append_printf(sn->log, "%s>", m->sender);
	for (size_t i = 0; i < m->nrcpts; i++) {
		g_string_append_printf(sn->log, "%s%s", i ? "," : "",
		    m->rcpts[i]);
		replies[i] = strstr(m->rcpts[i], "busy") != NULL ?
		    g_strdup("451 4.3.0 try later") :
		    g_strdup_printf("250 2.0.0 <%s> filed", m->rcpts[i]);
	}
	g_string_append_c(sn->log, ':');
	g_string_append_len(sn->log, m->data, (gssize)m->len);
	g_string_append_c(sn->log, '|');
}

static const struct lmtp_limits lim = { 100, 3, 64 };

#define LHLO "LHLO client\r\n"
#define LHLO_OK "250-mx\r\n250-PIPELINING\r\n250-ENHANCEDSTATUSCODES\r\n" \
	"250-8BITMIME\r\n250 SIZE 100\r\n"

/* An input with a NUL: its length is not strlen's. */
#define NUL_IN LHLO "NO\0OP\r\nQUIT\r\nNOOP\r\n"

static const struct {
	const char *in, *out, *delivered;
	int done;
	size_t len;		/* 0: strlen(in) */
} cases[] = {
	/* a whole message, two recipients, one reply each */
	{ LHLO "MAIL FROM:<a@x>\r\nRCPT TO:<s@y>\r\nRCPT TO:<t@y>\r\nDATA\r\n"
	  "Subject: hi\r\n\r\nbody\r\n.\r\nQUIT\r\n",
	  LHLO_OK "250 2.1.0 sender OK\r\n250 2.1.5 recipient OK\r\n"
	  "250 2.1.5 recipient OK\r\n354 2.0.0 go ahead, end with "
	  "<CRLF>.<CRLF>\r\n250 2.0.0 <s@y> filed\r\n250 2.0.0 <t@y> filed\r\n"
	  "221 2.0.0 bye\r\n", "a@x>s@y,t@y:Subject: hi\n\nbody\n|", 1, 0 },
	/* per-recipient outcome; a refused recipient gets no DATA reply */
	{ LHLO "MAIL FROM:<>\r\nRCPT TO:<nobody@y>\r\nRCPT TO:<busy@y>\r\n"
	  "RCPT TO:<s@y>\r\nDATA\r\nx\r\n.\r\n",
	  LHLO_OK "250 2.1.0 sender OK\r\n550 5.1.1 <nobody@y>: no such "
	  "mailbox\r\n250 2.1.5 recipient OK\r\n250 2.1.5 recipient OK\r\n"
	  "354 2.0.0 go ahead, end with <CRLF>.<CRLF>\r\n451 4.3.0 try "
	  "later\r\n250 2.0.0 <s@y> filed\r\n", ">busy@y,s@y:x\n|", 0, 0 },
	/* dot-stuffing undone, bare LF accepted, LF endings handed over */
	{ LHLO "MAIL FROM:<a@x>\r\nRCPT TO:<s@y>\r\nDATA\r\n..dot\n.\r\n",
	  LHLO_OK "250 2.1.0 sender OK\r\n250 2.1.5 recipient OK\r\n"
	  "354 2.0.0 go ahead, end with <CRLF>.<CRLF>\r\n"
	  "250 2.0.0 <s@y> filed\r\n", "a@x>s@y:.dot\n|", 0, 0 },
	/* order of commands */
	{ "MAIL FROM:<a@x>\r\n" LHLO "RCPT TO:<s@y>\r\nDATA\r\n",
	  "503 5.5.1 LHLO first\r\n" LHLO_OK "503 5.5.1 MAIL first\r\n"
	  "503 5.5.1 no valid recipients\r\n", "", 0, 0 },
	{ LHLO "MAIL FROM:<a@x>\r\nMAIL FROM:<b@x>\r\nRCPT TO:<nobody@y>\r\n"
	  "DATA\r\nRSET\r\nRCPT TO:<s@y>\r\n",
	  LHLO_OK "250 2.1.0 sender OK\r\n503 5.5.1 nested MAIL command\r\n"
	  "550 5.1.1 <nobody@y>: no such mailbox\r\n"
	  "503 5.5.1 no valid recipients\r\n250 2.0.0 OK\r\n"
	  "503 5.5.1 MAIL first\r\n", "", 0, 0 },
	/* syntax */
	{ "EHLO x\r\nLHLO\r\nbogus\r\n" LHLO "MAIL FROM:a@x\r\n"
	  "MAIL FROM:<a@x> SIZE=zz\r\nMAIL FROM:<a@x> AUTH=<>\r\n"
	  "MAIL FROM:<a@x> BODY=8BITMIME SIZE=10\r\nRCPT TO:<>\r\n"
	  "RCPT TO:s@y\r\nNOOP\r\nVRFY s\r\n",
	  "500 5.5.1 this is LMTP: LHLO, not HELO/EHLO\r\n"
	  "501 5.5.4 syntax: LHLO hostname\r\n500 5.5.1 unknown command\r\n"
	  LHLO_OK "501 5.5.4 syntax: MAIL FROM:<address>\r\n"
	  "501 5.5.4 bad SIZE\r\n555 5.5.4 unsupported MAIL parameter\r\n"
	  "250 2.1.0 sender OK\r\n501 5.5.4 syntax: RCPT TO:<address>\r\n"
	  "501 5.5.4 syntax: RCPT TO:<address>\r\n250 2.0.0 OK\r\n"
	  "252 2.5.0 cannot verify, try RCPT\r\n", "", 0, 0 },
	/* limits: SIZE= too big, too many recipients, too big a message,
	 * too long a line */
	{ LHLO "MAIL FROM:<a@x> SIZE=101\r\nMAIL FROM:<a@x>\r\n"
	  "RCPT TO:<s1@y>\r\nRCPT TO:<s2@y>\r\nRCPT TO:<s3@y>\r\n"
	  "RCPT TO:<s4@y>\r\nDATA\r\n"
	  "0123456789012345678901234567890123456789012345678901234567890\r\n"
	  "0123456789012345678901234567890123456789012345678901234567890\r\n"
	  ".\r\nNOOP 0123456789012345678901234567890123456789012345678901234567"
	  "890123\r\nNOOP\r\n",
	  LHLO_OK "552 5.3.4 message too big (at most 100 bytes)\r\n"
	  "250 2.1.0 sender OK\r\n250 2.1.5 recipient OK\r\n"
	  "250 2.1.5 recipient OK\r\n250 2.1.5 recipient OK\r\n"
	  "452 4.5.3 too many recipients\r\n"
	  "354 2.0.0 go ahead, end with <CRLF>.<CRLF>\r\n"
	  "552 5.3.4 message too big (at most 100 bytes)\r\n"
	  "552 5.3.4 message too big (at most 100 bytes)\r\n"
	  "552 5.3.4 message too big (at most 100 bytes)\r\n"
	  "500 5.5.2 line too long\r\n250 2.0.0 OK\r\n", "", 0, 0 },
	/* a quoted local part holding '>'; an unterminated quote */
	{ LHLO "MAIL FROM:<\"a>b\"@x>\r\n", LHLO_OK "250 2.1.0 sender OK\r\n",
	  "", 0, 0 },
	{ LHLO "MAIL FROM:<\"abc\r\nMAIL FROM:<a@x>\r\nRCPT TO:<\"x\r\n",
	  LHLO_OK "501 5.5.4 syntax: MAIL FROM:<address>\r\n"
	  "250 2.1.0 sender OK\r\n501 5.5.4 syntax: RCPT TO:<address>\r\n",
	  "", 0, 0 },
	/* NUL in a command; nothing after QUIT is read */
	{ NUL_IN, LHLO_OK "500 5.5.2 NUL in command\r\n221 2.0.0 bye\r\n", "",
	  1, sizeof(NUL_IN) - 1 },
};

/* Feeds in, cut into pieces of step bytes (0: whole). */
static void
run(int i, size_t step)
{
	struct seen sn = { g_string_new(NULL) };
	struct lmtp_session *s = lmtp_session_new("mx", &lim, rcpt_cb,
	    deliver_cb, &sn);
	GString *out = g_string_new(NULL);
	size_t len = cases[i].len != 0 ? cases[i].len : strlen(cases[i].in);
	size_t off = 0;
	int done = 0;

	while (off < len && !done) {
		size_t n = step == 0 ? len : MIN(step, len - off);
		char *r = lmtp_session_feed(s, cases[i].in + off, n, &done);

		g_string_append(out, r);
		g_free(r);
		off += n;
	}
	ck_assert_str_eq(out->str, cases[i].out);
	ck_assert_str_eq(sn.log->str, cases[i].delivered);
	ck_assert_int_eq(done, cases[i].done);
	g_string_free(out, TRUE);
	g_string_free(sn.log, TRUE);
	lmtp_session_free(&s);
	ck_assert_ptr_null(s);
}

START_TEST(test_whole)
{
	run(_i, 0);
}
END_TEST

START_TEST(test_bytewise)
{
	run(_i, 1);
	run(_i, 7);
}
END_TEST

START_TEST(test_greeting_idle)
{
	struct seen sn = { g_string_new(NULL) };
	struct lmtp_session *s = lmtp_session_new("mx", &lim, rcpt_cb,
	    deliver_cb, &sn);
	char *g = lmtp_session_greeting(s), *r;
	int done;

	ck_assert_str_eq(g, "220 mx LMTP mailtriage ready\r\n");
	ck_assert(lmtp_session_idle(s));
	g_free(lmtp_session_feed(s, LHLO "MAIL FROM:<a@x>\r\n",
	    strlen(LHLO "MAIL FROM:<a@x>\r\n"), &done));
	ck_assert(!lmtp_session_idle(s));
	r = lmtp_session_feed(s, "RSET\r\n", 6, &done);
	ck_assert(lmtp_session_idle(s));
	g_free(r);
	g_free(g);
	g_string_free(sn.log, TRUE);
	lmtp_session_free(&s);
}
END_TEST

/* A data line longer than the read-ahead keeps its bytes and its dot. */
START_TEST(test_long_data_line)
{
	struct seen sn = { g_string_new(NULL) };
	struct lmtp_limits big = { 1 << 20, 10, 512 };
	struct lmtp_session *s = lmtp_session_new("mx", &big, rcpt_cb,
	    deliver_cb, &sn);
	GString *line = g_string_new(".");
	char *r;
	int done;

	for (int i = 0; i < 70000; i++)
		g_string_append_c(line, 'a' + i % 26);
	const char *head = LHLO "MAIL FROM:<a@x>\r\nRCPT TO:<s@y>\r\nDATA\r\n";

	g_free(lmtp_session_feed(s, head, strlen(head), &done));
	g_free(lmtp_session_feed(s, line->str, line->len, &done));
	r = lmtp_session_feed(s, "\r\n.\r\n", 5, &done);
	ck_assert_str_eq(r, "250 2.0.0 <s@y> filed\r\n");
	/* "a@x>s@y:" + the line without its stuffed dot + "\n|" */
	ck_assert_uint_eq(sn.log->len, 8 + 70000 + 2);
	ck_assert(strncmp(sn.log->str + 8, "abc", 3) == 0);
	g_free(r);
	g_string_free(line, TRUE);
	g_string_free(sn.log, TRUE);
	lmtp_session_free(&s);
}
END_TEST

/* A data line cut by the read-ahead just after its CR keeps its LF
 * ending: no stray CR in the message. */
START_TEST(test_cut_after_cr)
{
	struct seen sn = { g_string_new(NULL) };
	struct lmtp_limits big = { 1 << 20, 10, 512 };
	struct lmtp_session *s = lmtp_session_new("mx", &big, rcpt_cb,
	    deliver_cb, &sn);
	const char *head = LHLO "MAIL FROM:<a@x>\r\nRCPT TO:<s@y>\r\nDATA\r\n";
	GString *line = g_string_new(NULL);
	int done;

	for (int i = 0; i < 70000; i++)
		g_string_append_c(line, 'x');
	g_string_append_c(line, '\r');
	g_free(lmtp_session_feed(s, head, strlen(head), &done));
	g_free(lmtp_session_feed(s, line->str, line->len, &done));
	g_free(lmtp_session_feed(s, "\n.\r\n", 4, &done));
	ck_assert_ptr_null(strchr(sn.log->str, '\r'));
	ck_assert_uint_eq(sn.log->len, 8 + 70000 + 2);
	g_string_free(line, TRUE);
	g_string_free(sn.log, TRUE);
	lmtp_session_free(&s);
}
END_TEST

static Suite *
lmtp_suite(void)
{
	Suite *s = suite_create("lmtp");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_whole, 0, G_N_ELEMENTS(cases));
	tcase_add_loop_test(tc, test_bytewise, 0, G_N_ELEMENTS(cases));
	tcase_add_test(tc, test_greeting_idle);
	tcase_add_test(tc, test_long_data_line);
	tcase_add_test(tc, test_cut_after_cr);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(lmtp_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
