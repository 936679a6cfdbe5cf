/* HTML rendered to plain text: one pass over the bytes, no DOM.
 * Every scan moves forward, so the work is linear in the input. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <glib.h>

#include "html.h"

#define HTML_STACK_MAX	256	/* open elements tracked; deeper ones ignored */
#define HTML_QUOTE_MAX	8	/* deepest "> " prefix written */
#define HTML_NAME_MAX	16
#define HTML_FWD_WINDOW	4096	/* how far to look for an Outlook "Subject:" */
#define HTML_FWD_CHECKS	8	/* Outlook markers looked at per document */

enum {
	T_BLOCK = 0x01,		/* line break before and after */
	T_PARA = 0x02,		/* blank line before and after */
	T_BR = 0x04,
	T_VOID = 0x08,		/* never has content or an end tag */
	T_RAW = 0x10,		/* content skipped up to the end tag */
	T_CELL = 0x20,		/* table cell: a space before */
	T_PRE = 0x40,
	T_QUOTE = 0x80,		/* contents are quoted */
	T_AUTO = 0x100,		/* an open one of the same name is closed */
};

struct html_tag {
	const char	*name;
	unsigned	 flags;
};

/* Sorted by name for bsearch. */
static const struct html_tag html_tags[] = {
	{ "address", T_BLOCK }, { "area", T_VOID }, { "article", T_BLOCK },
	{ "aside", T_BLOCK }, { "base", T_VOID },
	{ "blockquote", T_PARA | T_QUOTE }, { "body", T_BLOCK },
	{ "br", T_BR | T_VOID }, { "caption", T_BLOCK },
	{ "center", T_BLOCK }, { "col", T_VOID }, { "dd", T_BLOCK | T_AUTO },
	{ "div", T_BLOCK }, { "dl", T_BLOCK }, { "dt", T_BLOCK | T_AUTO },
	{ "embed", T_VOID }, { "fieldset", T_BLOCK }, { "figure", T_BLOCK },
	{ "footer", T_BLOCK }, { "form", T_BLOCK }, { "h1", T_PARA },
	{ "h2", T_PARA }, { "h3", T_PARA }, { "h4", T_PARA }, { "h5", T_PARA },
	{ "h6", T_PARA }, { "header", T_BLOCK }, { "hr", T_BLOCK | T_VOID },
	{ "img", T_VOID }, { "input", T_VOID }, { "li", T_BLOCK | T_AUTO },
	{ "link", T_VOID }, { "main", T_BLOCK }, { "meta", T_VOID },
	{ "nav", T_BLOCK }, { "ol", T_PARA }, { "option", T_BLOCK | T_AUTO },
	{ "p", T_PARA | T_AUTO }, { "param", T_VOID }, { "pre", T_PARA | T_PRE },
	{ "script", T_RAW }, { "section", T_BLOCK }, { "source", T_VOID },
	{ "style", T_RAW }, { "table", T_PARA }, { "td", T_CELL | T_AUTO },
	{ "template", T_RAW }, { "th", T_CELL | T_AUTO }, { "title", T_RAW },
	{ "tr", T_BLOCK | T_AUTO }, { "track", T_VOID }, { "ul", T_PARA },
	{ "wbr", T_VOID }, { "xml", T_RAW },
};

/* Class names of quote containers (Gmail, Yahoo, Thunderbird). */
static const char *const html_quote_classes[] = {
	"gmail_quote", "yahoo_quoted", "moz-cite-prefix",
};

/* Element ids after which Outlook puts the reply history. */
static const char *const html_rest_ids[] = {
	"divRplyFwdMsg", "appendonsend", "OLK_SRC_BODY_SECTION",
};

struct html_buf {
	char	*p;
	size_t	 len;
	size_t	 size;
};

struct html_elem {
	char	 name[HTML_NAME_MAX];
	int	 quote;
};

