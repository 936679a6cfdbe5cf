/* Concepts: named vocabularies per language ("*.concepts" files) that
 * rules use as {name}. Words become a regex alternation per language;
 * scope concepts (negation, question, ...) also say how far they reach.
 * The format is documented in filters/README.md. */
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
		if (c->walt[l] != NULL)
			g_string_free(c->walt[l], TRUE);
		if (c->palt[l] != NULL)
			g_string_free(c->palt[l], TRUE);
		if (c->keys[l] != NULL)
			g_hash_table_destroy(c->keys[l]);
		rx_free(&c->rx[l]);
		rx_free(&c->wrx[l]);
		rx_free(&c->prx[l]);
	}
	g_free(c->name);
	g_free(c->file);
	g_free(c->scope_file);
	g_free(c);
}

struct filter_concepts *
filter_concepts_new(void)
{
	struct filter_concepts *cs = g_new0(struct filter_concepts, 1);

	cs->by_name = g_hash_table_new(g_str_hash, g_str_equal);
	cs->list = g_ptr_array_new_with_free_func(concept_free);
	return cs;
}

void
filter_concepts_free(struct filter_concepts **cs)
{
	if (cs == NULL || *cs == NULL)
		return;
	g_hash_table_destroy((*cs)->by_name);
	g_ptr_array_free((*cs)->list, TRUE);
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

/* An accented letter also matches its plain form; German umlauts also
 * their "ae" spelling and ß "ss". Returns the regex for ch, or NULL. */
static const char *
concept_fold(gunichar ch)
{
	static const struct {
		gunichar ch;
		const char *re;
	} fold[] = {
		{ 0xe0, "[àa]" }, { 0xe1, "[áa]" }, { 0xe2, "[âa]" },
		{ 0xe3, "[ãa]" }, { 0xe4, "(?:ä|ae|a)" }, { 0xe7, "[çc]" },
		{ 0xe8, "[èe]" }, { 0xe9, "[ée]" }, { 0xea, "[êe]" },
		{ 0xeb, "[ëe]" }, { 0xec, "[ìi]" }, { 0xed, "[íi]" },
		{ 0xee, "[îi]" }, { 0xef, "[ïi]" }, { 0xf1, "[ñn]" },
		{ 0xf2, "[òo]" }, { 0xf3, "[óo]" }, { 0xf4, "[ôo]" },
		{ 0xf5, "[õo]" }, { 0xf6, "(?:ö|oe|o)" }, { 0xf9, "[ùu]" },
		{ 0xfa, "[úu]" }, { 0xfb, "[ûu]" }, { 0xfc, "(?:ü|ue|u)" },
		{ 0xdf, "(?:ß|ss)" }, { 0x153, "(?:œ|oe)" },
	};

	for (size_t i = 0; i < G_N_ELEMENTS(fold); i++)
		if (fold[i].ch == ch)
			return fold[i].re;
	return NULL;
}

/* One "words" entry as a regex: blanks match any blank run, a '*' ending
 * a word any continuation, '-' a hyphen, a blank or nothing, an
 * apostrophe either kind; whole words. Returns -1 (and the column) for
 * a misplaced '*' or a stem under 3 letters. */
static int
concept_word(GString *out, const char *entry, const char **bad)
{
	char *w = g_utf8_strdown(entry, -1);
	const char *p = w;
	gunichar ch, first = g_utf8_get_char(w), last = 0;
	int letters = 0, rc = 0;

	if (g_unichar_isalnum(first))
		g_string_append(out, "\\b");
	for (; *p != '\0'; p = g_utf8_next_char(p)) {
		const char *f;

		ch = g_utf8_get_char(p);
		if (ch == ' ' || ch == '\t') {
			while (p[1] == ' ' || p[1] == '\t')
				p++;
			g_string_append(out, "\\s+");
			letters = 0;
		} else if (ch == '*') {
			if (letters < 3 || (p[1] != '\0' && p[1] != ' ')) {
				*bad = entry + (p - w);
				rc = -1;
				goto out;
			}
			g_string_append(out, "\\w*");
		} else if (ch == '-') {
			g_string_append(out, "(?:-|\\s)?");
		} else if (ch == '\'' || ch == 0x2019) {
			g_string_append(out, "['’]");
		} else if ((f = concept_fold(ch)) != NULL) {
			g_string_append(out, f);
			letters++;
		} else if (ch < 0x80 && !g_ascii_isalnum(ch)) {
			g_string_append_c(out, '\\');
			g_string_append_c(out, (char)ch);
			letters = 0;
		} else {
			g_string_append_unichar(out, ch);
			letters++;
		}
		last = ch;
	}
	if (g_unichar_isalnum(last))
		g_string_append(out, "\\b");
out:
	g_free(w);
	return rc;
}

static void
concept_alt(GString **alt, const char *re)
{
	if (*alt == NULL)
		*alt = g_string_new(NULL);
	else
		g_string_append_c(*alt, '|');
	g_string_append(*alt, re);
}

/* The keys of a words entry: its first word (the letters and digits up
 * to a blank, an apostrophe or a '*'), lower case, with each accented
 * letter also as its plain form (and ä ö ü as ae oe ue, ß as ss). A text
 * can hold the entry only if it has a word that is, or starts with, a
 * key. An entry that starts with no letter, or whose first word goes on
 * with a hyphen ("e-mail" is also "email"), sets *always. */
static void
concept_keys(GHashTable *keys, const char *entry, int *always)
{
	GPtrArray *v = g_ptr_array_new_with_free_func(g_free), *nv;
	char *w = g_utf8_strdown(entry, -1);
	const char *p = w;
	int n = 0;

	g_ptr_array_add(v, g_strdup(""));
	for (; *p != '\0'; p = g_utf8_next_char(p), n++) {
		gunichar ch = g_utf8_get_char(p);
		char buf[8] = { 0 }, *nfd;

		if (!g_unichar_isalnum(ch))
			break;
		g_unichar_to_utf8(ch, buf);
		nv = g_ptr_array_new_with_free_func(g_free);
		for (guint i = 0; i < v->len; i++) {
			const char *pre = g_ptr_array_index(v, i);

			g_ptr_array_add(nv, g_strconcat(pre, buf, NULL));
			if (concept_fold(ch) == NULL || v->len > 16)
				continue;
			if (ch == 0xdf)
				g_ptr_array_add(nv, g_strconcat(pre, "ss", NULL));
			else if (ch == 0x153)
				g_ptr_array_add(nv, g_strconcat(pre, "oe", NULL));
			nfd = g_utf8_normalize(buf, -1, G_NORMALIZE_NFD);
			if (nfd != NULL && (unsigned char)nfd[0] < 0x80 &&
			    ch != 0xdf && ch != 0x153) {
				char base[2] = { nfd[0], 0 };

				g_ptr_array_add(nv, g_strconcat(pre, base, NULL));
				if (ch == 0xe4 || ch == 0xf6 || ch == 0xfc)
					g_ptr_array_add(nv, g_strconcat(pre, base,
					    "e", NULL));
			}
			g_free(nfd);
		}
		g_ptr_array_unref(v);
		v = nv;
	}
	if (n == 0 || *p == '-')
		*always = 1;
	for (guint i = 0; !*always && i < v->len; i++) {
		char *k = g_strdup(g_ptr_array_index(v, i));

		g_hash_table_replace(keys, k, k);
	}
	g_ptr_array_unref(v);
	g_free(w);
}

/* The leading literal of one branch of a pattern: letters and digits
 * (after lookbehinds), at least 3, the last one dropped when a
 * quantifier makes it optional. NULL when there is none. Caller frees. */
static char *
concept_branch_key(const char *b, const char *end)
{
	const char *p = b, *q;
	int depth;

	while (p + 3 < end && p[0] == '(' && p[1] == '?' && p[2] == '<' &&
	    (p[3] == '!' || p[3] == '=')) {
		for (depth = 0, q = p; q < end; q++) {
			if (*q == '\\' && q + 1 < end) {
				q++;
				continue;
			}
			if (*q == '(')
				depth++;
			else if (*q == ')' && --depth == 0)
				break;
		}
		if (q >= end)
			return NULL;
		p = q + 1;
	}
	if (p + 1 < end && p[0] == '\\' && p[1] == 'b')
		p += 2;
	for (q = p; q < end && g_unichar_isalnum(g_utf8_get_char(q));
	    q = g_utf8_next_char(q))
		;
	if (q < end && (*q == '?' || *q == '*' || *q == '{') && q > p)
		q = g_utf8_prev_char(q);
	if (g_utf8_strlen(p, q - p) < 3)
		return NULL;
	return g_utf8_strdown(p, q - p);
}

/* The keys of a pattern: the leading literal of each top-level branch,
 * or of each branch of a leading (?:...) group that is the whole of its
 * branch's start. 0 (no keys added) when a branch has none. */
static int
concept_pattern_keys(GHashTable *keys, const char *re)
{
	GPtrArray *got = g_ptr_array_new_with_free_func(g_free);
	const char *p = re, *b = re, *end = re + strlen(re);
	int depth = 0, ok = 1;

	/* Top-level branches; a branch starting with "(?:" is split at the
	 * group's own '|' and each part judged alone. */
	for (; ok && p <= end; p++) {
		if (p < end && *p == '\\') {
			p++;
			continue;
		}
		if (p < end && *p == '[') {
			while (p < end && *p != ']')
				p += *p == '\\' ? 2 : 1;
			continue;
		}
		if (p < end && *p == '(')
			depth++;
		else if (p < end && *p == ')')
			depth--;
		if (p < end && (*p != '|' || depth != 0))
			continue;
		char *k = concept_branch_key(b, p);
		if (k == NULL && p - b > 3 && strncmp(b, "(?:", 3) == 0) {
			/* (?:a|b|c)... */
			const char *g = b + 3, *gb = g;
			int d = 0;

			for (; ok && g < p; g++) {
				if (*g == '\\') {
					g++;
					continue;
				}
				if (*g == '(')
					d++;
				else if (*g == ')' && d-- == 0) {
					char *gk = concept_branch_key(gb, g);
					if (gk == NULL)
						ok = 0;
					else
						g_ptr_array_add(got, gk);
					break;
				} else if (*g == '|' && d == 0) {
					char *gk = concept_branch_key(gb, g);
					if (gk == NULL)
						ok = 0;
					else
						g_ptr_array_add(got, gk);
					gb = g + 1;
				}
			}
			if (g >= p)
				ok = 0;
		} else if (k == NULL)
			ok = 0;
		else
			g_ptr_array_add(got, k);
		b = p + 1;
	}
	for (guint i = 0; ok && i < got->len; i++) {
		char *k = g_strdup(g_ptr_array_index(got, i));
		g_hash_table_replace(keys, k, k);
	}
	g_ptr_array_unref(got);
	return ok;
}

/* Adds a regex to the concept: a words entry (entry: its text) or a
 * pattern (entry NULL, src: its source). */
static void
concept_add(struct cparse *ps, const char *re, const char *entry,
    const char *src)
{
	struct filter_concept *c = ps->cur;

	for (int l = 0; l < LANG_COUNT; l++) {
		int always = 0;

		if (ps->lang >= 0 && l != ps->lang)
			continue;
		concept_alt(&c->alt[l], re);
		if (c->keys[l] == NULL)
			c->keys[l] = g_hash_table_new_full(g_str_hash,
			    g_str_equal, g_free, NULL);
		if (entry == NULL)
			always = !concept_pattern_keys(c->keys[l], src);
		else
			concept_keys(c->keys[l], entry, &always);
		/* A word that starts with no letter is tried always. */
		concept_alt(always ? &c->palt[l] : &c->walt[l], re);
	}
	ps->cur_items++;
}

const struct rx *
filter_concept_part_rx(struct filter_concept *c, int l, int part,
    char *errbuf, size_t errsize)
{
	struct rx **rx = part == 0 ? &c->wrx[l] : &c->prx[l];
	GString *alt = part == 0 ? c->walt[l] : c->palt[l];
	size_t off;

	if (*rx != NULL || alt == NULL)
		return *rx;
	*rx = rx_compile(alt->str, alt->len, RX_CASELESS, errbuf, errsize,
	    &off);
	if (*rx != NULL && c->jit)
		(void)rx_jit(*rx);
	return *rx;
}

int
filter_concept_keys_in(const struct filter_concept *c, int l,
    GHashTable *seen)
{
	GHashTableIter it;
	gpointer k;

	if (c->keys[l] == NULL)
		return 0;
	g_hash_table_iter_init(&it, c->keys[l]);
	while (g_hash_table_iter_next(&it, &k, NULL))
		if (g_hash_table_contains(seen, k))
			return 1;
	return 0;
}

static void
concept_words(struct cparse *ps, char *arg)
{
	char **w = g_strsplit(arg, ",", -1);
	GString *re = g_string_new(NULL);
	const char *bad;

	for (char **p = w; *p != NULL; p++) {
		char *e = g_strstrip(*p);

		if (*e == '\0') {
			concept_diag(ps, DIAG_ERROR, arg, "empty word in "
			    "'words' (two commas, or one at an end)");
			continue;
		}
		g_string_truncate(re, 0);
		if (concept_word(re, e, &bad) == -1) {
			const char *at = strstr(arg, e);

			concept_diag(ps, DIAG_ERROR, at != NULL ? at : arg,
			    "'*' must end a word of at least 3 letters in "
			    "'%s'", e);
			continue;
		}
		concept_add(ps, re->str, e, NULL);
	}
	g_string_free(re, TRUE);
	g_strfreev(w);
}

static void
concept_pattern(struct cparse *ps, char *arg)
{
	GString *re = g_string_new(NULL);
	char errbuf[256];
	size_t off, n = strlen(arg);
	struct rx *rx;
	long risk;

	if (n == 0) {
		concept_diag(ps, DIAG_ERROR, arg, "'pattern' needs a regex");
		goto out;
	}
	if (g_ascii_isalnum(arg[0]))
		g_string_append(re, "\\b");
	g_string_append_printf(re, "(?:%s)", arg);
	if (g_ascii_isalnum(arg[n - 1]))
		g_string_append(re, "\\b");
	if ((rx = rx_compile(re->str, re->len, RX_CASELESS, errbuf,
	    sizeof errbuf, &off)) == NULL) {
		off = off > 3 ? off - 3 : 0;
		concept_diag(ps, DIAG_ERROR, arg + MIN(off, n),
		    "bad pattern: %s", errbuf);
		goto out;
	}
	rx_free(&rx);
	if ((risk = filter_backtrack_risk(arg, n)) >= 0)
		concept_diag(ps, DIAG_WARNING, arg + risk, "pattern may "
		    "backtrack catastrophically: a repeated group holds an "
		    "unbounded quantifier");
	concept_add(ps, re->str, NULL, arg);
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
	if (!concept_name_ok(arg, strlen(arg))) {
		concept_diag(ps, DIAG_ERROR, arg, "bad concept name '%s' "
		    "(use a-z, 0-9 and _)", arg);
		return;
	}
	if ((c = filter_concept_find(ps->cs, arg)) == NULL) {
		c = g_new0(struct filter_concept, 1);
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

static void
concept_line(struct cparse *ps, char *line)
{
	char *kw, *end, *arg;
	size_t n = strlen(line);

	ps->line = line;
	while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\t' ||
	    line[n - 1] == '\r'))
		line[--n] = '\0';
	if (!g_utf8_validate(line, -1, (const char **)&end)) {
		concept_diag(ps, DIAG_ERROR, end, "invalid UTF-8");
		return;
	}
	kw = line + strspn(line, " \t");
	if (*kw == '\0' || *kw == '#')
		return;
	end = kw + strcspn(kw, " \t");
	arg = end + strspn(end, " \t");
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
	else if (strcmp(kw, "words") != 0 && strcmp(kw, "pattern") != 0 &&
	    strcmp(kw, "scope") != 0)
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

int
filter_concepts_parse_file(const char *path, struct filter_concepts *cs,
    struct diag *d)
{
	struct cparse ps;
	GError *gerr = NULL;
	char *text = NULL, *line, *next;

	memset(&ps, 0, sizeof ps);
	ps.file = path;
	ps.d = d;
	ps.cs = cs;
	ps.lang = -1;
	if (!g_file_get_contents(path, &text, NULL, &gerr)) {
		diag_add(d, DIAG_ERROR, path, 0, 0, "%s", gerr->message);
		g_error_free(gerr);
		return 1;
	}
	for (line = text; line != NULL; line = next) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		ps.lineno++;
		concept_line(&ps, line);
	}
	concept_end(&ps);
	g_free(text);
	return ps.nerr;
}

int
filter_concepts_expand(struct filter_concepts *cs, const char *re, int lang,
    GString *out, const char **bad, GString *names)
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
		if (c->alt[lang] == NULL) {
			*bad = p;
			return -2;
		}
		g_string_append_printf(out, "(?:%s)", c->alt[lang]->str);
		p = q + 1;
	}
	return used;
}

