/* Concepts: named vocabularies per language ("*.concepts" files) that
 * rules use as {name}: the set, reading its files, and expanding {name}
 * in a rule's pattern. Scope concepts (negation, question, ...) also say
 * how far they reach. filter-concept-build.c makes a language's words
 * into regexes; the format is documented in filters/README.md. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "diag.h"
#include "filter-int.h"
#include "lang.h"
#include "rx.h"

#define CONCEPT_MAX_WORDS 30	/* "before"/"after" reach at most */

static const struct {
	const char *name;
	enum filter_scope scope;
	int counted;		/* takes a number of words */
} concept_scopes[] = {
	{ "before", SCOPE_BEFORE, 1 },
	{ "after", SCOPE_AFTER, 1 },
	{ "clause", SCOPE_CLAUSE, 0 },
	{ "sentence", SCOPE_SENTENCE, 0 },
	{ "overlap", SCOPE_OVERLAP, 0 },
	{ "condition", SCOPE_CONDITION, 0 },
	{ "zone", SCOPE_ZONE, 0 },
};

/* One file being read. */
struct cparse {
	const char *file;
	struct diag *d;
	struct filter_concepts *cs;
	int nerr;
	int lineno;
	const char *line;
	int lang;		/* -1 until "lang": words go to every one */
	int lang_line;
	int quick;		/* lazy: words and patterns only noted */
	int late;		/* reading them for this language, or -1 */
	int noted;		/* words or pattern lines noted (quick) */
	struct filter_concept *cur;
	int cur_line;
	int cur_col;
	int cur_items;		/* words, patterns or scope in this block */
};

static int
concept_col(const struct cparse *ps, const char *at)
{
	return diag_col(ps->line, at);
}

static void __attribute__((format(printf, 4, 5)))
concept_diag(struct cparse *ps, enum diag_severity sev, const char *at,
    const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	if (ps->late >= 0) {	/* for the messages in that language */
		GString **e = &ps->cs->late_errs[ps->late];

		if (sev == DIAG_ERROR) {
			if (*e == NULL)
				*e = g_string_new(NULL);
			g_string_append_printf(*e, "%s%s:%d:%d: %s",
			    (*e)->len > 0 ? "; " : "", ps->file, ps->lineno,
			    at != NULL ? concept_col(ps, at) : 0, msg);
		}
		g_free(msg);
		return;
	}
	diag_add(ps->d, sev, ps->file, ps->lineno, at != NULL ?
	    concept_col(ps, at) : 0, "%s", msg);
	g_free(msg);
	if (sev == DIAG_ERROR)
		ps->nerr++;
}

static void
concept_free(gpointer p)
{
	struct filter_concept *c = p;

	for (int l = 0; l < LANG_COUNT; l++) {
		if (c->alt[l] != NULL)
			g_string_free(c->alt[l], TRUE);
		if (c->palt[l] != NULL)
			g_string_free(c->palt[l], TRUE);
		if (c->aalt[l] != NULL)
			g_string_free(c->aalt[l], TRUE);
		if (c->pkeys[l] != NULL)
			g_hash_table_destroy(c->pkeys[l]);
		if (c->groups[l] != NULL)
			g_hash_table_destroy(c->groups[l]);
		rx_free(&c->prx[l]);
		rx_free(&c->arx[l]);
		if (c->gate[l] != NULL)
			filter_wgroup_free(c->gate[l]);
		if (c->items[l] != NULL)
			g_ptr_array_unref(c->items[l]);
		for (int part = 0; part < 2; part++) {
			if (c->need[l][part] != NULL)
				g_array_unref(c->need[l][part]);
			if (c->pitems[l][part] != NULL)
				g_ptr_array_unref(c->pitems[l][part]);
			if (c->subsets[l][part] != NULL)
				g_hash_table_destroy(c->subsets[l][part]);
		}
	}
	g_free(c->name);
	g_free(c->file);
	g_free(c->scope_file);
	g_free(c);
}

/* A file whose words and patterns are read later (lazy). */
struct concept_later {
	char *path;
	char *text;		/* as read */
	int lang;		/* its "lang", or -1 */
};

static void
concept_later_free(gpointer p)
{
	struct concept_later *f = p;

	g_free(f->path);
	g_free(f->text);
	g_free(f);
}

