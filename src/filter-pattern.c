/* filter-pattern.c: the keys of a rule that name what it looks for: a
 * pattern compiled once or once per language that has words for its
 * concepts, near terms and scope concepts. */
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "diag.h"
#include "filter-int.h"
#include "lang.h"
#include "rx.h"

/* Source position of byte off of the unescaped pattern that starts at
 * src ("\/" in the file is one "/" in the pattern). */
static const char *
filter_pattern_pos(const char *src, size_t off)
{
	for (size_t u = 0; u < off && *src != '\0'; u++)
		src += src[0] == '\\' && src[1] == '/' ? 2 : 1;
	return src;
}

int
filter_rule_compile(struct filter_rule *r, size_t p, char *errbuf,
    size_t errsize)
{
	size_t off;

	if (r->pats[p] != NULL || r->pat_src == NULL || r->pat_src[p] == NULL)
		return r->pats[p] != NULL ? 0 : -1;
	if (r->pat_expand != NULL && r->pat_expand[p]) {
		GString *ex = g_string_new(NULL);
		const char *bad;

		r->pat_expand[p] = 0;
		if (filter_concepts_expand(r->cs, r->pat_src[p], r->pat_lang[p],
		    ex, &bad, NULL) != 1) {
			g_strlcpy(errbuf, "no words for its concepts", errsize);
			g_string_free(ex, TRUE);
			g_free(r->pat_src[p]);
			r->pat_src[p] = NULL;
			return -1;
		}
		g_free(r->pat_src[p]);
		r->pat_src[p] = g_string_free(ex, FALSE);
	}
	r->pats[p] = rx_compile(r->pat_src[p], strlen(r->pat_src[p]),
	    r->pat_flags[p], errbuf, errsize, &off);
	g_free(r->pat_src[p]);
	r->pat_src[p] = NULL;
	return r->pats[p] != NULL ? 0 : -1;
}

const struct rx *
filter_rule_anchored(struct filter_rule *r, size_t p)
{
	const char *src;
	char errbuf[128];
	size_t len, off;
	unsigned flags;

	if (r->pat_anch[p] != NULL || r->pats[p] == NULL)
		return r->pat_anch[p];
	src = rx_pattern(r->pats[p], &len, &flags);
	r->pat_anch[p] = rx_compile(src, len, flags | RX_ANCHORED, errbuf,
	    sizeof errbuf, &off);
	if (r->pat_anch[p] != NULL && r->cs != NULL && r->cs->jit)
		rx_jit_after(r->pat_anch[p], FILTER_JIT_USES);
	return r->pat_anch[p];
}

/* Appends one pattern to the rule: compiled, or (rx NULL) its source to
 * compile on first use. */
static void
filter_pattern_push(struct parse *ps, struct rx *rx, const char *src,
    unsigned flags, int lang, const char *concepts)
{
	struct filter_rule *r = ps->rule;

	r->pats = g_renew(struct rx *, r->pats, r->npats + 1);
	r->pat_lang = g_renew(int, r->pat_lang, r->npats + 1);
	r->pat_concepts = g_renew(char *, r->pat_concepts, r->npats + 1);
	r->pat_src = g_renew(char *, r->pat_src, r->npats + 1);
	r->pat_flags = g_renew(unsigned, r->pat_flags, r->npats + 1);
	r->pat_expand = g_renew(unsigned char, r->pat_expand, r->npats + 1);
	r->pat_expand[r->npats] = 0;
	r->pat_needc = g_renew(struct filter_concept *, r->pat_needc,
	    r->npats + 1);
	r->pat_needc[r->npats] = NULL;
	r->pat_lead = g_renew(unsigned char, r->pat_lead, r->npats + 1);
	r->pat_lead[r->npats] = 0;
	r->pat_anch = g_renew(struct rx *, r->pat_anch, r->npats + 1);
	r->pat_anch[r->npats] = NULL;
	r->cs = ps->cs;
	r->pats[r->npats] = rx;
	r->pat_src[r->npats] = rx == NULL ? g_strdup(src) : NULL;
	r->pat_flags[r->npats] = flags;
	r->pat_lang[r->npats] = lang;
	r->pat_concepts[r->npats] = concepts != NULL && *concepts != '\0' ?
	    g_strdup(concepts) : NULL;
	r->npats++;
}