const struct rx *
filter_concept_rx(struct filter_concept *c, int l, char *errbuf,
    size_t errsize)
{
	size_t off;

	if (c->rx[l] != NULL || c->alt[l] == NULL || c->bad[l]) {
		if (c->bad[l])
			g_strlcpy(errbuf, "does not compile", errsize);
		return c->rx[l];
	}
	c->rx[l] = rx_compile(c->alt[l]->str, c->alt[l]->len, RX_CASELESS,
	    errbuf, errsize, &off);
	c->bad[l] = c->rx[l] == NULL;
	if (c->rx[l] != NULL && c->jit)
		(void)rx_jit(c->rx[l]);
	return c->rx[l];
}

int
filter_concepts_finish(struct filter_concepts *cs, struct diag *d)
{
	char errbuf[256];
	int nerr = 0;

	for (guint i = 0; i < cs->list->len; i++) {
		struct filter_concept *c = g_ptr_array_index(cs->list, i);

		if (!c->used) {
			diag_add(d, DIAG_WARNING, c->file, c->line, c->col,
			    "concept '%s' is not used by any rule", c->name);
			continue;
		}
		if (cs->lazy)
			continue;	/* compiled when a message needs it */
		for (int l = 0; l < LANG_COUNT; l++) {
			if (c->alt[l] == NULL || c->rx[l] != NULL)
				continue;
			if (filter_concept_rx(c, l, errbuf, sizeof errbuf) ==
			    NULL) {
				diag_add(d, DIAG_ERROR, c->file, c->line,
				    c->col, "concept '%s' (%s): %s", c->name,
				    lang_name(l), errbuf);
				nerr++;
			}
		}
	}
	return nerr;
}
