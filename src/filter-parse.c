/* Filter files, reading one: "<class>.rules" into a struct filter_class.
 * The format is documented in filters/README.md. */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "diag.h"
#include "filter-int.h"
#include "lang.h"
#include "msg.h"
#include "mt.h"
#include "rx.h"

/* Zones by name; "all" means every one of them. */
static const struct {
	const char *name;
	int zone;
} filter_zone_names[] = {
	{ "subject", ZONE_SUBJECT },
	{ "body", ZONE_BODY },
	{ "quoted", ZONE_QUOTED },
	{ "signature", ZONE_SIGNATURE },
	{ "from", ZONE_FROM },
};
#define FILTER_NZONES G_N_ELEMENTS(filter_zone_names)

/* One file being read. */
struct parse {
	const char *file;
	struct diag *d;
	int local;		/* an overlay file: "disable" allowed */
	struct filter_concepts *cs;	/* what {name} refers to */
	int nerr;
	const char *line;	/* the current line, for columns */
	int lineno;
	struct filter_class *cls;
	GHashTable *ids;	/* short id -> line first defined */
	struct filter_rule *rule;	/* the rule being read, or NULL */
	int rule_line;
	int rule_col;
	int rule_keep;		/* 0 after a bad or duplicate id */
	unsigned seen;		/* rule keys given so far, by table index */
};

struct filter_key {
	const char *name;
	int in_rule;		/* a key of the current rule */
	int once;		/* at most once per rule */
	void (*fn)(struct parse *, const char *, char *);
};

static void filter_threshold(struct parse *, const char *, char *);
static void filter_rule(struct parse *, const char *, char *);
static void filter_disable(struct parse *, const char *, char *);
static void filter_zones(struct parse *, const char *, char *);
static void filter_pattern(struct parse *, const char *, char *);
static void filter_weight(struct parse *, const char *, char *);
static void filter_desc(struct parse *, const char *, char *);
static void filter_near(struct parse *, const char *, char *);
static void filter_unless(struct parse *, const char *, char *);
static void filter_lang(struct parse *, const char *, char *);

static const struct filter_key filter_keys[] = {
	{ "threshold", 0, 0, filter_threshold },
	{ "rule", 0, 0, filter_rule },
	{ "disable", 0, 0, filter_disable },
	{ "zones", 1, 1, filter_zones },
	{ "pattern", 1, 0, filter_pattern },
	{ "weight", 1, 1, filter_weight },
	{ "desc", 1, 1, filter_desc },
	{ "near", 1, 0, filter_near },
	{ "unless", 1, 1, filter_unless },
	{ "lang", 1, 1, filter_lang },
};

/* 1-based column of at in the current line, counted in characters. */
static int
filter_col(const struct parse *ps, const char *at)
{
	return diag_col(ps->line, at);
}

static void __attribute__((format(printf, 5, 6)))
filter_diag(struct parse *ps, enum diag_severity sev, int line, int col,
    const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	diag_add(ps->d, sev, ps->file, line, col, "%s", msg);
	g_free(msg);
	if (sev == DIAG_ERROR)
		ps->nerr++;
}

#define filter_error(ps, at, ...) \
	filter_diag(ps, DIAG_ERROR, (ps)->lineno, filter_col(ps, at), __VA_ARGS__)