struct html_state {
	const char	*s;
	size_t		 len;
	struct html_buf	 out;		/* finished lines */
	struct html_buf	 line;		/* the line being built, no prefix */
	int		 line_depth;	/* quote depth of the current line */
	int		 prev_depth;	/* quote depth of the last line written */
	int		 space;		/* a collapsed space is pending */
	int		 blank;		/* a blank line is wanted */
	int		 started;	/* a line has been written */
	int		 pre;		/* open <pre> elements */
	int		 depth;		/* open quote containers */
	int		 rest;		/* Outlook marker seen: all after is quoted */
	int		 fwd_checks;	/* Outlook markers looked at */
	struct html_elem stack[HTML_STACK_MAX];
	int		 nstack;
	size_t		 noquote[2];	/* no ' / " at or after this offset */
};

struct html_entity {
	const char	*name;
	gunichar	 cp;		/* 0: emits nothing */
};

/* Named character references, sorted by strcmp for bsearch. */
static const struct html_entity html_entities[] = {
	{ "AElig", 0x00c6 }, { "Aacute", 0x00c1 }, { "Acirc", 0x00c2 },
	{ "Agrave", 0x00c0 }, { "Aring", 0x00c5 }, { "Atilde", 0x00c3 },
	{ "Auml", 0x00c4 }, { "Ccedil", 0x00c7 }, { "Dagger", 0x2021 },
	{ "ETH", 0x00d0 }, { "Eacute", 0x00c9 }, { "Ecirc", 0x00ca },
	{ "Egrave", 0x00c8 }, { "Euml", 0x00cb }, { "Iacute", 0x00cd },
	{ "Icirc", 0x00ce }, { "Igrave", 0x00cc }, { "Iuml", 0x00cf },
	{ "NewLine", 0x000a }, { "Ntilde", 0x00d1 }, { "OElig", 0x0152 },
	{ "Oacute", 0x00d3 }, { "Ocirc", 0x00d4 }, { "Ograve", 0x00d2 },
	{ "Oslash", 0x00d8 }, { "Otilde", 0x00d5 }, { "Ouml", 0x00d6 },
	{ "Prime", 0x2033 }, { "Scaron", 0x0160 }, { "THORN", 0x00de },
	{ "Tab", 0x0009 }, { "Uacute", 0x00da }, { "Ucirc", 0x00db },
	{ "Ugrave", 0x00d9 }, { "Uuml", 0x00dc }, { "Yacute", 0x00dd },
	{ "Yuml", 0x0178 }, { "ZeroWidthSpace", 0 },
	{ "aacute", 0x00e1 }, { "acirc", 0x00e2 }, { "acute", 0x00b4 },
	{ "aelig", 0x00e6 }, { "agrave", 0x00e0 }, { "amp", 0x0026 },
	{ "apos", 0x0027 }, { "aring", 0x00e5 }, { "atilde", 0x00e3 },
	{ "auml", 0x00e4 }, { "bdquo", 0x201e }, { "brvbar", 0x00a6 },
	{ "bull", 0x2022 }, { "ccedil", 0x00e7 }, { "cedil", 0x00b8 },
	{ "cent", 0x00a2 }, { "check", 0x2713 }, { "circ", 0x02c6 },
	{ "copy", 0x00a9 }, { "curren", 0x00a4 }, { "dagger", 0x2020 },
	{ "darr", 0x2193 }, { "deg", 0x00b0 }, { "divide", 0x00f7 },
	{ "eacute", 0x00e9 }, { "ecirc", 0x00ea }, { "egrave", 0x00e8 },
	{ "emsp", 0x2003 }, { "ensp", 0x2002 }, { "eth", 0x00f0 },
	{ "euml", 0x00eb }, { "euro", 0x20ac }, { "fnof", 0x0192 },
	{ "frac12", 0x00bd }, { "frac14", 0x00bc }, { "frac34", 0x00be },
	{ "gt", 0x003e }, { "hearts", 0x2665 }, { "hellip", 0x2026 },
	{ "iacute", 0x00ed }, { "icirc", 0x00ee }, { "iexcl", 0x00a1 },
	{ "igrave", 0x00ec }, { "iquest", 0x00bf }, { "iuml", 0x00ef },
	{ "laquo", 0x00ab }, { "larr", 0x2190 }, { "ldquo", 0x201c },
	{ "lrm", 0 }, { "lsaquo", 0x2039 }, { "lsquo", 0x2018 },
	{ "lt", 0x003c }, { "macr", 0x00af }, { "mdash", 0x2014 },
	{ "micro", 0x00b5 }, { "middot", 0x00b7 }, { "minus", 0x2212 },
	{ "nbsp", 0x00a0 }, { "ndash", 0x2013 }, { "not", 0x00ac },
	{ "ntilde", 0x00f1 }, { "oacute", 0x00f3 }, { "ocirc", 0x00f4 },
	{ "oelig", 0x0153 }, { "ograve", 0x00f2 }, { "ordf", 0x00aa },
	{ "ordm", 0x00ba }, { "oslash", 0x00f8 }, { "otilde", 0x00f5 },
	{ "ouml", 0x00f6 }, { "para", 0x00b6 }, { "permil", 0x2030 },
	{ "plusmn", 0x00b1 }, { "pound", 0x00a3 }, { "prime", 0x2032 },
	{ "quot", 0x0022 }, { "raquo", 0x00bb }, { "rarr", 0x2192 },
	{ "rdquo", 0x201d }, { "reg", 0x00ae }, { "rlm", 0 },
	{ "rsaquo", 0x203a }, { "rsquo", 0x2019 }, { "sbquo", 0x201a },
	{ "scaron", 0x0161 }, { "sect", 0x00a7 }, { "shy", 0 },
	{ "sup1", 0x00b9 }, { "sup2", 0x00b2 }, { "sup3", 0x00b3 },
	{ "szlig", 0x00df }, { "thinsp", 0x2009 }, { "thorn", 0x00fe },
	{ "tilde", 0x02dc }, { "times", 0x00d7 }, { "trade", 0x2122 },
	{ "uacute", 0x00fa }, { "uarr", 0x2191 }, { "ucirc", 0x00fb },
	{ "ugrave", 0x00f9 }, { "uml", 0x00a8 }, { "uuml", 0x00fc },
	{ "yacute", 0x00fd }, { "yen", 0x00a5 }, { "yuml", 0x00ff },
	{ "zwj", 0 }, { "zwnj", 0 },
};

