/* Splitting an mbox into its messages (see mbox.h for the rules
 * and the quoting we undo). Works on a buffer, so that scan can mmap a
 * large mbox instead of reading it into memory. */
#include <stdlib.h>
#include <string.h>

#include "mbox.h"

static int
mbox_is_from(const char *p, size_t n)
{
	return n >= 5 && memcmp(p, "From ", 5) == 0;
}

/* The end of the line starting at p: just past its '\n', or len. */
static size_t
mbox_line_end(const char *buf, size_t len, size_t p)
{
	const char *nl = memchr(buf + p, '\n', len - p);

	return nl != NULL ? (size_t)(nl - buf) + 1 : len;
}

/* A line holding only "\n" or "\r\n". */
static int
mbox_is_empty(const char *buf, size_t start, size_t end)
{
	size_t n = end - start;

	return (n == 1 && buf[start] == '\n') ||
	    (n == 2 && buf[start] == '\r' && buf[start + 1] == '\n');
}

void
mbox_iter_init(struct mbox_iter *it, const char *buf, size_t len)
{
	size_t p = 0, e;

	/* Empty lines before the first From_ are sloppiness, not a message. */
	while (p < len && mbox_is_empty(buf, p, e = mbox_line_end(buf, len, p)))
		p = e;
	it->buf = buf;
	it->len = len;
	it->pos = p;
	it->n = 0;
}

int
mbox_next(struct mbox_iter *it, const char **msg, size_t *len,
    const char **from_line)
{
	const char *buf = it->buf;
	size_t p = it->pos, body, end, last = (size_t)-1;
	int prev_empty = 0;

	if (p >= it->len)
		return 0;
	*from_line = NULL;
	if (mbox_is_from(buf + p, it->len - p)) {
		*from_line = buf + p;
		p = mbox_line_end(buf, it->len, p);
	}
	body = p;
	while (p < it->len) {
		size_t e;

		if (prev_empty && mbox_is_from(buf + p, it->len - p))
			break;
		e = mbox_line_end(buf, it->len, p);
		prev_empty = mbox_is_empty(buf, p, e);
		last = p;
		p = e;
	}
	/* The empty line before the next From_ (or ending the file) is the
	 * writer's separator, not the message's. */
	end = p;
	if (prev_empty && last != (size_t)-1)
		end = last;
	*msg = buf + body;
	*len = end - body;
	it->pos = p;
	it->n++;
	return 1;
}

size_t
mbox_count(const char *buf, size_t len)
{
	struct mbox_iter it;
	const char *m, *f;
	size_t n;

	mbox_iter_init(&it, buf, len);
	while (mbox_next(&it, &m, &n, &f))
		;
	return it.n;
}

/* Length of the ">" run at the start of a quoted From line, or 0. */
static size_t
mbox_quote_depth(const char *p, size_t n)
{
	size_t q = 0;

	while (q < n && p[q] == '>')
		q++;
	return q > 0 && mbox_is_from(p + q, n - q) ? q : 0;
}

int
mbox_is_quoted(const char *msg, size_t len)
{
	for (size_t p = 0; p < len; p = mbox_line_end(msg, len, p))
		if (msg[p] == '>' && mbox_quote_depth(msg + p, len - p) > 0)
			return 1;
	return 0;
}

char *
mbox_unescape(const char *msg, size_t len, size_t *outlen)
{
	char *out = malloc(len + 1), *o = out;

	if (out == NULL)
		abort();
	for (size_t p = 0; p < len;) {
		size_t e = mbox_line_end(msg, len, p);

		if (msg[p] == '>' && mbox_quote_depth(msg + p, e - p) > 0)
			p++;
		memcpy(o, msg + p, e - p);
		o += e - p;
		p = e;
	}
	*o = '\0';
	*outlen = (size_t)(o - out);
	return out;
}