struct filter_concepts *
filter_concepts_new(void)
{
	struct filter_concepts *cs = g_new0(struct filter_concepts, 1);

	cs->by_name = g_hash_table_new(g_str_hash, g_str_equal);
	cs->list = g_ptr_array_new_with_free_func(concept_free);
	cs->later = g_ptr_array_new_with_free_func(concept_later_free);
	return cs;
}

void
filter_concepts_free(struct filter_concepts **cs)
{
	if (cs == NULL || *cs == NULL)
		return;
	g_hash_table_destroy((*cs)->by_name);
	if ((*cs)->index != NULL) {
		g_hash_table_destroy((*cs)->index);
		g_hash_table_destroy((*cs)->pindex);
		g_hash_table_destroy((*cs)->heads);
	}
	g_ptr_array_free((*cs)->list, TRUE);
	g_ptr_array_free((*cs)->later, TRUE);
	for (int l = 0; l < LANG_COUNT; l++)
		if ((*cs)->late_errs[l] != NULL)
			g_string_free((*cs)->late_errs[l], TRUE);
	if ((*cs)->tmp != NULL)
		g_ptr_array_unref((*cs)->tmp);
	g_free(*cs);
	*cs = NULL;
}

struct filter_concept *
filter_concept_find(struct filter_concepts *cs, const char *name)
{
	return cs != NULL ? g_hash_table_lookup(cs->by_name, name) : NULL;
}

static int
concept_name_ok(const char *s, size_t n)
{
	if (n == 0 || !(g_ascii_islower(*s) || *s == '_'))
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!g_ascii_islower(s[i]) && !g_ascii_isdigit(s[i]) &&
		    s[i] != '_')
			return 0;
	return 1;
}

static void
concept_citem_free(gpointer p)
{
	struct filter_citem *it = p;

	g_free(it->text);
	g_free(it);
}

/* Records a words entry or a pattern (its source) for the file's
 * language, or every language when the file names none. */
static void
concept_add(struct cparse *ps, const char *text, int pattern)
{
	struct filter_concept *c = ps->cur;

	for (int l = 0; l < LANG_COUNT; l++) {
		struct filter_citem *it;

		if ((ps->lang >= 0 && l != ps->lang) ||
		    (ps->late >= 0 && l != ps->late))
			continue;
		c->has[l] = 1;
		if (c->items[l] == NULL)
			c->items[l] = g_ptr_array_new_with_free_func(
			    concept_citem_free);
		it = g_new(struct filter_citem, 1);
		it->text = g_strdup(text);
		it->pattern = pattern;
		g_ptr_array_add(c->items[l], it);
	}
	ps->cur_items++;
}


static void
concept_words(struct cparse *ps, char *arg)
{
	const char *bad;
	char *p = arg, *comma, *e, *end;

	/* The entries cut in place: each keeps its column in the line. */
	for (;;) {
		if ((comma = strchr(p, ',')) != NULL)
			*comma = '\0';
		e = p + strspn(p, " \t");
		end = e + strlen(e);
		while (end > e && (end[-1] == ' ' || end[-1] == '\t'))
			*--end = '\0';
		if (*e == '\0')
			concept_diag(ps, DIAG_ERROR, e, "empty word in "
			    "'words' (two commas, or one at an end)");
		else if (filter_word_check(e, &bad) == -1)
			concept_diag(ps, DIAG_ERROR, e, "'*' must end a word "
			    "of at least 3 letters in '%s'", e);
		else
			concept_add(ps, e, 0);
		if (comma == NULL)
			break;
		p = comma + 1;
	}
}

