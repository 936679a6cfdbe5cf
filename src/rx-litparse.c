/* Literal prefilter, load time: a pattern's source is read (not
 * compiled) into a conjunction of clauses, each a set of lowercase ASCII
 * strings: every match contains at least one string of every clause. Any
 * syntax not understood gives no clauses, and the pattern is always run.
 * rx-lit.c keeps the strings of all patterns and scans subjects. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "rx.h"
#include "rx-lit-int.h"

#define LIT_MAXSET	32	/* strings kept for a node matching a finite set */
#define LIT_MAXLEN	32	/* longest string kept */
#define LIT_MAXCLAUSE	64	/* strings in one clause */

/* What a part of a pattern tells about its matches. */
struct lit_info {
	GPtrArray *exact;	/* char *: it matches exactly one of these
				 * (lowercased), or NULL when unknown */
	GPtrArray *cnf;		/* GPtrArray * of char *: clauses, or NULL
				 * for none (lit_cnf makes it) */
	GPtrArray *prefix;	/* char *: every match starts with one of
				 * these, or NULL (see exact when set) */
};

struct lit_parse {
	const char *p;
	const char *end;
	int bad;		/* syntax not understood: give up */
};

static struct lit_info lit_alt(struct lit_parse *);

static GPtrArray *
lit_strset(void)
{
	return g_ptr_array_new_with_free_func(g_free);
}

static void
lit_info_clear(struct lit_info *in)
{
	if (in->exact != NULL)
		g_ptr_array_unref(in->exact);
	if (in->cnf != NULL)
		g_ptr_array_unref(in->cnf);
	if (in->prefix != NULL)
		g_ptr_array_unref(in->prefix);
	in->exact = in->cnf = in->prefix = NULL;
}

static struct lit_info
lit_info_new(void)
{
	struct lit_info in;

	in.exact = in.prefix = in.cnf = NULL;
	return in;
}

/* in's clauses, made when it has none yet. Not a copy. */
static GPtrArray *
lit_cnf(struct lit_info *in)
{
	if (in->cnf == NULL)
		in->cnf = g_ptr_array_new_with_free_func(
		    (GDestroyNotify)g_ptr_array_unref);
	return in->cnf;
}

/* An info for something matching exactly the string s. */
static struct lit_info
lit_info_str(const char *s)
{
	struct lit_info in = lit_info_new();

	in.exact = lit_strset();
	g_ptr_array_add(in.exact, g_strdup(s));
	return in;
}

static int
lit_has(GPtrArray *set, const char *s)
{
	for (guint i = 0; i < set->len; i++)
		if (strcmp(g_ptr_array_index(set, i), s) == 0)
			return 1;
	return 0;
}

static void
lit_add_unique(GPtrArray *set, const char *s)
{
	if (!lit_has(set, s))
		g_ptr_array_add(set, g_strdup(s));
}

/* A set is a usable clause when every string is long enough. */
static int
lit_usable(GPtrArray *set)
{
	if (set == NULL || set->len == 0 || set->len > LIT_MAXCLAUSE)
		return 0;
	for (guint i = 0; i < set->len; i++)
		if (strlen(g_ptr_array_index(set, i)) < LIT_MINLEN)
			return 0;
	return 1;
}

static GPtrArray *
lit_copy(GPtrArray *set)
{
	GPtrArray *c = lit_strset();

	for (guint i = 0; i < set->len; i++)
		g_ptr_array_add(c, g_strdup(g_ptr_array_index(set, i)));
	return c;
}

/* What every match of in starts with, or NULL. Not a copy. */
static GPtrArray *
lit_prefix(const struct lit_info *in)
{
	return in->exact != NULL ? in->exact : in->prefix;
}

/* Lower is better: long shortest strings first, then few strings. */
static size_t
lit_cost(GPtrArray *set)
{
	size_t min = LIT_MAXLEN;

	for (guint i = 0; i < set->len; i++)
		min = MIN(min, strlen(g_ptr_array_index(set, i)));
	return (LIT_MAXLEN - MIN(min, 6)) * 1000 + set->len;
}

/* The one clause that best stands for in, or NULL. Not a copy. */
static GPtrArray *
lit_best(const struct lit_info *in)
{
	GPtrArray *best = NULL;

	if (lit_usable(in->exact))
		best = in->exact;
	for (guint i = 0; in->cnf != NULL && i < in->cnf->len; i++) {
		GPtrArray *c = g_ptr_array_index(in->cnf, i);

		if (best == NULL || lit_cost(c) < lit_cost(best))
			best = c;
	}
	return best;
}