/* What browsers make of &#128; ... &#159; (windows-1252), 0: U+FFFD. */
static const gunichar html_c1[32] = {
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
};

static int
html_entity_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct html_entity *)elem)->name);
}

/* A numeric reference "&#123;" or "&#x7b;" at s[i]; the ';' is optional
 * as in browsers. Invalid code points become U+FFFD. */
static int
html_numeric(const char *s, size_t len, size_t i, gunichar *cp, size_t *used)
{
	size_t j = i + 2;
	int hex = 0, digits = 0;
	guint32 v = 0;

	if (j < len && (s[j] == 'x' || s[j] == 'X')) {
		hex = 1;
		j++;
	}
	for (; j < len && (hex ? g_ascii_isxdigit(s[j]) :
	    g_ascii_isdigit(s[j])); j++, digits++)
		if (v <= 0x10ffff)
			v = v * (hex ? 16 : 10) + (hex ?
			    (guint32)g_ascii_xdigit_value(s[j]) :
			    (guint32)(s[j] - '0'));
	if (digits == 0)
		return 0;
	if (j < len && s[j] == ';')
		j++;
	if (v >= 0x80 && v <= 0x9f)
		v = html_c1[v - 0x80] ? html_c1[v - 0x80] : 0xfffd;
	else if (v == 0 || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
		v = 0xfffd;
	*cp = v;
	*used = j - i;
	return 1;
}

/* Decodes the character reference at s[i] == '&'. Returns 0 when it is
 * not one (the '&' is then text); else sets *used and *cp, which is
 * (gunichar)-1 when nothing is to be shown. */
static int
html_entity(const char *s, size_t len, size_t i, gunichar *cp, size_t *used)
{
	const struct html_entity *e;
	char name[32];
	size_t j = i + 1, n = 0;

	if (j < len && s[j] == '#')
		return html_numeric(s, len, i, cp, used);
	while (j < len && g_ascii_isalnum(s[j]) && n < sizeof name - 1)
		name[n++] = s[j++];
	name[n] = '\0';
	if (n == 0 || (j < len && g_ascii_isalnum(s[j])))
		return 0;
	e = bsearch(name, html_entities, G_N_ELEMENTS(html_entities),
	    sizeof(html_entities[0]), html_entity_cmp);
	if (e == NULL)
		return 0;
	if (j < len && s[j] == ';')
		j++;
	else if (strcmp(name, "amp") != 0 && strcmp(name, "lt") != 0 &&
	    strcmp(name, "gt") != 0 && strcmp(name, "quot") != 0 &&
	    strcmp(name, "nbsp") != 0)
		return 0;	/* only the old ones may lack the ';' */
	*cp = e->cp != 0 ? e->cp : (gunichar)-1;
	*used = j - i;
	return 1;
}

static void
html_buf_add(struct html_buf *b, const char *p, size_t n)
{
	if (b->len + n + 1 > b->size) {
		size_t size = b->size ? b->size : 256;

		while (b->len + n + 1 > size)
			size *= 2;
		if ((b->p = realloc(b->p, size)) == NULL)
			abort();
		b->size = size;
	}
	memcpy(b->p + b->len, p, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static int
html_depth(const struct html_state *st)
{
	int d = st->depth + st->rest;

	return d > HTML_QUOTE_MAX ? HTML_QUOTE_MAX : d;
}

/* Ends the current line, writing it with its "> " prefix. */
static void
html_flush(struct html_state *st)
{
	size_t n = st->line.len;

	st->space = 0;
	if (n == 0)
		return;
	while (n > 0 && st->line.p[n - 1] == ' ')
		n--;
	for (int i = 0; i < st->line_depth; i++)
		html_buf_add(&st->out, "> ", 2);
	html_buf_add(&st->out, st->line.p, n);
	html_buf_add(&st->out, "\n", 1);
	st->line.len = 0;
	st->started = 1;
	st->prev_depth = st->line_depth;
}

/* Appends visible text to the current line. */
static void
html_put(struct html_state *st, const char *p, size_t n)
{
	if (st->line.len == 0) {
		st->line_depth = html_depth(st);
		if (st->blank && st->started) {
			int d = MIN(st->prev_depth, st->line_depth);

			for (int i = 0; i < d; i++)
				html_buf_add(&st->out, i ? " >" : ">", i ? 2 : 1);
			html_buf_add(&st->out, "\n", 1);
		}
		st->blank = 0;
		st->space = 0;
	} else if (st->space) {
		html_buf_add(&st->line, " ", 1);
		st->space = 0;
	}
	html_buf_add(&st->line, p, n);
}

static void
html_space(struct html_state *st)
{
	if (st->pre)
		html_put(st, " ", 1);
	else if (st->line.len > 0)
		st->space = 1;
}

static void
html_newline(struct html_state *st)
{
	if (st->line.len > 0)
		html_flush(st);
	else
		st->blank = 1;
}

static void
html_para(struct html_state *st)
{
	html_flush(st);
	st->blank = 1;
}

/* Emits one decoded code point. */
static void
html_char(struct html_state *st, gunichar c)
{
	char u[8];

	if (c == '\n' && st->pre)
		html_newline(st);
	else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
	    c == '\f' || c == 0xa0 || (c >= 0x2000 && c <= 0x200a))
		html_space(st);
	else if (c < 0x20 || c == 0x7f || c == 0xad || c == 0xfeff ||
	    (c >= 0x200b && c <= 0x200f) || c == 0x2060)
		return;		/* controls and invisible characters */
	else
		html_put(st, u, g_unichar_to_utf8(c, u));
}

static int
html_tag_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct html_tag *)elem)->name);
}

