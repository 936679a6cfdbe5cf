/* Concepts made ready for a language: their words and patterns as
 * regexes (the whole alternation, and the parts that find a concept in a
 * text: word groups by key, keyed patterns, the rest), the set's index of
 * word keys, and what check compiles. filter-concept.c reads the files;
 * the format is documented in filters/README.md. */
#include <string.h>

#include <glib.h>

#include "diag.h"
#include "filter-int.h"
#include "lang.h"
#include "rx.h"

void
filter_wgroup_free(gpointer p)
{
	struct filter_wgroup *g = p;

	if (g->alt != NULL)
		g_string_free(g->alt, TRUE);
	rx_free(&g->rx);
	g_free(g);
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

void
filter_concept_pattern_regex(GString *re, const char *src)
{
	size_t n = strlen(src);

	if (g_ascii_isalnum(src[0]))
		g_string_append(re, "\\b");
	g_string_append_printf(re, "(?:%s)", src);
	if (n > 0 && g_ascii_isalnum(src[n - 1]))
		g_string_append(re, "\\b");
}

/* Registers re, an item of part (0 palt, 1 aalt) of c in l, with the
 * literal prefilter (batch modes). */
static void
concept_need(struct filter_concepts *cs, struct filter_concept *c, int l,
    int part, const char *re)
{
	int h;

	if (cs->lits == NULL)
		return;
	h = rx_litset_add_src(cs->lits, re, strlen(re), RX_CASELESS);
	if (c->need[l][part] == NULL) {
		c->need[l][part] = g_array_new(FALSE, FALSE, sizeof(int));
		c->pitems[l][part] = g_ptr_array_new_with_free_func(g_free);
	}
	g_array_append_val(c->need[l][part], h);
	g_ptr_array_add(c->pitems[l][part], g_strdup(re));
}

/* Adds one item's regex re to c in language l: to alt[l], and to the
 * part that finds it in a text (a word group by key, the keyed
 * patterns, or what is tried always). */
static void
concept_add_lang(struct filter_concepts *cs, struct filter_concept *c, int l,
    const char *re, const char *entry, const char *src)
{
	GPtrArray *keys = cs->tmp;
	int always = 0;

	if (keys == NULL)
		keys = cs->tmp = g_ptr_array_new_with_free_func(g_free);
	concept_alt(&c->alt[l], re);
	g_ptr_array_set_size(keys, 0);
	if (entry == NULL)
		always = !filter_pattern_keys(keys, src);
	else
		filter_word_keys(keys, entry, &always);
	if (always) {	/* no key: tried always */
		concept_alt(&c->aalt[l], re);
		concept_need(cs, c, l, 1, re);
		return;
	}
	if (entry == NULL) {
		if (c->pkeys[l] == NULL)
			c->pkeys[l] = g_hash_table_new_full(g_str_hash,
			    g_str_equal, g_free, NULL);
		for (guint i = 0; i < keys->len; i++)
			g_hash_table_add(c->pkeys[l], g_strdup(keys->pdata[i]));
		concept_alt(&c->palt[l], re);
		concept_need(cs, c, l, 0, re);
		return;
	}
	if (c->groups[l] == NULL)
		c->groups[l] = g_hash_table_new_full(g_str_hash, g_str_equal,
		    g_free, filter_wgroup_free);
	for (guint i = 0; i < keys->len; i++) {
		const char *k = keys->pdata[i];
		struct filter_wgroup *g = g_hash_table_lookup(c->groups[l], k);

		if (g == NULL) {
			g = g_new0(struct filter_wgroup, 1);
			g->c = c;
			g->lang = l;
			g_hash_table_insert(c->groups[l], g_strdup(k), g);
		}
		g->prefix |= filter_word_prefix(entry);
		concept_alt(&g->alt, re);
	}
}


static void concept_index_lang(struct filter_concepts *cs,
    struct filter_concept *c, int l);

/* Makes c's items in l into regexes (once); indexed when the set's
 * index exists and a rule uses c. */
void
filter_concept_build(struct filter_concepts *cs, struct filter_concept *c,
    int l)
{
	GString *re;
	const char *bad;

	filter_concepts_read_lang(cs, l);
	if (c->built[l]) {
		if (!c->indexed[l] && c->used && cs->index != NULL)
			concept_index_lang(cs, c, l);
		return;
	}
	c->built[l] = 1;
	re = g_string_new(NULL);
	for (guint i = 0; c->items[l] != NULL && i < c->items[l]->len; i++) {
		const struct filter_citem *it = g_ptr_array_index(c->items[l],
		    i);

		g_string_truncate(re, 0);
		if (it->pattern)
			filter_concept_pattern_regex(re, it->text);
		else if (filter_word_regex(re, it->text, &bad) != 0)
			continue;	/* reported when read */
		concept_add_lang(cs, c, l, re->str, it->pattern ? NULL :
		    it->text, it->pattern ? it->text : NULL);
	}
	g_string_free(re, TRUE);
	if (c->used && cs->index != NULL)
		concept_index_lang(cs, c, l);
}

void
filter_concepts_build(struct filter_concepts *cs, unsigned mask,
    GString *errs)
{
	unsigned want = mask & ((1u << LANG_COUNT) - 1);

	for (int l = 0; cs != NULL && l < LANG_COUNT; l++) {
		if (!(mask & (1u << l)))
			continue;
		filter_concepts_read_lang(cs, l);
		if (errs != NULL && cs->late_errs[l] != NULL)
			g_string_append_printf(errs, "%s%s", errs->len > 0 ?
			    "; " : "", cs->late_errs[l]->str);
	}
	/* Called for every message: once its languages are made, the
	 * walk through every concept is not done again. Nothing else
	 * makes a concept after the load. */
	if (cs == NULL || (want & ~cs->ready) == 0)
		return;
	for (guint i = 0; i < cs->list->len; i++) {
		struct filter_concept *c = g_ptr_array_index(cs->list, i);

		for (int l = 0; c->used && l < LANG_COUNT; l++)
			if ((mask & (1u << l)) && (!c->built[l] ||
			    !c->indexed[l]))
				filter_concept_build(cs, c, l);
	}
	cs->ready |= want;
}

const struct rx *
filter_wgroup_rx(struct filter_wgroup *g, char *errbuf, size_t errsize)
{
	size_t off;

	if (g->rx != NULL || g->bad) {
		if (g->bad)
			g_strlcpy(errbuf, "does not compile", errsize);
		return g->rx;
	}
	g->rx = rx_compile(g->alt->str, g->alt->len,
	    RX_CASELESS | RX_ANCHORED, errbuf, errsize, &off);
	g->bad = g->rx == NULL;
	/* Thousands of groups: only those a run tries often pay for a
	 * JIT. */
	if (g->rx != NULL && g->c->jit)
		rx_jit_after(g->rx, FILTER_JIT_GROUP_USES);
	return g->rx;
}

const struct rx *
filter_concept_part_rx(struct filter_concept *c, int l, int part, int *bad,
    char *errbuf, size_t errsize)
{
	struct rx **rx = part == 0 ? &c->prx[l] : &c->arx[l];
	GString *alt = part == 0 ? c->palt[l] : c->aalt[l];
	size_t off;

	*bad = 0;
	if (*rx != NULL || alt == NULL)
		return *rx;
	if (c->bad[l] & (1u << part)) {
		g_strlcpy(errbuf, "does not compile", errsize);
		*bad = 1;
		return NULL;
	}
	*rx = rx_compile(alt->str, alt->len, RX_CASELESS, errbuf, errsize,
	    &off);
	if (*rx == NULL) {
		c->bad[l] |= 1u << part;
		*bad = 1;
	} else if (c->jit) {
		rx_jit_after(*rx, FILTER_JIT_USES);
	}
	return *rx;
}

/* Whether re numbers groups for, or refers to, other parts of the
 * pattern (\1, \g, \k, (?1), (?&name), (?P=name), recursion), or has
 * a verb: leaving out an item would change it. */
static int
concept_alt_linked(const char *re)
{
	for (const char *p = re; *p != '\0'; p++) {
		if (*p == '\\' && p[1] != '\0') {
			if (g_ascii_isdigit(p[1]) || p[1] == 'g' || p[1] == 'k')
				return 1;
			p++;
		} else if (*p == '(' && p[1] == '*')
			return 1;
		else if (*p == '(' && p[1] == '?' && (strchr("P&R+",
		    p[2]) != NULL || g_ascii_isdigit(p[2]) ||
		    (p[2] == '-' && g_ascii_isdigit(p[3]))))
			return 1;
	}
	return 0;
}

static void
concept_subset_free(gpointer p)
{
	struct rx *rx = p;

	rx_free(&rx);
}

const struct rx *
filter_concept_subset_rx(struct filter_concept *c, int l, int part,
    guint64 live)
{
	GPtrArray *items = c->pitems[l][part];
	GHashTable **sub = &c->subsets[l][part];
	GString *re = NULL;
	struct rx *rx;
	char errbuf[128];
	size_t off;

	if (items == NULL || items->len > 64 || (c->linked[l] &
	    (1u << part)) || live == (items->len == 64 ? G_MAXUINT64 :
	    (G_GUINT64_CONSTANT(1) << items->len) - 1))
		return NULL;
	if (*sub == NULL) {
		if (concept_alt_linked(part == 0 ? c->palt[l]->str :
		    c->aalt[l]->str)) {
			c->linked[l] |= 1u << part;
			return NULL;
		}
		*sub = g_hash_table_new_full(g_int64_hash, g_int64_equal,
		    g_free, concept_subset_free);
	}
	if (g_hash_table_lookup_extended(*sub, &live, NULL, (gpointer *)&rx))
		return rx;
	for (guint i = 0; i < items->len; i++)
		if (live & (G_GUINT64_CONSTANT(1) << i))
			concept_alt(&re, g_ptr_array_index(items, i));
	rx = re == NULL ? NULL : rx_compile(re->str, re->len, RX_CASELESS,
	    errbuf, sizeof errbuf, &off);
	if (rx != NULL && c->jit)
		rx_jit_after(rx, FILTER_JIT_USES);
	if (re != NULL)
		g_string_free(re, TRUE);
	g_hash_table_insert(*sub, g_memdup2(&live, sizeof live), rx);
	return rx;
}

/* A key of the index for s[0..len), pointing into s (for a lookup). */
static struct filter_wkey
concept_wkey_at(const char *s, size_t len)
{
	struct filter_wkey k = { FILTER_WKEY_SEED, (guint)len, s };

	for (size_t i = 0; i < len; i++)
		k.hash = filter_wkey_step(k.hash, s[i]);
	return k;
}

/* A key of the index for s[0..len): a copy. Freed with g_free. */
static struct filter_wkey *
concept_wkey(const char *s, size_t len)
{
	struct filter_wkey *k = g_malloc(sizeof *k + len + 1);
	char *copy = (char *)(k + 1);

	memcpy(copy, s, len);
	copy[len] = '\0';
	*k = concept_wkey_at(copy, len);
	return k;
}

static guint
concept_wkey_hash(gconstpointer k)
{
	return ((const struct filter_wkey *)k)->hash;
}

static gboolean
concept_wkey_equal(gconstpointer a, gconstpointer b)
{
	const struct filter_wkey *x = a, *y = b;

	return x->hash == y->hash && x->len == y->len &&
	    memcmp(x->s, y->s, x->len) == 0;
}

/* Adds g under k to index (cs->index or cs->pindex). */
static void
concept_index_put(struct filter_concepts *cs, GHashTable *index,
    const char *k, struct filter_wgroup *g)
{
	size_t len = strlen(k);
	struct filter_wkey at = concept_wkey_at(k, len);
	GPtrArray *v = g_hash_table_lookup(index, &at);

	if (v == NULL) {
		const char *h = k;
		int n;

		v = g_ptr_array_new();
		g_hash_table_insert(index, concept_wkey(k, len), v);
		for (n = 0; n < 3 && *h != '\0'; n++)
			h = g_utf8_next_char(h);
		/* Its first 3 characters, when it has as many. */
		at = concept_wkey_at(k, (size_t)(h - k));
		if (n == 3 && !g_hash_table_contains(cs->heads, &at))
			g_hash_table_add(cs->heads, concept_wkey(k, h - k));
	}
	g_ptr_array_add(v, g);
}

/* Adds group or gate g under key k: for a word that is k, and for one
 * that starts with it when g may match there. */
static void
concept_index_add(struct filter_concepts *cs, const char *k,
    struct filter_wgroup *g)
{
	concept_index_put(cs, cs->index, k, g);
	if (g->prefix)
		concept_index_put(cs, cs->pindex, k, g);
}

/* Adds c's word groups in l, and the gate of its keyed patterns, to the
 * set's index. */
static void
concept_index_lang(struct filter_concepts *cs, struct filter_concept *c,
    int l)
{
	GHashTableIter it;
	gpointer k, g;

	c->indexed[l] = 1;
	if (c->pkeys[l] != NULL && c->gate[l] == NULL) {
		c->gate[l] = g_new0(struct filter_wgroup, 1);
		c->gate[l]->c = c;
		c->gate[l]->lang = l;
		c->gate[l]->prefix = 1;	/* a pattern's literal */
		g_hash_table_iter_init(&it, c->pkeys[l]);
		while (g_hash_table_iter_next(&it, &k, NULL))
			concept_index_add(cs, k, c->gate[l]);
	}
	if (c->groups[l] == NULL)
		return;
	g_hash_table_iter_init(&it, c->groups[l]);
	while (g_hash_table_iter_next(&it, &k, &g))
		concept_index_add(cs, k, g);
}

/* Compiles c's patterns and word groups (check): what does not compile
 * is an error there, not a surprise per message. Returns the errors. */
static int
concept_compile(struct filter_concept *c, struct diag *d)
{
	char errbuf[256];
	int nerr = 0, bad;

	for (int l = 0; l < LANG_COUNT; l++) {
		GHashTableIter it;
		gpointer g;

		for (int part = 0; part < 2; part++)
			if (filter_concept_part_rx(c, l, part, &bad, errbuf,
			    sizeof errbuf) == NULL && bad) {
				diag_add(d, DIAG_ERROR, c->file, c->line,
				    c->col, "concept '%s' (%s): %s", c->name,
				    lang_name(l), errbuf);
				nerr++;
			}
		if (c->groups[l] == NULL)
			continue;
		g_hash_table_iter_init(&it, c->groups[l]);
		while (g_hash_table_iter_next(&it, NULL, &g))
			if (filter_wgroup_rx(g, errbuf, sizeof errbuf) ==
			    NULL) {
				diag_add(d, DIAG_ERROR, c->file, c->line,
				    c->col, "concept '%s' (%s): %s", c->name,
				    lang_name(l), errbuf);
				nerr++;
			}
	}
	return nerr;
}

int
filter_concepts_finish(struct filter_concepts *cs, struct diag *d)
{
	int nerr = 0;

	if (cs->tmp != NULL) {
		g_ptr_array_unref(cs->tmp);
		cs->tmp = NULL;
	}
	if (cs->index == NULL) {
		cs->index = g_hash_table_new_full(concept_wkey_hash,
		    concept_wkey_equal, g_free,
		    (GDestroyNotify)g_ptr_array_unref);
		cs->pindex = g_hash_table_new_full(concept_wkey_hash,
		    concept_wkey_equal, g_free,
		    (GDestroyNotify)g_ptr_array_unref);
		cs->heads = g_hash_table_new_full(concept_wkey_hash,
		    concept_wkey_equal, g_free, NULL);
	}
	for (guint i = 0; i < cs->list->len; i++) {
		struct filter_concept *c = g_ptr_array_index(cs->list, i);

		if (!c->used) {
			diag_add(d, DIAG_WARNING, c->file, c->line, c->col,
			    "concept '%s' is not used by any rule", c->name);
			continue;
		}
		/* One message per process and the batch modes make a
		 * language when a message first needs it (most mail is in
		 * one or two of seven); check makes all of them now. */
		for (int l = 0; l < LANG_COUNT; l++)
			if ((!cs->lazy && !cs->jit) || c->built[l])
				filter_concept_build(cs, c, l);
		/* Word groups are made of escaped words: thousands of small
		 * regexes, all compiled only by check. */
		if (!cs->lazy && !cs->jit)
			nerr += concept_compile(c, d);
	}
	return nerr;
}