/* Quantifier after an atom: *, +, ?, {n}, {n,}, {n,m}, then an optional
 * lazy or possessive mark. Returns 0 when there is none. */
static int
lit_quant(struct lit_parse *ps, unsigned long *min, unsigned long *max)
{
	const char *p = ps->p;
	char *e;

	if (p >= ps->end)
		return 0;
	if (*p == '*' || *p == '+' || *p == '?') {
		*min = *p == '+' ? 1 : 0;
		*max = *p == '?' ? 1 : ULONG_MAX;
		p++;
	} else if (*p == '{') {
		if (p + 1 >= ps->end || !g_ascii_isdigit(p[1])) {
			ps->bad = 1;	/* a literal '{': not worth it */
			return 0;
		}
		*min = *max = strtoul(p + 1, &e, 10);
		if (e < ps->end && *e == ',') {
			e++;
			*max = ULONG_MAX;
			if (e < ps->end && g_ascii_isdigit(*e))
				*max = strtoul(e, &e, 10);
		}
		if (e >= ps->end || *e != '}') {
			ps->bad = 1;
			return 0;
		}
		p = e + 1;
	} else
		return 0;
	if (p < ps->end && (*p == '?' || *p == '+'))
		p++;
	ps->p = p;
	return 1;
}

/* [...]: a short list of plain ASCII characters gives them as the exact
 * set; anything else (ranges, negation, escapes for classes, non-ASCII)
 * may match any character. */
static struct lit_info
lit_class(struct lit_parse *ps)
{
	struct lit_info in = lit_info_new();
	GPtrArray *set = lit_strset();
	const char *p = ps->p;
	int any = 0, first = 1;
	char s[2] = { 0, 0 };

	if (p < ps->end && *p == '^') {
		any = 1;
		p++;
	}
	while (p < ps->end && (*p != ']' || first)) {
		unsigned char c = (unsigned char)*p;

		first = 0;
		if (c == '[' && p + 1 < ps->end && p[1] == ':') {
			const char *q = strstr(p + 2, ":]");

			if (q == NULL || q >= ps->end) {
				ps->bad = 1;
				break;
			}
			any = 1;
			p = q + 2;
			continue;
		}
		if (c == '\\') {
			if (p + 1 >= ps->end) {
				ps->bad = 1;
				break;
			}
			c = (unsigned char)p[1];
			if (c >= 0x80) {
				ps->bad = 1;
				break;
			}
			if (g_ascii_isalnum(c))
				any = 1;
			p += 2;
		} else if (c >= 0x80) {
			any = 1;
			p = g_utf8_next_char(p);
			continue;
		} else
			p++;
		if (p + 1 < ps->end && *p == '-' && p[1] != ']') {
			any = 1;	/* a range */
			continue;
		}
		s[0] = (char)g_ascii_tolower(c);
		lit_add_unique(set, s);
	}
	if (p >= ps->end)
		ps->bad = 1;
	else
		p++;
	ps->p = p;
	if (any || set->len > 8 || set->len == 0)
		g_ptr_array_unref(set);
	else
		in.exact = set;
	return in;
}

/* Past the ')' that closes the group ps is in, without reading it (a
 * lookaround says nothing of what a match holds); bad when not found
 * for sure. */
static void
lit_skip_group(struct lit_parse *ps)
{
	const char *p = ps->p;
	int depth = 1;

	while (p < ps->end) {
		if (*p == '\\') {
			if (p + 1 >= ps->end || p[1] == 'Q')
				break;	/* \Q...\E may hold parentheses */
			p += 2;
		} else if (*p == '[') {
			p++;
			if (p < ps->end && *p == '^')
				p++;
			if (p < ps->end && *p == ']')
				p++;
			while (p < ps->end && *p != ']') {
				if (*p == '[' && p + 1 < ps->end && p[1] == ':') {
					const char *q = strstr(p + 2, ":]");

					if (q == NULL || q >= ps->end)
						break;
					p = q + 2;
				} else
					p += *p == '\\' ? 2 : 1;
			}
			if (p >= ps->end)
				break;
			p++;
		} else if (*p == '(') {
			if (p + 2 < ps->end && p[1] == '?' && p[2] == '#')
				break;	/* a comment may hold one */
			depth++;
			p++;
		} else if (*p == ')' && --depth == 0) {
			ps->p = p + 1;
			return;
		} else
			p++;
	}
	ps->bad = 1;
	ps->p = ps->end;
}

/* After "(?" at p: the end of the options of a group such as (?-i:...)
 * that change no literal's string (case is folded anyway; m and s only
 * change what ^, $ and . match, none of them a literal), or NULL. */