/* A concept that every match of re holds: a {name} at the top level of
 * a pattern without top-level alternatives, no quantifier after it (not
 * with the x flag, under which the concept's own patterns would read
 * otherwise). *lead is 1 when it starts the pattern, and the pattern
 * may be tried anchored where the concept's own words and patterns
 * match: not with the m or s flag (the concept's patterns are found
 * without), nor with a verb such as (*SKIP) (an anchored try would not
 * see it). NULL when none is sure. */
static struct filter_concept *
filter_pattern_needc(struct filter_concepts *cs, const char *re,
    unsigned flags, int *lead)
{
	struct filter_concept *c, *found = NULL;
	const char *p = re, *q;
	int depth = 0;
	char *name;

	*lead = 0;
	if (flags & RX_EXTENDED)
		return NULL;
	while (*p != '\0') {
		if (*p == '\\') {
			if (p[1] == 'Q' || p[1] == '\0')
				return NULL;	/* quoting: not read here */
			p += 2;
			continue;
		}
		if (*p == '[') {	/* a class: '|' and '(' in it are literal */
			p++;
			if (*p == '^')
				p++;
			if (*p == ']')
				p++;
			while (*p != '\0' && *p != ']')
				p += *p == '\\' && p[1] != '\0' ? 2 : 1;
			if (*p == '\0')
				return NULL;
			p++;
			continue;
		}
		if (*p == '(')
			depth++;
		else if (*p == ')')
			depth--;
		else if (*p == '|' && depth == 0)
			return NULL;
		if (*p != '{' || depth != 0 || found != NULL ||
		    !(g_ascii_islower(p[1]) || p[1] == '_')) {
			p++;
			continue;
		}
		for (q = p + 1; g_ascii_islower(*q) || g_ascii_isdigit(*q) ||
		    *q == '_'; q++)
			;
		if (*q != '}' || q[1] == '?' || q[1] == '*' || q[1] == '{') {
			p++;
			continue;
		}
		name = g_strndup(p + 1, (gsize)(q - p - 1));
		c = filter_concept_find(cs, name);
		g_free(name);
		if (c != NULL) {
			found = c;
			*lead = p == re && strstr(re, "(*") == NULL &&
			    !(flags & (RX_MULTILINE | RX_DOTALL));
		}
		p = q + 1;
	}
	return found;
}

/* Compiles re (unescaped source; src is where it starts in the line)
 * into the rule: once when it uses no concept, else once per language
 * that has words for every concept it uses (case-insensitive then). */
static void
filter_pattern_add(struct parse *ps, const char *src, const char *re,
    unsigned flags)
{
	GString *names = g_string_new(NULL), *ex = g_string_new(NULL);
	const char *bad = NULL;
	char errbuf[256];
	struct filter_concept *needc;
	struct rx *rx;
	size_t off;
	long risk;
	int used, nvar = 0, lead = 0;

	if ((risk = filter_backtrack_risk(re, strlen(re))) >= 0)
		filter_diag(ps, DIAG_WARNING, ps->lineno,
		    filter_col(ps, filter_pattern_pos(src, (size_t)risk)),
		    "pattern may backtrack catastrophically: a repeated group "
		    "holds an unbounded quantifier");
	used = filter_concepts_expand(ps->cs, re, -1, ex, &bad, names);
	if (used == -1) {
		filter_error(ps, filter_pattern_pos(src, (size_t)(bad - re)),
		    "unknown concept '%.*s'", (int)strcspn(bad + 1, "}"),
		    bad + 1);
		goto out;
	}
	needc = used ? filter_pattern_needc(ps->cs, re, flags, &lead) : NULL;
	for (int l = used ? 0 : -1; l < (used ? LANG_COUNT : 0); l++) {
		const char *text = re;

		if (used) {
			if (filter_concepts_expand(ps->cs, re, l, ps->cs->lazy ?
			    NULL : ex, &bad, NULL) != 1)
				continue;	/* no words in l */
			text = ex->str;
		}
		if (used && ps->cs->lazy) {
			/* Expanded and compiled when a message in l needs
			 * it: the concepts of l are made then too. */
			filter_pattern_push(ps, NULL, re, flags |
			    RX_CASELESS, l, names->str);
			ps->rule->pat_expand[ps->rule->npats - 1] = 1;
			ps->rule->pat_needc[ps->rule->npats - 1] = needc;
			ps->rule->pat_lead[ps->rule->npats - 1] = needc != NULL &&
			    lead;
			nvar++;
			continue;
		}
		rx = rx_compile(text, strlen(text), used ? flags | RX_CASELESS :
		    flags, errbuf, sizeof errbuf, &off);
		if (rx == NULL) {
			filter_error(ps, used ? src : filter_pattern_pos(src,
			    off), "bad pattern%s%s: %s", used ? " in " : "",
			    used ? lang_name(l) : "", errbuf);
			goto out;
		}
		filter_pattern_push(ps, rx, NULL, flags, l, names->str);
		ps->rule->pat_needc[ps->rule->npats - 1] = needc;
		ps->rule->pat_lead[ps->rule->npats - 1] = needc != NULL && lead;
		nvar++;
	}
	if (used && nvar == 0)
		filter_error(ps, src, "no language has words for all of the "
		    "concepts used here (%s)", names->str);
out:
	g_string_free(names, TRUE);
	g_string_free(ex, TRUE);
}