static unsigned
html_tag_flags(const char *name)
{
	const struct html_tag *t;

	t = bsearch(name, html_tags, G_N_ELEMENTS(html_tags),
	    sizeof(html_tags[0]), html_tag_cmp);
	return t != NULL ? t->flags : 0;
}

/* Whether a whitespace-separated class list names a quote container. */
static int
html_is_quote_class(const char *v, size_t n)
{
	for (size_t i = 0; i < n;) {
		size_t j = i;

		while (j < n && !g_ascii_isspace(v[j]))
			j++;
		for (size_t k = 0; k < G_N_ELEMENTS(html_quote_classes); k++) {
			const char *c = html_quote_classes[k];

			if (j - i == strlen(c) && strncasecmp(v + i, c, j - i) == 0)
				return 1;
		}
		i = j + 1;
	}
	return 0;
}

static int
html_is_rest_id(const char *v, size_t n)
{
	char id[64];

	if (n >= sizeof id)
		return 0;
	memcpy(id, v, n);
	id[n] = '\0';
	for (size_t k = 0; k < G_N_ELEMENTS(html_rest_ids); k++)
		if (strstr(id, html_rest_ids[k]) != NULL)
			return 1;
	return 0;
}

/* Whether the Outlook header block starting near s[i] is a forward
 * ("Subject: FW: ..."): forwarded text is the customer's, not history. */
