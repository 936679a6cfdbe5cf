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


struct filter_key {
	const char *name;
	int in_rule;		/* a key of the current rule */
	int once;		/* at most once per rule */
	void (*fn)(struct parse *, const char *, char *);
};

static void filter_threshold(struct parse *, const char *, char *);
static void filter_rival(struct parse *, const char *, char *);
static void filter_rule(struct parse *, const char *, char *);
static void filter_disable(struct parse *, const char *, char *);
static void filter_zones(struct parse *, const char *, char *);
static void filter_weight(struct parse *, const char *, char *);
static void filter_desc(struct parse *, const char *, char *);
static void filter_lang(struct parse *, const char *, char *);

static const struct filter_key filter_keys[] = {
	{ "threshold", 0, 0, filter_threshold },
	{ "rival", 0, 0, filter_rival },
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
int
filter_col(const struct parse *ps, const char *at)
{
	return diag_col(ps->line, at);
}

void
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

char *
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
		if (r->pat_anch != NULL)
			rx_free(&r->pat_anch[i]);
		if (r->pat_concepts != NULL)
			g_free(r->pat_concepts[i]);
	}
	for (size_t i = 0; r->pat_src != NULL && i < r->npats; i++)
		g_free(r->pat_src[i]);
	g_free(r->pat_src);
	g_free(r->pat_flags);
	g_free(r->pat_expand);
	g_free(r->pat_needc);
	g_free(r->pat_lead);
	g_free(r->pat_anch);
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

void
filter_rival_decl_free(gpointer p)
{
	struct filter_rival_decl *x = p;

	if (x == NULL)
		return;
	g_free(x->name);
	g_free(x->file);
	g_free(x);
}

guint
filter_rival_find(const struct filter_class *c, const char *name)
{
	guint i;

	for (i = 0; i < c->rivals->len; i++)
		if (strcmp(((struct filter_rival_decl *)
		    g_ptr_array_index(c->rivals, i))->name, name) == 0)
			break;
	return i;
}

struct filter_class *
filter_class_new(const char *name, const char *file)
{
	struct filter_class *c = g_new0(struct filter_class, 1);

	c->name = g_strdup(name);
	c->threshold = 1;
	c->rivals = g_ptr_array_new_with_free_func(filter_rival_decl_free);
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
	g_ptr_array_free(c->rivals, TRUE);
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

/* "rival NAME [MARGIN]": this signal class and NAME do not fire together
 * (checked against the loaded set in filter.c); "rival none" in an
 * overlay drops the shipped rivals of the class. */
static void
filter_rival(struct parse *ps, const char *kw, char *arg)
{
	struct filter_rival_decl *x;
	char *name = arg, *m, *end;
	double margin = 0;
	guint k;

	if (*arg == '\0') {
		filter_error(ps, arg, "'%s' needs a value", kw);
		return;
	}
	end = arg + strcspn(arg, " \t");
	m = filter_skip_ws(end);
	*end = '\0';
	if (*m != '\0') {
		char *extra = m + strcspn(m, " \t");

		if (*filter_skip_ws(extra) != '\0') {
			filter_error(ps, filter_skip_ws(extra), "unexpected text "
			    "after 'rival %s %.*s'", name, (int)(extra - m), m);
			return;
		}
		*extra = '\0';
		if (filter_number(m, &margin) == -1 || margin < 0) {
			filter_error(ps, m, "bad margin '%s' (a number, 0 or "
			    "more)", m);
			return;
		}
	}
	if (strcmp(name, "none") == 0) {
		if (!ps->local)
			filter_error(ps, name, "'rival none' only undoes a "
			    "shipped rival in a local filter directory; drop "
			    "the line instead");
		else
			ps->cls->rivals_none = 1;
		return;
	}
	if ((k = filter_rival_find(ps->cls, name)) < ps->cls->rivals->len) {
		x = g_ptr_array_index(ps->cls->rivals, k);
		filter_error(ps, name, "duplicate rival %s (first at line %d)",
		    name, x->line);
		return;
	}
	x = g_new0(struct filter_rival_decl, 1);
	x->name = g_strdup(name);
	x->margin = margin;
	x->file = g_strdup(ps->file);
	x->line = ps->lineno;
	x->col = filter_col(ps, name);
	g_ptr_array_add(ps->cls->rivals, x);
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