/* The concept named by tok, "{name}" (at: where it is in the line), or
 * NULL after an error. */
static struct filter_concept *
filter_term_concept(struct parse *ps, const char *tok, const char *at)
{
	size_t n = strlen(tok);
	struct filter_concept *c;
	char *name;

	if (n < 3 || tok[0] != '{' || tok[n - 1] != '}') {
		filter_error(ps, at, "'%s' is not a {concept}", tok);
		return NULL;
	}
	name = g_strndup(tok + 1, n - 2);
	if ((c = filter_concept_find(ps->cs, name)) == NULL)
		filter_error(ps, at, "unknown concept '%s'", name);
	else
		c->used = 1;
	g_free(name);
	return c;
}

static void
filter_term_push(struct parse *ps, struct filter_concept *a,
    struct filter_concept *b, int n)
{
	struct filter_rule *r = ps->rule;

	r->terms = g_renew(struct filter_term, r->terms, r->nterms + 1);
	r->terms[r->nterms].a = a;
	r->terms[r->nterms].b = b;
	r->terms[r->nterms].n = n;
	r->nterms++;
}

/* near {a} {b} N: a and b within N words of each other, either order,
 * in one clause (no . ! ? ; between); near {a} {b} paragraph: both in one
 * paragraph, a few sentences apart; near {a} {b} zone: anywhere in one
 * zone. Matched by match.c, each concept
 * compiled once for all the rules that use it. */
#define NEAR_BAD (-100)	/* no valid distance given */

void
filter_near(struct parse *ps, const char *kw, char *arg)
{
	char *tok[4] = { NULL, NULL, NULL, NULL }, *save = NULL, *e, *t;
	struct filter_concept *a, *b;
	int nt = 0;
	long n = NEAR_BAD;

	for (t = strtok_r(arg, " \t", &save); t != NULL;
	    t = strtok_r(NULL, " \t", &save))
		if (nt < 4)
			tok[nt++] = t;
	if (nt == 3 && strcmp(tok[2], "paragraph") == 0)
		n = FILTER_NEAR_PARAGRAPH;
	else if (nt == 3 && strcmp(tok[2], "zone") == 0)
		n = FILTER_NEAR_ZONE;
	else if (nt == 3 && g_ascii_isdigit(*tok[2])) {
		n = strtol(tok[2], &e, 10);
		if (*e != '\0' || n > 30)
			n = NEAR_BAD;
	}
	if (nt != 3 || *tok[0] != '{' || *tok[1] != '{' || n == NEAR_BAD) {
		filter_error(ps, arg, "'%s' needs {concept} {concept} N (N "
		    "words between them, 0 to 30, 'paragraph' or 'zone')", kw);
		return;
	}
	a = filter_term_concept(ps, tok[0], tok[0]);
	b = filter_term_concept(ps, tok[1], tok[1]);
	if (a != NULL && b != NULL)
		filter_term_push(ps, a, b, (int)n);
}