static int
html_is_forward(const struct html_state *st, size_t i)
{
	static const char *const subj[] = { "subject:", "betreff:" };
	static const char *const fw[] = { "fw:", "fwd:", "wg:" };
	size_t end = MIN(st->len, i + HTML_FWD_WINDOW);

	for (size_t j = i; j < end; j++) {
		for (size_t k = 0; k < G_N_ELEMENTS(subj); k++) {
			size_t n = strlen(subj[k]), p = j + n;

			if (end - j < n || strncasecmp(st->s + j, subj[k], n) != 0)
				continue;
			while (p < end) {	/* skip tags, spaces, &nbsp; */
				if (st->s[p] == '<') {
					while (p < end && st->s[p] != '>')
						p++;
					if (p < end)	/* past '>', not past end */
						p++;
				} else if (g_ascii_isspace(st->s[p]))
					p++;
				else if (end - p >= 6 &&
				    strncasecmp(st->s + p, "&nbsp;", 6) == 0)
					p += 6;
				else
					break;
			}
			for (size_t f = 0; f < G_N_ELEMENTS(fw); f++)
				if (end - p >= strlen(fw[f]) && strncasecmp(
				    st->s + p, fw[f], strlen(fw[f])) == 0)
					return 1;
			return 0;
		}
	}
	return 0;
}

static void
html_push(struct html_state *st, const char *name, unsigned flags, int quote)
{
	struct html_elem *e;

	if ((flags & T_AUTO) && st->nstack > 0 &&
	    strcmp(st->stack[st->nstack - 1].name, name) == 0)
		st->nstack--;
	if (st->nstack == HTML_STACK_MAX)
		return;
	e = &st->stack[st->nstack++];
	g_strlcpy(e->name, name, sizeof e->name);
	e->quote = quote;
	if (quote) {
		html_flush(st);
		st->depth++;
	}
	if (flags & T_PRE)
		st->pre++;
}

/* Closes the innermost open element called name, and those inside it. */
static void
html_pop(struct html_state *st, const char *name)
{
	int i;

	for (i = st->nstack - 1; i >= 0; i--)
		if (strcmp(st->stack[i].name, name) == 0)
			break;
	if (i < 0)
		return;
	while (st->nstack > i) {
		struct html_elem *e = &st->stack[--st->nstack];

		if (e->quote) {
			html_flush(st);
			st->depth--;
		}
		if (html_tag_flags(e->name) & T_PRE)
			st->pre--;
	}
}