static char *
filter_skip_ws(char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

/* The single word of arg, or NULL after an error for none or more. */
static char *
filter_word(struct parse *ps, const char *kw, char *arg)
{
	char *end, *extra;

	if (*arg == '\0') {
		filter_error(ps, arg, "'%s' needs a value", kw);
		return NULL;
	}
	end = arg + strcspn(arg, " \t");
	extra = filter_skip_ws(end);
	if (*extra != '\0') {
		filter_error(ps, extra, "unexpected text after '%s %.*s'", kw,
		    (int)(end - arg), arg);
		return NULL;
	}
	return arg;
}

/* [+-]digits[.digits]: no exponents, no hex, nothing strtod adds. */
static int
filter_number(const char *s, double *out)
{
	const char *p = s;

	if (*p == '+' || *p == '-')
		p++;
	if (!g_ascii_isdigit(*p))
		return -1;
	while (g_ascii_isdigit(*p))
		p++;
	if (*p == '.') {
		if (!g_ascii_isdigit(*++p))
			return -1;
		while (g_ascii_isdigit(*p))
			p++;
	}
	if (*p != '\0')
		return -1;
	*out = g_ascii_strtod(s, NULL);
	return isfinite(*out) ? 0 : -1;
}

static int
filter_id_ok(const char *id)
{
	if (*id == '\0')
		return 0;
	for (; *id != '\0'; id++)
		if (!g_ascii_islower(*id) && !g_ascii_isdigit(*id) &&
		    *id != '_')
			return 0;
	return 1;
}

static void
filter_disable_free(gpointer p)
{
	struct filter_disable *x = p;

	g_free(x->id);
	g_free(x);
}

void
filter_rule_free(gpointer p)
{
	struct filter_rule *r = p;

	if (r == NULL)
		return;
	for (size_t i = 0; i < r->nzones; i++)
		g_free(r->zones[i].name);
	for (size_t i = 0; i < r->npats; i++) {
		rx_free(&r->pats[i]);
		if (r->pat_concepts != NULL)
			g_free(r->pat_concepts[i]);
	}
	for (size_t i = 0; r->pat_src != NULL && i < r->npats; i++)
		g_free(r->pat_src[i]);
	g_free(r->pat_src);
	g_free(r->pat_flags);
	g_free(r->pat_expand);
	g_free(r->pat_lang);
	g_free(r->pat_concepts);
	g_free(r->unless);
	g_free(r->terms);
	g_free(r->zones);
	g_free(r->pats);
	g_free(r->need);
	g_free(r->id);
	g_free(r->desc);
	g_free(r);
}

struct filter_class *
filter_class_new(const char *name, const char *file)
{
	struct filter_class *c = g_new0(struct filter_class, 1);

	c->name = g_strdup(name);
	c->threshold = 1;
	c->rules = g_ptr_array_new_with_free_func(filter_rule_free);
	c->disables = g_ptr_array_new_with_free_func(filter_disable_free);
	c->file = g_strdup(file);
	return c;
}

void
filter_class_free(gpointer p)
{
	struct filter_class *c = p;

	if (c == NULL)
		return;
	g_ptr_array_free(c->rules, TRUE);
	g_ptr_array_free(c->disables, TRUE);
	g_free(c->name);
	g_free(c->file);
	g_free(c);
}

static void
filter_threshold(struct parse *ps, const char *kw, char *arg)
{
	char *w;

	if ((w = filter_word(ps, kw, arg)) == NULL)
		return;
	if (ps->cls->thr_line != 0) {
		filter_error(ps, w, "duplicate threshold (first at line %d)",
		    ps->cls->thr_line);
		return;
	}
	if (filter_number(w, &ps->cls->threshold) == -1)
		filter_error(ps, w, "bad number '%s'", w);
	else if (ps->cls->threshold <= 0)
		filter_error(ps, w, "threshold must be positive");
	ps->cls->thr_line = ps->lineno;
	ps->cls->thr_col = filter_col(ps, w);
}

/* Whether the current rule has had a line with key name. */
static int
filter_seen(const struct parse *ps, const char *name)
{
	for (size_t i = 0; i < G_N_ELEMENTS(filter_keys); i++)
		if (strcmp(filter_keys[i].name, name) == 0)
			return (ps->seen & (1u << i)) != 0;
	return 0;
}

/* Checks and keeps (or drops) the rule just read. */
static void
filter_rule_end(struct parse *ps)
{
	struct filter_rule *r = ps->rule;

	if (r == NULL)
		return;
	ps->rule = NULL;
	/* A bad pattern or desc line has had its error already. */
	if (r->npats == 0 && r->nterms == 0 && !filter_seen(ps, "pattern") &&
	    !filter_seen(ps, "near"))
		filter_diag(ps, DIAG_ERROR, ps->rule_line, ps->rule_col,
		    "rule '%s' has no pattern", r->id);
	if (!filter_seen(ps, "desc"))
		filter_diag(ps, DIAG_ERROR, ps->rule_line, ps->rule_col,
		    "rule '%s' has no desc", r->id);
	if (r->nzones == 0) {
		r->zones = g_new0(struct filter_zone, 2);
		r->zones[0].zone = ZONE_SUBJECT;
		r->zones[0].name = g_strdup("subject");
		r->zones[1].zone = ZONE_BODY;
		r->zones[1].name = g_strdup("body");
		r->nzones = 2;
	}
	if (ps->rule_keep)
		g_ptr_array_add(ps->cls->rules, r);
	else
		filter_rule_free(r);
}

static void
filter_rule(struct parse *ps, const char *kw, char *arg)
{
	char *id = filter_word(ps, kw, arg);
	gpointer first;

	filter_rule_end(ps);
	ps->rule = g_new0(struct filter_rule, 1);
	ps->rule->weight = 1;
	ps->rule_line = ps->lineno;
	ps->rule_col = filter_col(ps, arg);
	ps->rule_keep = 0;
	ps->seen = 0;
	if (id == NULL) {
		ps->rule->id = g_strdup("?");
		return;
	}
	ps->rule->id = g_strdup_printf("%s/%s", ps->cls->name, id);
	if (!filter_id_ok(id))
		filter_error(ps, id, "bad rule id '%s' (use a-z, 0-9 and _)",
		    id);
	else if ((first = g_hash_table_lookup(ps->ids, id)) != NULL)
		filter_error(ps, id, "duplicate rule id '%s' (first at line "
		    "%d)", id, GPOINTER_TO_INT(first));
	else {
		g_hash_table_insert(ps->ids, g_strdup(id),
		    GINT_TO_POINTER(ps->lineno));
		ps->rule_keep = 1;
	}
}

static void
filter_disable(struct parse *ps, const char *kw, char *arg)
{
	struct filter_disable *x;
	char *id;

	filter_rule_end(ps);
	if ((id = filter_word(ps, kw, arg)) == NULL)
		return;
	if (!ps->local) {
		filter_error(ps, arg, "'disable' belongs in a local overlay "
		    "file");
		return;
	}
	if (!filter_id_ok(id)) {
		filter_error(ps, id, "bad rule id '%s' (use a-z, 0-9 and _)",
		    id);
		return;
	}
	for (size_t i = 0; i < ps->cls->disables->len; i++) {
		x = g_ptr_array_index(ps->cls->disables, i);
		if (strcmp(x->id, id) == 0) {
			filter_error(ps, id, "'%s' already disabled at line "
			    "%d", id, x->line);
			return;
		}
	}
	x = g_new0(struct filter_disable, 1);
	x->id = g_strdup(id);
	x->line = ps->lineno;
	x->col = filter_col(ps, id);
	g_ptr_array_add(ps->cls->disables, x);
}

static void
filter_zone_add(struct filter_rule *r, int zone, const char *name)
{
	struct filter_zone *z;

	for (size_t i = 0; i < r->nzones; i++)
		if (strcmp(r->zones[i].name, name) == 0)
			return;
	r->zones = g_renew(struct filter_zone, r->zones, r->nzones + 1);
	z = &r->zones[r->nzones++];
	z->zone = zone;
	z->name = g_strdup(name);
	z->header = zone == -1 ? z->name + strlen("header:") : NULL;
}

/* "header:" followed by an RFC 5322 field name (printable ASCII, no
 * colon, section 3.6.8). */
static int
filter_header_ok(const char *tok)
{
	const char *p = tok + strlen("header:");

	if (*p == '\0')
		return 0;
	for (; *p != '\0'; p++)
		if (*p < 33 || *p > 126 || *p == ':')
			return 0;
	return 1;
}

static void
filter_zones(struct parse *ps, const char *kw, char *arg)
{
	char *tok, *save = NULL;
	size_t i;

	if (*arg == '\0')
		filter_error(ps, arg, "'%s' needs a value", kw);
	for (tok = strtok_r(arg, " \t,", &save); tok != NULL;
	    tok = strtok_r(NULL, " \t,", &save)) {
		if (strcmp(tok, "all") == 0) {
			for (i = 0; i < FILTER_NZONES; i++)
				filter_zone_add(ps->rule,
				    filter_zone_names[i].zone,
				    filter_zone_names[i].name);
			continue;
		}
		if (strncmp(tok, "header:", 7) == 0) {
			if (filter_header_ok(tok))
				filter_zone_add(ps->rule, -1, tok);
			else
				filter_error(ps, tok, "bad header name in "
				    "'%s'", tok);
			continue;
		}
		for (i = 0; i < FILTER_NZONES; i++)
			if (strcmp(tok, filter_zone_names[i].name) == 0)
				break;
		if (i == FILTER_NZONES)
			filter_error(ps, tok, "unknown zone '%s'", tok);
		else
			filter_zone_add(ps->rule, filter_zone_names[i].zone,
			    tok);
	}
}

static void
filter_weight(struct parse *ps, const char *kw, char *arg)
{
	char *w;

	if ((w = filter_word(ps, kw, arg)) == NULL)
		return;
	if (filter_number(w, &ps->rule->weight) == -1)
		filter_error(ps, w, "bad number '%s'", w);
}

static void
filter_desc(struct parse *ps, const char *kw, char *arg)
{
	if (*arg == '\0')
		filter_error(ps, arg, "'%s' needs a value", kw);
	else
		ps->rule->desc = g_strdup(arg);
}

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
	r->cs = ps->cs;
	r->pats[r->npats] = rx;
	r->pat_src[r->npats] = rx == NULL ? g_strdup(src) : NULL;
	r->pat_flags[r->npats] = flags;
	r->pat_lang[r->npats] = lang;
	r->pat_concepts[r->npats] = concepts != NULL && *concepts != '\0' ?
	    g_strdup(concepts) : NULL;
	r->npats++;
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
	struct rx *rx;
	size_t off;
	long risk;
	int used, nvar = 0;

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
 * paragraph, a few sentences apart. Matched by match.c, each concept
 * compiled once for all the rules that use it. */
static void
filter_near(struct parse *ps, const char *kw, char *arg)
{
	char *tok[4] = { NULL, NULL, NULL, NULL }, *save = NULL, *e, *t;
	struct filter_concept *a, *b;
	int nt = 0;
	long n = -1;

	for (t = strtok_r(arg, " \t", &save); t != NULL;
	    t = strtok_r(NULL, " \t", &save))
		if (nt < 4)
			tok[nt++] = t;
	if (nt == 3 && strcmp(tok[2], "paragraph") == 0) {
		n = FILTER_NEAR_PARAGRAPH;
		e = tok[2] + strlen(tok[2]);
	} else if (nt == 3)
		n = strtol(tok[2], &e, 10);
	if (nt != 3 || *tok[0] != '{' || *tok[1] != '{' || *e != '\0' ||
	    (n != FILTER_NEAR_PARAGRAPH && (n < 0 || n > 30))) {
		filter_error(ps, arg, "'%s' needs {concept} {concept} N (N "
		    "words between them, 0 to 30, or 'paragraph')", kw);
		return;
	}
	a = filter_term_concept(ps, tok[0], tok[0]);
	b = filter_term_concept(ps, tok[1], tok[1]);
	if (a != NULL && b != NULL)
		filter_term_push(ps, a, b, (int)n);
}

/* unless NAME...: scope concepts that cancel a hit in their reach. */
static void
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

/* lang CODE...: the rule runs only on mail in these languages; "unsure"
 * adds mail whose language the guess could not tell. */
static void
filter_lang(struct parse *ps, const char *kw, char *arg)
{
	char *tok, *save = NULL;
	int l;

	if (*arg == '\0')
		filter_error(ps, arg, "'%s' needs language codes", kw);
	for (tok = strtok_r(arg, " \t,", &save); tok != NULL;
	    tok = strtok_r(NULL, " \t,", &save)) {
		if (strcmp(tok, "unsure") == 0)
			ps->rule->langs |= FILTER_LANG_UNSURE;
		else if ((l = lang_parse(tok)) < 0 || strlen(tok) != 2)
			filter_error(ps, tok, "unknown language '%s' (en de "
			    "fr es pt it nl, or unsure)", tok);
		else
			ps->rule->langs |= 1u << l;
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
static void
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

static void
filter_line(struct parse *ps, char *line)
{
	const struct filter_key *k = NULL;
	char *kw, *end, *arg;
	size_t i, n;

	ps->line = line;
	n = strlen(line);
	while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\t' ||
	    line[n - 1] == '\r'))
		line[--n] = '\0';
	if (!g_utf8_validate(line, -1, (const char **)&end)) {
		filter_error(ps, end, "invalid UTF-8");
		return;
	}
	kw = filter_skip_ws(line);
	if (*kw == '\0' || *kw == '#')
		return;
	end = kw + strcspn(kw, " \t");
	arg = filter_skip_ws(end);
	for (i = 0; i < G_N_ELEMENTS(filter_keys); i++) {
		if (strlen(filter_keys[i].name) == (size_t)(end - kw) &&
		    strncmp(filter_keys[i].name, kw, end - kw) == 0) {
			k = &filter_keys[i];
			break;
		}
	}
	*end = '\0';
	if (k == NULL) {
		filter_error(ps, kw, "unknown %s '%s'", ps->rule != NULL ?
		    "key" : "directive", kw);
		return;
	}
	if (k->in_rule && ps->rule == NULL) {
		filter_error(ps, kw, "'%s' before any rule", kw);
		return;
	}
	if (k->in_rule && k->once && (ps->seen & (1u << i))) {
		filter_error(ps, kw, "duplicate '%s' in rule '%s'", kw,
		    ps->rule->id);
		return;
	}
	ps->seen |= 1u << i;
	k->fn(ps, kw, arg);
}

int
filter_parse_file(const char *path, const char *name, int local,
    struct filter_concepts *cs, struct diag *d, struct filter_class **out)
{
	struct parse ps;
	GError *gerr = NULL;
	char *text = NULL, *line, *next;

	memset(&ps, 0, sizeof ps);
	ps.file = path;
	ps.d = d;
	ps.local = local;
	ps.cs = cs;
	ps.cls = filter_class_new(name, path);
	ps.ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	*out = ps.cls;
	if (!g_file_get_contents(path, &text, NULL, &gerr)) {
		filter_diag(&ps, DIAG_ERROR, 0, 0, "%s", gerr->message);
		goto out;
	}
	for (line = text; line != NULL; line = next) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		ps.lineno++;
		filter_line(&ps, line);
	}
	filter_rule_end(&ps);
out:
	if (gerr != NULL)
		g_error_free(gerr);
	g_hash_table_destroy(ps.ids);
	g_free(text);
	return ps.nerr;
}
