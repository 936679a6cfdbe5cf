/* The LMTP session (lmtp.h): RFC 2033 on top of RFC 5321's commands,
 * with RFC 1870 (SIZE), RFC 2920 (PIPELINING) and RFC 2034 (enhanced
 * status codes). */
#include <string.h>

#include <glib.h>

#include "lmtp.h"

enum lmtp_state {
	LMTP_START,		/* before LHLO */
	LMTP_READY,		/* after LHLO, no transaction */
	LMTP_MAIL,		/* after MAIL FROM */
	LMTP_DATA,		/* reading the message */
	LMTP_QUIT,
};

struct lmtp_session {
	char *hostname;
	struct lmtp_limits lim;
	lmtp_rcpt_fn rcpt_fn;
	lmtp_deliver_fn deliver_fn;
	void *arg;
	enum lmtp_state state;
	GString *in;		/* bytes not yet a whole line */
	int skipping;		/* discarding an over-long command line */
	int midline;		/* a data line was cut (no end seen yet) */
	char *helo, *sender;
	GPtrArray *rcpts;	/* char * */
	GString *data;
	size_t size;		/* message bytes seen, kept or not */
};

struct lmtp_session *
lmtp_session_new(const char *hostname, const struct lmtp_limits *lim,
    lmtp_rcpt_fn rcpt, lmtp_deliver_fn deliver, void *arg)
{
	struct lmtp_session *s = g_new0(struct lmtp_session, 1);

	s->hostname = g_strdup(hostname);
	s->lim = *lim;
	s->rcpt_fn = rcpt;
	s->deliver_fn = deliver;
	s->arg = arg;
	s->in = g_string_new(NULL);
	s->rcpts = g_ptr_array_new_with_free_func(g_free);
	s->data = g_string_new(NULL);
	return s;
}

/* Back to "no transaction" (RSET, after a message). */
static void
lmtp_reset(struct lmtp_session *s)
{
	g_clear_pointer(&s->sender, g_free);
	g_ptr_array_set_size(s->rcpts, 0);
	g_string_truncate(s->data, 0);
	s->size = 0;
	if (s->state != LMTP_START && s->state != LMTP_QUIT)
		s->state = LMTP_READY;
}

void
lmtp_session_free(struct lmtp_session **s)
{
	if (s == NULL || *s == NULL)
		return;
	g_free((*s)->hostname);
	g_free((*s)->helo);
	g_free((*s)->sender);
	g_ptr_array_unref((*s)->rcpts);
	g_string_free((*s)->in, TRUE);
	g_string_free((*s)->data, TRUE);
	g_free(*s);
	*s = NULL;
}

char *
lmtp_session_greeting(const struct lmtp_session *s)
{
	return g_strdup_printf("220 %s LMTP mailtriage ready\r\n",
	    s->hostname);
}

int
lmtp_session_idle(const struct lmtp_session *s)
{
	return s->state == LMTP_START || s->state == LMTP_READY;
}

static void
lmtp_reply(GString *out, const char *line)
{
	g_string_append(out, line);
	g_string_append(out, "\r\n");
}

/* "<addr> PARAMS" after "FROM:" or "TO:": the address without <> (caller
 * frees) and *params pointing after it; NULL when malformed. A missing
 * space after the colon is tolerated, as most servers do. */
static char *
lmtp_path(const char *p, const char **params)
{
	const char *end;

	while (*p == ' ')
		p++;
	if (*p != '<')
		return NULL;
	/* A quoted local part may hold '>': RFC 5321 4.1.2. */
	for (end = p + 1; *end != '\0' && *end != '>'; end++) {
		if (*end != '"')
			continue;
		while (*++end != '\0' && *end != '"')
			if (*end == '\\' && end[1] != '\0')
				end++;
		if (*end == '\0')	/* an unterminated quote */
			return NULL;
	}
	if (*end != '>')
		return NULL;
	*params = end + 1;
	return g_strndup(p + 1, (gsize)(end - p - 1));
}