static void
concept_pattern(struct cparse *ps, char *arg)
{
	GString *re = g_string_new(NULL);
	char errbuf[256];
	size_t off, n = strlen(arg);
	struct rx *rx = NULL;
	long risk;

	if (n == 0) {
		concept_diag(ps, DIAG_ERROR, arg, "'pattern' needs a regex");
		goto out;
	}
	filter_concept_pattern_regex(re, arg);
	/* One message per process (lazy) compiles it only when a message
	 * needs it; check and the batch modes compile it here. */
	if (!ps->cs->lazy && (rx = rx_compile(re->str, re->len,
	    RX_CASELESS, errbuf, sizeof errbuf, &off)) == NULL) {
		off = off > 3 ? off - 3 : 0;
		concept_diag(ps, DIAG_ERROR, arg + MIN(off, n),
		    "bad pattern: %s", errbuf);
		goto out;
	}
	if (!ps->cs->lazy)
		rx_free(&rx);
	if ((risk = filter_backtrack_risk(arg, n)) >= 0)
		concept_diag(ps, DIAG_WARNING, arg + risk, "pattern may "
		    "backtrack catastrophically: a repeated group holds an "
		    "unbounded quantifier");
	concept_add(ps, arg, 1);
out:
	g_string_free(re, TRUE);
}

static void
concept_scope(struct cparse *ps, char *arg)
{
	char **w = g_strsplit_set(arg, " \t", -1);
	struct filter_concept *c = ps->cur;
	enum filter_scope kind = SCOPE_NONE;
	int n = 0, counted = 0, nw = 0;
	char *words[3] = { NULL, NULL, NULL };
	size_t i;

	for (char **p = w; *p != NULL; p++)
		if (**p != '\0' && nw < 3)
			words[nw++] = *p;
	for (i = 0; nw > 0 && i < G_N_ELEMENTS(concept_scopes); i++)
		if (strcmp(words[0], concept_scopes[i].name) == 0) {
			kind = concept_scopes[i].scope;
			counted = concept_scopes[i].counted;
		}
	if (kind == SCOPE_NONE) {
		concept_diag(ps, DIAG_ERROR, arg, "'scope' needs before N, "
		    "after N, clause, sentence or overlap");
		goto out;
	}
	if (counted) {
		n = nw == 2 ? atoi(words[1]) : 0;
		if (nw != 2 || n < 1 || n > CONCEPT_MAX_WORDS) {
			concept_diag(ps, DIAG_ERROR, arg, "'scope %s' needs a "
			    "number of words from 1 to %d", words[0],
			    CONCEPT_MAX_WORDS);
			goto out;
		}
	} else if (nw != 1) {
		concept_diag(ps, DIAG_ERROR, arg, "unexpected text after "
		    "'scope %s'", words[0]);
		goto out;
	}
	if (c->scope_line != 0 && (c->scope != kind || c->scope_n != n)) {
		concept_diag(ps, DIAG_ERROR, arg, "scope of '%s' already set "
		    "differently at %s:%d", c->name, c->scope_file,
		    c->scope_line);
		goto out;
	}
	c->scope = kind;
	c->scope_n = n;
	if (c->scope_line == 0) {
		c->scope_line = ps->lineno;
		c->scope_file = g_strdup(ps->file);
	}
	ps->cur_items++;
out:
	g_strfreev(w);
}

static void
concept_end(struct cparse *ps)
{
	if (ps->late >= 0) {	/* checked when first read */
		ps->cur = NULL;
		return;
	}
	if (ps->cur != NULL && ps->cur_items == 0)
		diag_add(ps->d, DIAG_ERROR, ps->file, ps->cur_line,
		    ps->cur_col, "concept '%s' is empty: give it words, "
		    "patterns or a scope", ps->cur->name);
	if (ps->cur != NULL && ps->cur_items == 0)
		ps->nerr++;
	ps->cur = NULL;
}

static void
concept_begin(struct cparse *ps, char *arg)
{
	struct filter_concept *c;

	concept_end(ps);
	if (ps->late >= 0) {	/* made when first read */
		ps->cur = concept_name_ok(arg, strlen(arg)) ?
		    filter_concept_find(ps->cs, arg) : NULL;
		return;
	}
	if (!concept_name_ok(arg, strlen(arg))) {
		concept_diag(ps, DIAG_ERROR, arg, "bad concept name '%s' "
		    "(use a-z, 0-9 and _)", arg);
		return;
	}
	if ((c = filter_concept_find(ps->cs, arg)) == NULL) {
		c = g_new0(struct filter_concept, 1);
		c->id = ps->cs->list->len;
		c->name = g_strdup(arg);
		c->jit = ps->cs->jit;
		c->file = g_strdup(ps->file);
		c->line = ps->lineno;
		c->col = concept_col(ps, arg);
		g_ptr_array_add(ps->cs->list, c);
		g_hash_table_insert(ps->cs->by_name, c->name, c);
	}
	ps->cur = c;
	ps->cur_line = ps->lineno;
	ps->cur_col = concept_col(ps, arg);
	ps->cur_items = 0;
}

