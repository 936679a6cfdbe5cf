/* Tagging: our X-Triage-* header fields prepended to the original bytes.
 *
 * Mail must never be altered by accident, so this works on raw bytes and
 * changes exactly two things: a leading mbox "From " envelope line is
 * dropped (it is not part of the message, RFC 4155), and X-Triage-* fields
 * already in the header block are removed so that a sender cannot forge
 * our verdict. Everything else, odd line endings, 8-bit bytes and NULs
 * included, is copied as it is. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <glib.h>

#include "tag.h"

#define TAG_PREFIX	"X-Triage-"
#define TAG_WIDTH	76	/* fold lines longer than this (RFC 5322 2.1.1) */

/* Length of the line at p, including its "\n" if there is one. */
static size_t
tag_line_len(const char *p, size_t left)
{
	const char *nl = memchr(p, '\n', left);

	return nl != NULL ? (size_t)(nl - p) + 1 : left;
}

/* An empty line ("\n" or "\r\n") ends the header block. */
static int
tag_line_empty(const char *p, size_t n)
{
	return (n == 1 && p[0] == '\n') ||
	    (n == 2 && p[0] == '\r' && p[1] == '\n');
}

/* Whether the line is a header field: a name of printable ASCII other than
 * ':' (RFC 5322 3.6.8), optional white space (the obsolete syntax of
 * 4.5.8), then ':'. */
static int
tag_line_is_field(const char *p, size_t n)
{
	size_t i = 0;

	while (i < n && p[i] > 32 && p[i] < 127 && p[i] != ':')
		i++;
	if (i == 0)
		return 0;
	while (i < n && (p[i] == ' ' || p[i] == '\t'))
		i++;
	return i < n && p[i] == ':';
}

static int
tag_line_is_ours(const char *p, size_t n)
{
	size_t plen = sizeof(TAG_PREFIX) - 1;

	return n > plen && strncasecmp(p, TAG_PREFIX, plen) == 0 &&
	    tag_line_is_field(p, n);
}

const char *
tag_eol(const char *raw, size_t len)
{
	const char *nl;

	if (raw == NULL || (nl = memchr(raw, '\n', len)) == NULL)
		return "\n";
	return nl > raw && nl[-1] == '\r' ? "\r\n" : "\n";
}

/*
 * Writes "Name: value", folded before white space so that unfolding
 * (RFC 5322 2.2.3) gives back the value exactly; a word longer than a line
 * stays whole. CR and LF in a value would start a new header field, so
 * they become spaces.
 */
static void
tag_write_field(FILE *fp, const struct tag_field *f, const char *eol)
{
	const char *v = f->value != NULL ? f->value : "";
	size_t col, words = 0;

	fprintf(fp, "%s:", f->name);
	col = strlen(f->name) + 1;
	if (*v != ' ' && *v != '\t') {
		fputc(' ', fp);
		col++;
	}
	while (*v != '\0') {
		size_t ws = strspn(v, " \t\r\n");
		size_t word = strcspn(v + ws, " \t\r\n");

		if (words > 0 && ws > 0 && word > 0 &&
		    col + ws + word > TAG_WIDTH) {
			fputs(eol, fp);
			col = 0;
		}
		for (size_t i = 0; i < ws + word; i++)
			fputc(v[i] == '\r' || v[i] == '\n' ? ' ' : v[i], fp);
		col += ws + word;
		if (word > 0)
			words++;
		v += ws + word;
	}
	fputs(eol, fp);
}

/* Copies the original, minus the envelope line and our forged fields. */
static void
tag_write_body(FILE *fp, const char *raw, size_t len)
{
	size_t off = 0, n;
	int dropping = 0;

	if (len >= 5 && memcmp(raw, "From ", 5) == 0)
		off = tag_line_len(raw, len);

	/* A message that does not start with a header field is kept whole. */
	n = tag_line_len(raw + off, len - off);
	if (!tag_line_is_field(raw + off, n)) {
		fwrite(raw + off, 1, len - off, fp);
		return;
	}

	while (off < len) {
		const char *p = raw + off;

		n = tag_line_len(p, len - off);
		if (tag_line_empty(p, n))
			break;
		if (p[0] == ' ' || p[0] == '\t') {
			if (!dropping)
				fwrite(p, 1, n, fp);
		} else if (tag_line_is_ours(p, n))
			dropping = 1;
		else {
			dropping = 0;
			fwrite(p, 1, n, fp);
		}
		off += n;
	}
	fwrite(raw + off, 1, len - off, fp);
}

/* Caller frees (free()). NULL only when out of memory. */
char *
tag_apply(const char *raw, size_t len, const struct tag_field *f, size_t n,
    size_t *outlen)
{
	char *out = NULL;
	size_t size = 0, skip = 0;
	const char *eol;
	FILE *fp;

	if (raw == NULL)
		len = 0;
	if (len >= 5 && memcmp(raw, "From ", 5) == 0)
		skip = tag_line_len(raw, len);
	/* The message's line ending, not the envelope line's. */
	eol = tag_eol(raw + skip, len - skip);

	if ((fp = open_memstream(&out, &size)) == NULL)
		return NULL;
	for (size_t i = 0; i < n; i++)
		tag_write_field(fp, &f[i], eol);
	/* A message whose first line starts with a blank would continue our
	 * last field (RFC 5322 2.2.3 folding) and let a sender append to the
	 * verdict: such a line is given a field of its own to continue. */
	if (len > skip && (raw[skip] == ' ' || raw[skip] == '\t'))
		fprintf(fp, "X-Triage-Malformed: the message starts with a "
		    "folded line%s", eol);
	if (len > 0)
		tag_write_body(fp, raw, len);
	if (ferror(fp)) {
		fclose(fp);
		free(out);
		return NULL;
	}
	if (fclose(fp) != 0) {
		free(out);
		return NULL;
	}
	if (outlen != NULL)
		*outlen = size;
	return out;
}

/* Caller frees. */
char *
tag_get(const char *raw, size_t len, const char *name)
{
	size_t off = 0, n, nlen = strlen(name);
	GString *v = NULL;

	while (off < len) {
		const char *p = raw + off;

		n = tag_line_len(p, len - off);
		if (tag_line_empty(p, n))
			break;
		if (v != NULL && (p[0] == ' ' || p[0] == '\t')) {
			g_string_append_c(v, ' ');
			g_string_append_len(v, p, (gssize)n);
		} else if (v != NULL)
			break;
		else if (n > nlen && strncasecmp(p, name, nlen) == 0 &&
		    p[nlen] == ':')
			v = g_string_new_len(p + nlen + 1, (gssize)(n - nlen - 1));
		off += n;
	}
	if (v == NULL)
		return NULL;
	/* Unfold: line breaks out, runs of blanks to one, ends trimmed. */
	GString *o = g_string_new(NULL);
	for (size_t i = 0; i < v->len; i++) {
		char ch = v->str[i];
		if (ch == '\r' || ch == '\n' || ch == '\t')
			ch = ' ';
		if (ch == ' ' && (o->len == 0 || o->str[o->len - 1] == ' '))
			continue;
		g_string_append_c(o, ch);
	}
	while (o->len > 0 && o->str[o->len - 1] == ' ')
		g_string_truncate(o, o->len - 1);
	g_string_free(v, TRUE);
	return g_string_free(o, FALSE);
}