/* unless NAME...: scope concepts that cancel a hit in their reach. */
void
filter_unless(struct parse *ps, const char *kw, char *arg)
{
	char *tok, *save = NULL;
	struct filter_concept *c;
	struct filter_rule *r = ps->rule;

	if (*arg == '\0')
		filter_error(ps, arg, "'%s' needs scope concept names", kw);
	for (tok = strtok_r(arg, " \t,", &save); tok != NULL;
	    tok = strtok_r(NULL, " \t,", &save)) {
		if ((c = filter_concept_find(ps->cs, tok)) == NULL) {
			filter_error(ps, tok, "unknown concept '%s'", tok);
			continue;
		}
		if (c->scope == SCOPE_NONE) {
			filter_error(ps, tok, "concept '%s' has no scope (say "
			    "how far it reaches with 'scope' in a .concepts "
			    "file)", tok);
			continue;
		}
		c->used = 1;
		r->unless = g_renew(struct filter_concept *, r->unless,
		    r->nunless + 1);
		r->unless[r->nunless++] = c;
	}
}

/* Whether re is only concepts, "{a}" or "{a}|{b}|...": then they are
 * added as terms (errors reported at at) and 1 is returned. */
static int
filter_pattern_terms(struct parse *ps, const char *re, const char *at)
{
	const char *p = re;
	char **names;
	int ok = 1;

	while (ok && *p == '{') {
		p++;
		if (!g_ascii_islower(*p))
			ok = 0;
		while (g_ascii_islower(*p) || g_ascii_isdigit(*p) || *p == '_')
			p++;
		if (*p++ != '}')
			ok = 0;
		else if (*p == '|')
			p++;
		else if (*p != '\0')
			ok = 0;
	}
	if (!ok || *p != '\0' || p == re)
		return 0;
	names = g_strsplit(re, "|", -1);
	for (char **n = names; *n != NULL; n++) {
		struct filter_concept *c = filter_term_concept(ps, *n, at);

		if (c != NULL)
			filter_term_push(ps, c, NULL, 0);
	}
	g_strfreev(names);
	return 1;
}

/* pattern /re/flags */
void
filter_pattern(struct parse *ps, const char *kw, char *arg)
{
	GString *re = g_string_new(NULL);
	unsigned flags = 0;
	int bad = 0;
	char *p;

	if (*arg != '/') {
		filter_error(ps, arg, "'%s' needs /regex/flags", kw);
		goto out;
	}
	for (p = arg + 1; *p != '\0' && *p != '/'; p++) {
		if (p[0] == '\\' && p[1] == '/')
			p++;
		else if (p[0] == '\\' && p[1] != '\0')
			g_string_append_c(re, *p++);
		g_string_append_c(re, *p);
	}
	if (*p != '/') {
		filter_error(ps, arg, "unterminated /.../");
		goto out;
	}
	for (p++; *p != '\0' && *p != ' ' && *p != '\t'; p++) {
		switch (*p) {
		case 'i':
			flags |= RX_CASELESS;
			break;
		case 'm':
			flags |= RX_MULTILINE;
			break;
		case 's':
			flags |= RX_DOTALL;
			break;
		case 'x':
			flags |= RX_EXTENDED;
			break;
		default:
			filter_error(ps, p, "bad flag '%.*s' (flags are i m s "
			    "x)", g_utf8_skip[*(unsigned char *)p], p);
			bad = 1;
			break;
		}
		if (bad)
			goto out;
	}
	if (*filter_skip_ws(p) != '\0') {
		filter_error(ps, filter_skip_ws(p), "unexpected text after "
		    "pattern");
		goto out;
	}
	if (re->len == 0) {
		filter_error(ps, arg, "empty pattern");
		goto out;
	}
	/* "{a}" or "{a}|{b}|..." alone: the concepts themselves, found
	 * once per message for every rule that uses them. */
	if (filter_pattern_terms(ps, re->str, arg + 1))
		goto out;
	filter_pattern_add(ps, arg + 1, re->str, flags);
out:
	g_string_free(re, TRUE);
}