/* MAIL FROM:<addr> [SIZE=n] [BODY=7BIT|8BITMIME]. */
static void
lmtp_mail(struct lmtp_session *s, const char *arg, GString *out)
{
	const char *params;
	char *from, **kv;
	int bad = 0;

	if (s->state == LMTP_START) {
		lmtp_reply(out, "503 5.5.1 LHLO first");
		return;
	}
	if (s->state != LMTP_READY) {
		lmtp_reply(out, "503 5.5.1 nested MAIL command");
		return;
	}
	if (g_ascii_strncasecmp(arg, "FROM:", 5) != 0 ||
	    (from = lmtp_path(arg + 5, &params)) == NULL) {
		lmtp_reply(out, "501 5.5.4 syntax: MAIL FROM:<address>");
		return;
	}
	kv = g_strsplit(params, " ", -1);
	for (char **p = kv; *p != NULL && !bad; p++) {
		if (**p == '\0' || g_ascii_strncasecmp(*p, "BODY=", 5) == 0)
			continue;
		if (g_ascii_strncasecmp(*p, "SIZE=", 5) == 0) {
			char *end;
			guint64 n = g_ascii_strtoull(*p + 5, &end, 10);

			if (*end != '\0' || end == *p + 5) {
				lmtp_reply(out, "501 5.5.4 bad SIZE");
				bad = 1;
			} else if (n > s->lim.max_size) {
				char *m = g_strdup_printf("552 5.3.4 message "
				    "too big (at most %zu bytes)",
				    s->lim.max_size);
				lmtp_reply(out, m);
				g_free(m);
				bad = 1;
			}
			continue;
		}
		lmtp_reply(out, "555 5.5.4 unsupported MAIL parameter");
		bad = 1;
	}
	g_strfreev(kv);
	if (bad) {
		g_free(from);
		return;
	}
	s->sender = from;
	s->state = LMTP_MAIL;
	lmtp_reply(out, "250 2.1.0 sender OK");
}

static void
lmtp_rcpt(struct lmtp_session *s, const char *arg, GString *out)
{
	const char *params;
	char *to, *refused;

	if (s->state != LMTP_MAIL) {
		lmtp_reply(out, "503 5.5.1 MAIL first");
		return;
	}
	to = g_ascii_strncasecmp(arg, "TO:", 3) == 0 ? lmtp_path(arg + 3,
	    &params) : NULL;
	if (to == NULL || *to == '\0') {
		g_free(to);
		lmtp_reply(out, "501 5.5.4 syntax: RCPT TO:<address>");
		return;
	}
	if (s->rcpts->len >= s->lim.max_rcpts) {
		lmtp_reply(out, "452 4.5.3 too many recipients");
		g_free(to);
		return;
	}
	if ((refused = s->rcpt_fn(s->arg, to)) != NULL) {
		lmtp_reply(out, refused);
		g_free(refused);
		g_free(to);
		return;
	}
	g_ptr_array_add(s->rcpts, to);
	lmtp_reply(out, "250 2.1.5 recipient OK");
}

/* The final dot: one reply per accepted recipient (RFC 2033 4.2). */
static void
lmtp_deliver(struct lmtp_session *s, GString *out)
{
	size_t n = s->rcpts->len;
	char **replies = g_new0(char *, n + 1);

	if (s->size > s->lim.max_size) {
		for (size_t i = 0; i < n; i++)
			replies[i] = g_strdup_printf("552 5.3.4 message too "
			    "big (at most %zu bytes)", s->lim.max_size);
	} else {
		struct lmtp_message m = { s->helo, s->sender,
		    (char **)s->rcpts->pdata, n, s->data->str, s->data->len };

		s->deliver_fn(s->arg, &m, replies);
	}
	for (size_t i = 0; i < n; i++) {
		lmtp_reply(out, replies[i] != NULL ? replies[i] :
		    "451 4.3.0 not delivered");
		g_free(replies[i]);
	}
	g_free(replies);
	lmtp_reset(s);
}

/* One line of the message (without its line ending). */
static void
lmtp_data_line(struct lmtp_session *s, const char *line, size_t len,
    GString *out)
{
	int cont = s->midline;

	s->midline = 0;
	if (!cont && len == 1 && line[0] == '.') {
		lmtp_deliver(s, out);
		return;
	}
	if (!cont && len > 0 && line[0] == '.') {	/* dot-stuffing */
		line++;
		len--;
	}
	s->size += len + 1;
	/* Past the limit the rest is read and dropped: the client hears
	 * 552 at the end, as it would have for SIZE=. */
	if (s->size <= s->lim.max_size) {
		g_string_append_len(s->data, line, (gssize)len);
		g_string_append_c(s->data, '\n');
	}
}