/* Whether kw[0..n) is "words" or "pattern". */
static int
concept_is_item(const char *kw, size_t n)
{
	return (n == 5 && memcmp(kw, "words", 5) == 0) ||
	    (n == 7 && memcmp(kw, "pattern", 7) == 0);
}

/* A words or pattern line noted, not read (quick): the languages it
 * gives the current concept words in. */
static void
concept_note(struct cparse *ps)
{
	for (int l = 0; l < LANG_COUNT; l++)
		if (ps->lang < 0 || l == ps->lang)
			ps->cur->has[l] = 1;
	ps->cur_items++;
	ps->noted++;
}

static void
concept_line(struct cparse *ps, char *line)
{
	char *kw, *end, *arg;
	size_t n = strlen(line);
	int item;

	ps->line = line;
	while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\t' ||
	    line[n - 1] == '\r'))
		line[--n] = '\0';
	kw = line + strspn(line, " \t");
	if (*kw == '\0' || *kw == '#')
		return;
	end = kw + strcspn(kw, " \t");
	arg = end + strspn(end, " \t");
	item = concept_is_item(kw, (size_t)(end - kw));
	/* Reading later: only the words and patterns, for one language. */
	if (ps->late >= 0 && !item && (size_t)(end - kw) == 7 &&
	    memcmp(kw, "concept", 7) == 0) {
		*end = '\0';
		concept_begin(ps, arg);
		return;
	}
	if ((ps->late >= 0 && (!item || ps->cur == NULL)) ||
	    (ps->quick && item && ps->cur != NULL && *arg != '\0')) {
		if (ps->late < 0)
			concept_note(ps);
		return;
	}
	if (!g_utf8_validate(line, -1, (const char **)&end)) {
		concept_diag(ps, DIAG_ERROR, end, "invalid UTF-8");
		return;
	}
	end = kw + strcspn(kw, " \t");
	*end = '\0';
	if (strcmp(kw, "lang") == 0) {
		if (ps->lang_line != 0 || ps->cur != NULL)
			concept_diag(ps, DIAG_ERROR, kw, "'lang' must come "
			    "once, before the first concept");
		else if ((ps->lang = lang_parse(arg)) < 0 ||
		    strlen(arg) != 2)
			concept_diag(ps, DIAG_ERROR, arg, "unknown language "
			    "'%s' (en de fr es pt it nl)", arg);
		ps->lang_line = ps->lineno;
	} else if (strcmp(kw, "concept") == 0)
		concept_begin(ps, arg);
	else if (!item && strcmp(kw, "scope") != 0)
		concept_diag(ps, DIAG_ERROR, kw, "unknown key '%s' (lang, "
		    "concept, words, pattern, scope)", kw);
	else if (ps->cur == NULL)
		concept_diag(ps, DIAG_ERROR, kw, "'%s' before any concept", kw);
	else if (*arg == '\0')
		concept_diag(ps, DIAG_ERROR, arg, "'%s' needs a value", kw);
	else if (strcmp(kw, "words") == 0)
		concept_words(ps, arg);
	else if (strcmp(kw, "pattern") == 0)
		concept_pattern(ps, arg);
	else
		concept_scope(ps, arg);
}

/* Reads text (path's; left as it is) into ps's set: everything
 * (check, batch modes), or (lazy, quick) all but the words and patterns,
 * or (late) only those, for one language. */
static void
concept_read(struct cparse *ps, const char *text)
{
	GString *line = g_string_new(NULL);
	const char *p, *nl;

	/* Each line copied (concept_line cuts it up): the text stays as
	 * read, for reading it again later (lazy). */
	for (p = text; p != NULL; p = nl != NULL ? nl + 1 : NULL) {
		nl = strchr(p, '\n');
		g_string_truncate(line, 0);
		g_string_append_len(line, p, nl != NULL ? nl - p :
		    (gssize)strlen(p));
		ps->lineno++;
		concept_line(ps, line->str);
	}
	concept_end(ps);
	g_string_free(line, TRUE);
}