/* Skips a quoted attribute value opened at s[i]; returns the offset after
 * the closing quote, or of the next '>' when the quote is never closed. */
static size_t
html_skip_quoted(struct html_state *st, size_t i)
{
	int q = st->s[i] == '"';
	const char *e = NULL, *gt;

	if (i + 1 < st->noquote[q])
		e = memchr(st->s + i + 1, st->s[i], st->len - i - 1);
	if (e != NULL)
		return (size_t)(e - st->s) + 1;
	if (i + 1 < st->noquote[q])
		st->noquote[q] = i + 1;
	gt = memchr(st->s + i, '>', st->len - i);
	return gt != NULL ? (size_t)(gt - st->s) : st->len;
}

/* Skips raw text up to "</name"; returns the offset of the '<'. */
static size_t
html_skip_raw(const struct html_state *st, size_t i, const char *name)
{
	size_t n = strlen(name);

	for (; i < st->len; i++) {
		if (st->s[i] != '<' || st->len - i < n + 2 || st->s[i + 1] != '/')
			continue;
		if (strncasecmp(st->s + i + 2, name, n) == 0 &&
		    (st->len - i == n + 2 || !g_ascii_isalnum(st->s[i + n + 2])))
			return i;
	}
	return st->len;
}

/* Skips to just after the string end (or to the end of input). */
static size_t
html_skip_past(const struct html_state *st, size_t i, const char *end)
{
	size_t n = strlen(end);

	for (; i + n <= st->len; i++)
		if (memcmp(st->s + i, end, n) == 0)
			return i + n;
	return st->len;
}

/* Parses a start or end tag at s[i] == '<'; returns the offset after it. */
static size_t
html_tag(struct html_state *st, size_t i)
{
	char name[HTML_NAME_MAX];
	size_t n = 0, j = i + 1;
	int end = 0, quote = 0, rest = 0, selfclose = 0;
	unsigned flags;

	if (st->s[j] == '/') {
		end = 1;
		j++;
	}
	for (; j < st->len && !g_ascii_isspace(st->s[j]) && st->s[j] != '>' &&
	    st->s[j] != '/'; j++)
		if (n < sizeof name - 1)
			name[n++] = g_ascii_tolower(st->s[j]);
	name[n] = '\0';
	if (n == sizeof name - 1)
		name[0] = '\0';		/* too long to be one we know */
	while (j < st->len && st->s[j] != '>') {	/* attributes */
		size_t a = j, an, v, vn = 0;

		if (g_ascii_isspace(st->s[j]) || st->s[j] == '/') {
			selfclose = st->s[j] == '/';
			j++;
			continue;
		}
		while (j < st->len && !g_ascii_isspace(st->s[j]) &&
		    st->s[j] != '>' && st->s[j] != '=' && st->s[j] != '/')
			j++;
		an = j - a;
		selfclose = 0;
		while (j < st->len && g_ascii_isspace(st->s[j]))
			j++;
		if (j >= st->len || st->s[j] != '=')
			continue;
		for (j++; j < st->len && g_ascii_isspace(st->s[j]); j++)
			;
		v = j;
		if (j < st->len && (st->s[j] == '"' || st->s[j] == '\'')) {
			j = html_skip_quoted(st, j);
			v++;
			vn = j > v ? j - v - (st->s[j - 1] == st->s[v - 1]) : 0;
		} else {
			while (j < st->len && !g_ascii_isspace(st->s[j]) &&
			    st->s[j] != '>')
				j++;
			vn = j - v;
		}
		if (an == 5 && strncasecmp(st->s + a, "class", 5) == 0)
			quote |= html_is_quote_class(st->s + v, vn);
		else if (an == 2 && strncasecmp(st->s + a, "id", 2) == 0)
			rest |= html_is_rest_id(st->s + v, vn);
	}
	if (j < st->len)
		j++;			/* the '>' */
	flags = html_tag_flags(name);
	if (end) {
		if (flags & (T_BLOCK | T_BR))
			html_flush(st);
		if (flags & T_PARA)
			html_para(st);
		if (!(flags & T_VOID))
			html_pop(st, name);
		return j;
	}
	if (rest && !st->rest && st->fwd_checks++ < HTML_FWD_CHECKS &&
	    !html_is_forward(st, i)) {
		html_flush(st);
		st->rest = 1;
	}
	if (flags & T_BR)
		html_newline(st);
	else if (flags & T_BLOCK)
		html_flush(st);
	else if (flags & T_PARA)
		html_para(st);
	else if (flags & T_CELL)
		html_space(st);
	if (flags & T_RAW) {
		if (selfclose)
			return j;
		j = html_skip_raw(st, j, name);
		return j < st->len ? html_skip_past(st, j, ">") : j;
	}
	if (!(flags & T_VOID) && !selfclose && name[0] != '\0')
		html_push(st, name, flags, quote || (flags & T_QUOTE));
	return j;
}