static void
lmtp_command(struct lmtp_session *s, const char *line, GString *out)
{
	const char *arg = strchr(line, ' ');
	size_t vlen = arg != NULL ? (size_t)(arg - line) : strlen(line);
	char verb[8];

	if (vlen >= sizeof(verb)) {
		lmtp_reply(out, "500 5.5.2 unknown command");
		return;
	}
	memcpy(verb, line, vlen);
	verb[vlen] = '\0';
	arg = arg != NULL ? arg + 1 : "";
	if (g_ascii_strcasecmp(verb, "LHLO") == 0) {
		if (*arg == '\0') {
			lmtp_reply(out, "501 5.5.4 syntax: LHLO hostname");
			return;
		}
		g_free(s->helo);
		s->helo = g_strdup(arg);
		lmtp_reset(s);
		s->state = LMTP_READY;
		g_string_append_printf(out, "250-%s\r\n250-PIPELINING\r\n"
		    "250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n"
		    "250 SIZE %zu\r\n", s->hostname, s->lim.max_size);
	} else if (g_ascii_strcasecmp(verb, "HELO") == 0 ||
	    g_ascii_strcasecmp(verb, "EHLO") == 0)
		lmtp_reply(out, "500 5.5.1 this is LMTP: LHLO, not HELO/EHLO");
	else if (g_ascii_strcasecmp(verb, "MAIL") == 0)
		lmtp_mail(s, arg, out);
	else if (g_ascii_strcasecmp(verb, "RCPT") == 0)
		lmtp_rcpt(s, arg, out);
	else if (g_ascii_strcasecmp(verb, "DATA") == 0) {
		if (s->state != LMTP_MAIL || s->rcpts->len == 0)
			lmtp_reply(out, "503 5.5.1 no valid recipients");
		else {
			s->state = LMTP_DATA;
			lmtp_reply(out, "354 2.0.0 go ahead, end with <CRLF>."
			    "<CRLF>");
		}
	} else if (g_ascii_strcasecmp(verb, "RSET") == 0) {
		lmtp_reset(s);
		lmtp_reply(out, "250 2.0.0 OK");
	} else if (g_ascii_strcasecmp(verb, "NOOP") == 0)
		lmtp_reply(out, "250 2.0.0 OK");
	else if (g_ascii_strcasecmp(verb, "QUIT") == 0) {
		s->state = LMTP_QUIT;
		lmtp_reply(out, "221 2.0.0 bye");
	} else if (g_ascii_strcasecmp(verb, "VRFY") == 0)
		lmtp_reply(out, "252 2.5.0 cannot verify, try RCPT");
	else
		lmtp_reply(out, "500 5.5.1 unknown command");
}

char *
lmtp_session_feed(struct lmtp_session *s, const char *buf, size_t len,
    int *done)
{
	GString *out = g_string_new(NULL);
	size_t start = 0;

	g_string_append_len(s->in, buf, (gssize)len);
	while (s->state != LMTP_QUIT) {
		const char *nl = memchr(s->in->str + start, '\n',
		    s->in->len - start);
		const char *line = s->in->str + start;
		size_t llen;

		if (nl == NULL) {
			/* An over-long command line: refused once, then
			 * skipped to its end. */
			if (s->state != LMTP_DATA && !s->skipping &&
			    s->in->len - start > s->lim.max_line) {
				lmtp_reply(out, "500 5.5.2 line too long");
				s->skipping = 1;
			}
			if (s->skipping || (s->state == LMTP_DATA &&
			    s->in->len - start > 65536)) {
				/* A data line without end: kept as is. */
				size_t keep = 0;

				if (s->state == LMTP_DATA && !s->skipping) {
					/* Its dot (if any) was seen; a CR
					 * at the cut may begin its CRLF. */
					if (!s->midline && line[0] == '.') {
						line++;
						start++;
					}
					keep = s->in->str[s->in->len - 1] ==
					    '\r' ? 1 : 0;
					s->midline = 1;
					s->size += s->in->len - start - keep;
					if (s->size <= s->lim.max_size)
						g_string_append_len(s->data,
						    line, (gssize)(s->in->len -
						    start - keep));
				}
				start = s->in->len - keep;
			}
			break;
		}
		llen = (size_t)(nl - line);
		start += llen + 1;
		if (llen > 0 && line[llen - 1] == '\r')
			llen--;
		if (s->skipping) {
			s->skipping = 0;
			continue;
		}
		if (s->state == LMTP_DATA) {
			lmtp_data_line(s, line, llen, out);
			continue;
		}
		{
			char *cmd = g_strndup(line, llen);

			if (strlen(cmd) != llen || llen > s->lim.max_line)
				lmtp_reply(out, llen > s->lim.max_line ?
				    "500 5.5.2 line too long" :
				    "500 5.5.2 NUL in command");
			else
				lmtp_command(s, cmd, out);
			g_free(cmd);
		}
	}
	g_string_erase(s->in, 0, (gssize)MIN(start, s->in->len));
	*done = s->state == LMTP_QUIT;
	return g_string_free(out, FALSE);
}