/* Reads the words and patterns in language l of the files read quick
 * (lazy), in the order the files were read, once. */
void
filter_concepts_read_lang(struct filter_concepts *cs, int l)
{
	if (cs->read[l])
		return;
	cs->read[l] = 1;
	for (guint i = 0; i < cs->later->len; i++) {
		const struct concept_later *f = g_ptr_array_index(cs->later, i);
		struct cparse ps;

		if (f->lang >= 0 && f->lang != l)
			continue;
		memset(&ps, 0, sizeof ps);
		ps.file = f->path;
		ps.cs = cs;
		ps.lang = f->lang;
		ps.late = l;
		concept_read(&ps, f->text);
	}
}

int
filter_concepts_parse_file(const char *path, struct filter_concepts *cs,
    struct diag *d)
{
	struct concept_later *f;
	struct cparse ps;
	GError *gerr = NULL;
	char *text = NULL;

	memset(&ps, 0, sizeof ps);
	ps.file = path;
	ps.d = d;
	ps.cs = cs;
	ps.lang = -1;
	ps.late = -1;
	/* One message per process reads one or two languages of seven:
	 * the words wait until one is needed (check reads them all). */
	ps.quick = cs->lazy;
	if (!g_file_get_contents(path, &text, NULL, &gerr)) {
		diag_add(d, DIAG_ERROR, path, 0, 0, "%s", gerr->message);
		g_error_free(gerr);
		return 1;
	}
	concept_read(&ps, text);
	if (ps.noted > 0 && ps.nerr == 0) {
		f = g_new0(struct concept_later, 1);
		f->path = g_strdup(path);
		f->text = text;
		f->lang = ps.lang;
		g_ptr_array_add(cs->later, f);
	} else
		g_free(text);
	return ps.nerr;
}

static int
concept_expand(struct filter_concepts *cs, const char *re, int lang,
    GString *out, int check, const char **bad, GString *names)
{
	const char *p = re, *q;
	int used = 0;
	char *name;

	g_string_truncate(out, 0);
	while (*p != '\0') {
		if (*p == '\\' && p[1] != '\0') {
			g_string_append_len(out, p, 2);
			p += 2;
			continue;
		}
		if (*p != '{' || !(g_ascii_islower(p[1]) || p[1] == '_')) {
			g_string_append_c(out, *p++);
			continue;
		}
		for (q = p + 1; g_ascii_islower(*q) || g_ascii_isdigit(*q) ||
		    *q == '_'; q++)
			;
		if (*q != '}') {		/* a quantifier, not ours */
			g_string_append_c(out, *p++);
			continue;
		}
		name = g_strndup(p + 1, q - p - 1);
		struct filter_concept *c = filter_concept_find(cs, name);
		g_free(name);
		if (c == NULL) {
			*bad = p;
			return -1;
		}
		c->used = 1;
		used = 1;
		if (names != NULL) {
			char *pad = g_strdup_printf(" %s ", names->str);
			char *key = g_strdup_printf(" %s ", c->name);

			if (strstr(pad, key) == NULL)
				g_string_append_printf(names, "%s%s",
				    names->len > 0 ? " " : "", c->name);
			g_free(key);
			g_free(pad);
		}
		if (lang < 0) {		/* only checking the names */
			p = q + 1;
			continue;
		}
		if (!c->has[lang]) {
			*bad = p;
			return -2;
		}
		if (check) {	/* only checking the language */
			p = q + 1;
			continue;
		}
		filter_concept_build(cs, c, lang);
		if (c->alt[lang] == NULL) {	/* every item was bad */
			*bad = p;
			return -2;
		}
		g_string_append_printf(out, "(?:%s)", c->alt[lang]->str);
		p = q + 1;
	}
	return used;
}

int
filter_concepts_expand(struct filter_concepts *cs, const char *re, int lang,
    GString *out, const char **bad, GString *names)
{
	GString *scratch;
	int r;

	if (out != NULL)
		return concept_expand(cs, re, lang, out, 0, bad, names);
	scratch = g_string_new(NULL);
	r = concept_expand(cs, re, lang, scratch, 1, bad, names);
	g_string_free(scratch, TRUE);
	return r;
}