static const char *
lit_opts(const char *p, const char *end)
{
	const char *q = p;

	while (q < end && (*q == 'i' || *q == 'm' || *q == 's' || *q == '-'))
		q++;
	return q > p && q < end && *q == ':' ? q + 1 : NULL;
}

/* (...): groups, lookaround, and groups with options that change no
 * literal. Other inline options and verbs are not read. */
static struct lit_info
lit_group(struct lit_parse *ps)
{
	struct lit_info in;
	const char *p = ps->p, *opts;
	int assert = 0;

	if (p < ps->end && *p == '?') {
		p++;
		if (p < ps->end && (*p == ':' || *p == '>'))
			p++;
		else if ((opts = lit_opts(p, ps->end)) != NULL)
			p = opts;
		else if (p < ps->end && (*p == '=' || *p == '!')) {
			assert = 1;
			p++;
		} else if (p + 1 < ps->end && *p == '<' &&
		    (p[1] == '=' || p[1] == '!')) {
			assert = 1;
			p += 2;
		} else if (p < ps->end && (*p == '<' || *p == 'P' ||
		    *p == '\'')) {
			const char *q = p + (*p == 'P' ? 1 : 0);
			char close = *q == '\'' ? '\'' : '>';

			if (q >= ps->end || (*q != '<' && *q != '\'')) {
				ps->bad = 1;
				return lit_info_new();
			}
			for (q++; q < ps->end && *q != close; q++)
				if (!g_ascii_isalnum(*q) && *q != '_') {
					ps->bad = 1;
					return lit_info_new();
				}
			if (q >= ps->end) {
				ps->bad = 1;
				return lit_info_new();
			}
			p = q + 1;
		} else {
			ps->bad = 1;
			return lit_info_new();
		}
	} else if (p < ps->end && *p == '*') {
		ps->bad = 1;
		return lit_info_new();
	}
	ps->p = p;
	if (assert) {
		lit_skip_group(ps);
		return lit_info_str("");
	}
	in = lit_alt(ps);
	if (ps->p >= ps->end || *ps->p != ')')
		ps->bad = 1;
	else
		ps->p++;
	return in;
}

/* One atom, before any quantifier. */
static struct lit_info
lit_atom(struct lit_parse *ps)
{
	unsigned char c = (unsigned char)*ps->p;
	char s[2] = { 0, 0 };

	ps->p++;
	switch (c) {
	case '(':
		return lit_group(ps);
	case '[':
		return lit_class(ps);
	case '.':
		return lit_info_new();
	case '^':
	case '$':
		return lit_info_str("");
	case '*':
	case '+':
	case '?':
	case '{':
		ps->bad = 1;
		return lit_info_new();
	case '\\':
		if (ps->p >= ps->end) {
			ps->bad = 1;
			return lit_info_new();
		}
		c = (unsigned char)*ps->p++;
		if (strchr("bBAzZG", c) != NULL)
			return lit_info_str("");
		if (strchr("dDsSwWhHvVRX", c) != NULL)
			return lit_info_new();
		if (c == 'p' || c == 'P') {
			if (ps->p < ps->end && *ps->p == '{') {
				const char *q = memchr(ps->p, '}',
				    (size_t)(ps->end - ps->p));

				if (q == NULL)
					ps->bad = 1;
				ps->p = q != NULL ? q + 1 : ps->end;
			} else if (ps->p < ps->end)
				ps->p++;
			return lit_info_new();
		}
		if (c == 'n' || c == 't' || c == 'r') {
			s[0] = c == 'n' ? '\n' : c == 't' ? '\t' : '\r';
			return lit_info_str(s);
		}
		if (c >= 0x80 || g_ascii_isalnum(c)) {
			ps->bad = 1;	/* \x, \1, \Q, \k, ...: not read */
			return lit_info_new();
		}
		s[0] = (char)c;
		return lit_info_str(s);
	}
	if (c >= 0x80) {
		ps->p = g_utf8_next_char(ps->p - 1);
		return lit_info_new();
	}
	s[0] = (char)g_ascii_tolower(c);
	return lit_info_str(s);
}

/* A run of exact parts ends: it becomes a clause of in when it says
 * enough; *run starts again as the empty string (in place when it was
 * not kept). */
static void
lit_flush(GPtrArray **run, struct lit_info *in)
{
	if (lit_usable(*run)) {
		g_ptr_array_add(lit_cnf(in), *run);
		*run = lit_strset();
		g_ptr_array_add(*run, g_strdup(""));
		return;
	}
	if ((*run)->len == 0)
		g_ptr_array_add(*run, g_strdup(""));
	else {
		g_ptr_array_set_size(*run, 1);
		((char *)g_ptr_array_index(*run, 0))[0] = '\0';
	}
}

