/* The LMTP session over arbitrary client bytes: whatever arrives, every
 * reply is a well-formed status line (three digits, then a space or a
 * dash, CRLF), the same input cut differently gives the same replies
 * (pipelining), a message is handed over only with recipients and within
 * the size limit, and nothing is read after QUIT. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "fuzz-common.h"
#include "lmtp.h"

#define die(...) do { fprintf(stderr, "fuzz-lmtp: " __VA_ARGS__); \
	fputc('\n', stderr); abort(); } while (0)

static const struct lmtp_limits lim = { 4096, 4, 256 };

static char *
fz_rcpt(void *arg, const char *rcpt)
{
	(void)arg;
	return rcpt[0] == 'x' ? g_strdup("550 5.1.1 no") : NULL;
}

static void
fz_deliver(void *arg, const struct lmtp_message *m, char **replies)
{
	(void)arg;
	if (m->nrcpts == 0 || m->nrcpts > lim.max_rcpts || m->len >
	    lim.max_size)
		die("a message with %zu recipients and %zu bytes", m->nrcpts,
		    m->len);
	for (size_t i = 0; i < m->nrcpts; i++)
		replies[i] = g_strdup(i % 2 ? "451 4.3.0 later" :
		    "250 2.0.0 ok");
}

/* All the replies for data fed in pieces of step bytes (0: whole). */
static char *
fz_session(const char *data, size_t size, size_t step)
{
	struct lmtp_session *s = lmtp_session_new("mx", &lim, fz_rcpt,
	    fz_deliver, NULL);
	GString *out = g_string_new(NULL);
	size_t off = 0;
	int done = 0;

	while (off < size && !done) {
		size_t n = step == 0 ? size : MIN(step, size - off);
		char *r = lmtp_session_feed(s, data + off, n, &done);

		g_string_append(out, r);
		g_free(r);
		off += n;
	}
	lmtp_session_free(&s);
	return g_string_free(out, FALSE);
}

static void
fz_check_lines(const char *r)
{
	for (const char *p = r; *p != '\0';) {
		const char *e = strstr(p, "\r\n");

		if (e == NULL || e - p < 4 || !g_ascii_isdigit(p[0]) ||
		    !g_ascii_isdigit(p[1]) || !g_ascii_isdigit(p[2]) ||
		    (p[3] != ' ' && p[3] != '-'))
			die("malformed reply line: %.40s", p);
		p = e + 2;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *whole = fz_session((const char *)data, size, 0);
	char *cut = fz_session((const char *)data, size, 3);

	fz_check_lines(whole);
	if (strcmp(whole, cut) != 0)
		die("replies depend on how the input is cut");
	g_free(whole);
	g_free(cut);
	return 0;
}