/* Handles markup at s[i] == '<'; returns the offset after it, or i when
 * the '<' is plain text. */
static size_t
html_markup(struct html_state *st, size_t i)
{
	const char *s = st->s + i;
	size_t left = st->len - i;

	if (left >= 4 && memcmp(s, "<!--", 4) == 0) {
		if (left >= 5 && s[4] == '>')
			return i + 5;
		if (left >= 6 && memcmp(s + 4, "->", 2) == 0)
			return i + 6;
		return html_skip_past(st, i + 4, "-->");
	}
	if (left >= 9 && memcmp(s, "<![CDATA[", 9) == 0)
		return html_skip_past(st, i + 9, "]]>");
	if (left >= 2 && (s[1] == '!' || s[1] == '?'))
		return html_skip_past(st, i + 2, ">");
	if (left >= 2 && (g_ascii_isalpha(s[1]) || s[1] == '/'))
		return html_tag(st, i);
	return i;
}

char *
html_to_text(const char *html, size_t len)
{
	struct html_state st;
	char *ret;

	memset(&st, 0, sizeof st);
	st.s = html != NULL ? html : "";
	st.len = html != NULL ? len : 0;
	st.noquote[0] = st.noquote[1] = SIZE_MAX;
	html_buf_add(&st.out, "", 0);
	for (size_t i = 0; i < st.len;) {
		unsigned char c = st.s[i];
		gunichar cp;
		size_t used, next;

		if (c == '<' && (next = html_markup(&st, i)) != i) {
			i = next;
		} else if (c == '&' && html_entity(st.s, st.len, i, &cp, &used)) {
			if (cp != (gunichar)-1)
				html_char(&st, cp);
			i += used;
		} else if (c == 0xc2 && i + 1 < st.len &&
		    ((unsigned char)st.s[i + 1] == 0xa0 ||
		    (unsigned char)st.s[i + 1] == 0xad)) {
			html_char(&st, (unsigned char)st.s[i + 1]);
			i += 2;
		} else if (c < 0x80) {
			html_char(&st, c);
			i++;
		} else {
			size_t n = 1;

			while (i + n < st.len && n < 4 &&
			    ((unsigned char)st.s[i + n] & 0xc0) == 0x80)
				n++;
			cp = g_utf8_get_char_validated(st.s + i, n);
			if (cp == (gunichar)-1 || cp == (gunichar)-2)
				html_put(&st, st.s + i, n);	/* fixed below */
			else
				html_char(&st, cp);
			i += n;
		}
	}
	html_flush(&st);
	if (g_utf8_validate(st.out.p, st.out.len, NULL))
		ret = st.out.p;
	else {
		char *valid = g_utf8_make_valid(st.out.p, st.out.len);

		ret = strdup(valid);
		g_free(valid);
		free(st.out.p);
		if (ret == NULL)
			abort();
	}
	free(st.line.p);
	return ret;
}