/* run x set, or NULL when it would grow too large. */
static GPtrArray *
lit_cross(GPtrArray *run, GPtrArray *set)
{
	GPtrArray *out;

	if ((size_t)run->len * set->len > LIT_MAXSET)
		return NULL;
	out = lit_strset();
	for (guint i = 0; i < run->len; i++)
		for (guint k = 0; k < set->len; k++) {
			char *s = g_strconcat(g_ptr_array_index(run, i),
			    g_ptr_array_index(set, k), NULL);

			if (strlen(s) > LIT_MAXLEN || lit_has(out, s)) {
				if (strlen(s) > LIT_MAXLEN) {
					g_free(s);
					g_ptr_array_unref(out);
					return NULL;
				}
				g_free(s);
				continue;
			}
			g_ptr_array_add(out, s);
		}
	return out;
}

/* Whether a quantifier (or what lit_quant reads as one) follows p. */
static int
lit_quantified(const struct lit_parse *ps, const char *p)
{
	return p < ps->end && (*p == '*' || *p == '+' || *p == '?' ||
	    *p == '{');
}

/* Appends to every string of run the plain characters at ps->p (ASCII
 * letters, digits and punctuation, escaped punctuation; \b and the like
 * add nothing), none followed by a quantifier, as far as the longest
 * string stays within LIT_MAXLEN: what lit_cross would make of them one
 * by one, without a set per character. Returns whether it read any. */
static int
lit_plain(struct lit_parse *ps, GPtrArray *run)
{
	char buf[LIT_MAXLEN + 1];
	const char *p = ps->p;
	size_t n = 0, room = LIT_MAXLEN;

	for (guint i = 0; i < run->len; i++)
		room = MIN(room, LIT_MAXLEN -
		    strlen(g_ptr_array_index(run, i)));
	while (p < ps->end) {
		unsigned char c = (unsigned char)*p;
		const char *next = p + 1;
		int zero = 0;

		if (c >= 0x80 || strchr("()[.*+?{|\\", c) != NULL) {
			if (c != '\\' || p + 1 >= ps->end)
				break;
			c = (unsigned char)p[1];
			next = p + 2;
			if (strchr("bBAzZG", c) != NULL && c != '\0')
				zero = 1;
			else if (c >= 0x80 || c == '\0' ||
			    g_ascii_isalnum(c))
				break;
		} else if (c == '^' || c == '$')
			zero = 1;
		else if (c == '\0')
			break;
		if (lit_quantified(ps, next) || (!zero && n >= room))
			break;
		if (!zero)
			buf[n++] = (char)g_ascii_tolower(c);
		p = next;
	}
	if (p == ps->p)
		return 0;
	ps->p = p;
	for (guint i = 0; n > 0 && i < run->len; i++) {
		char *s = g_ptr_array_index(run, i);
		size_t len = strlen(s);

		s = g_realloc(s, len + n + 1);
		memcpy(s + len, buf, n);
		s[len + n] = '\0';
		run->pdata[i] = s;
	}
	return 1;
}

/* A sequence of quantified atoms, up to '|' or ')'. */
static struct lit_info
lit_seq(struct lit_parse *ps)
{
	struct lit_info out = lit_info_new();
	GPtrArray *run = lit_strset(), *x;
	int exact = 1, start = 1;

	g_ptr_array_add(run, g_strdup(""));
	while (!ps->bad && ps->p < ps->end && *ps->p != '|' &&
	    *ps->p != ')') {
		if (lit_plain(ps, run))
			continue;
		struct lit_info a = lit_atom(ps);
		unsigned long min, max;

		if (!ps->bad && lit_quant(ps, &min, &max) &&
		    !(min == 1 && max == 1)) {
			struct lit_info q = lit_info_new();

			if (min == 0 && max == 1 && a.exact != NULL) {
				q.exact = a.exact;
				a.exact = NULL;
				lit_add_unique(q.exact, "");
			} else if (min >= 1) {
				if (lit_prefix(&a) != NULL)
					q.prefix = lit_copy(lit_prefix(&a));

				q.cnf = a.cnf;
				a.cnf = NULL;
				if (lit_usable(a.exact)) {
					g_ptr_array_add(lit_cnf(&q), a.exact);
					a.exact = NULL;
				}
			}
			lit_info_clear(&a);
			a = q;
		}
		if (a.exact != NULL) {
			if ((x = lit_cross(run, a.exact)) == NULL) {
				exact = 0;
				if (start && lit_usable(run))
					out.prefix = lit_copy(run);
				start = 0;
				lit_flush(&run, &out);
				x = lit_cross(run, a.exact);
			}
			if (x != NULL) {
				g_ptr_array_unref(run);
				run = x;
			}
		} else {
			exact = 0;
			if (start) {
				/* run, then what a starts with */
				if (lit_prefix(&a) == NULL ||
				    (out.prefix = lit_cross(run,
				    lit_prefix(&a))) == NULL)
					out.prefix = lit_copy(run);
				if (!lit_usable(out.prefix)) {
					g_ptr_array_unref(out.prefix);
					out.prefix = NULL;
				}
			}
			start = 0;
			lit_flush(&run, &out);
			while (a.cnf != NULL && a.cnf->len > 0)
				g_ptr_array_add(lit_cnf(&out),
				    g_ptr_array_steal_index(a.cnf, 0));
		}
		lit_info_clear(&a);
	}
	if (exact)
		out.exact = run;
	else {
		lit_flush(&run, &out);
		g_ptr_array_unref(run);
	}
	return out;
}

/* Alternatives separated by '|', up to ')' or the end. */
static struct lit_info
lit_alt(struct lit_parse *ps)
{
	struct lit_info out, a;
	GPtrArray *exact, *clause, *prefix, *best;
	int all_exact = 1, all_clause = 1, all_prefix = 1;

	a = lit_seq(ps);
	if (ps->bad || ps->p >= ps->end || *ps->p != '|')
		return a;	/* one alternative: all it says holds */
	out = lit_info_new();
	exact = lit_strset();
	clause = lit_strset();
	prefix = lit_strset();
	/* A set that has lost its use is not filled any further: past
	 * LIT_MAXCLAUSE strings a clause or prefix is not usable. */
	for (int n = 0;; n++) {
		if (n > 0)
			a = lit_seq(ps);
		if (!all_exact || a.exact == NULL ||
		    exact->len + a.exact->len > LIT_MAXSET)
			all_exact = 0;
		else
			for (guint i = 0; i < a.exact->len; i++)
				lit_add_unique(exact,
				    g_ptr_array_index(a.exact, i));
		if (!all_prefix || !lit_usable(lit_prefix(&a)) ||
		    prefix->len > LIT_MAXCLAUSE)
			all_prefix = 0;
		else
			for (guint i = 0; i < lit_prefix(&a)->len; i++)
				lit_add_unique(prefix,
				    g_ptr_array_index(lit_prefix(&a), i));
		if (!all_clause || clause->len > LIT_MAXCLAUSE ||
		    (best = lit_best(&a)) == NULL)
			all_clause = 0;
		else
			for (guint i = 0; i < best->len; i++)
				lit_add_unique(clause,
				    g_ptr_array_index(best, i));
		lit_info_clear(&a);
		if (ps->bad || ps->p >= ps->end || *ps->p != '|')
			break;
		ps->p++;
	}
	if (all_exact) {
		out.exact = exact;
		g_ptr_array_unref(clause);
		g_ptr_array_unref(prefix);
	} else {
		if (all_prefix && lit_usable(prefix)) {
			out.prefix = prefix;
			g_ptr_array_add(lit_cnf(&out), lit_copy(prefix));
		} else
			g_ptr_array_unref(prefix);
		g_ptr_array_unref(exact);
		if (all_clause && lit_usable(clause))
			g_ptr_array_add(lit_cnf(&out), clause);
		else
			g_ptr_array_unref(clause);
	}
	return out;
}

/* The clauses of a pattern, or NULL when there are none; *prefix what
 * every match starts with, or NULL. */
GPtrArray *
rx_lit_extract(const char *pat, size_t len, unsigned flags, GPtrArray **prefix)
{
	struct lit_parse ps = { pat, pat + len, 0 };
	struct lit_info in;
	GPtrArray *cnf;

	*prefix = NULL;
	if (flags & RX_EXTENDED)
		return NULL;	/* white space and comments: not read */
	in = lit_alt(&ps);
	if (ps.bad || ps.p != ps.end) {
		lit_info_clear(&in);
		return NULL;
	}
	if (lit_usable(lit_prefix(&in)))
		*prefix = lit_copy(lit_prefix(&in));
	if (lit_usable(in.exact)) {
		g_ptr_array_add(lit_cnf(&in), in.exact);
		in.exact = NULL;
	}
	if (in.cnf == NULL || in.cnf->len == 0) {
		lit_info_clear(&in);
		if (*prefix != NULL)
			g_ptr_array_unref(*prefix);
		*prefix = NULL;
		return NULL;
	}
	cnf = in.cnf;
	in.cnf = NULL;
	lit_info_clear(&in);
	return cnf;
}

