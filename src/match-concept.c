/* Where a concept's words and patterns are in a text: each concept
 * found once per message, its words tried only when the text has a word
 * they start with, its patterns only when the literal prefilter lets
 * them through; and where a rule pattern that needs a concept may match
 * (match.c). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "filter-int.h"
#include "lang.h"
#include "match-int.h"
#include "rx.h"

#define MATCH_MAX_SPANS 4096	/* of one concept in one zone */
#define MATCH_WORD_MAX 64	/* bytes: a longer word is looked up not */

void
match_text_clear(gpointer p)
{
	struct match_text *mt = p;

	for (guint i = 0; mt->spans[0] != NULL && i < mt->n; i++) {
		for (int k = 0; k < 2; k++)
			if (mt->spans[k][i] != NULL &&
			    mt->spans[k][i] != mt->none)
				g_array_unref(mt->spans[k][i]);
	}
	if (mt->none != NULL)
		g_array_unref(mt->none);
	g_free(mt->wstart);
	g_free(mt->wall);
	g_free(mt->spans[0]);
	g_free(mt->spans[1]);
	g_free(mt);
}

/* What the run knows of text (a zone text), made empty on first use. */
static struct match_text *
match_text(struct match_run_state *st, const char *text)
{
	struct match_text *mt;
	guint n;

	/* Most calls ask for the text of the call before. */
	if (st->last_text != NULL && st->last_text->text == text)
		return st->last_text;
	for (guint i = 0; i < st->texts->len; i++)
		if ((mt = g_ptr_array_index(st->texts, i))->text == text)
			return st->last_text = mt;
	n = st->fs->concepts != NULL ? st->fs->concepts->list->len : 0;
	mt = g_new0(struct match_text, 1);
	mt->text = text;
	mt->n = n;
	mt->spans[0] = g_new0(GArray *, n > 0 ? n : 1);
	mt->spans[1] = g_new0(GArray *, n > 0 ? n : 1);
	g_ptr_array_add(st->texts, mt);
	return st->last_text = mt;
}

static gint
match_span_cmp(gconstpointer a, gconstpointer b)
{
	const struct match_span *x = a, *y = b;

	return x->s < y->s ? -1 : x->s > y->s ? 1 : x->e < y->e ? -1 :
	    x->e > y->e;
}

/* A word of a zone text whose beginning is the key of a concept's word
 * group: the group is tried, anchored, there. */
struct match_whit {
	size_t pos;
	struct filter_wgroup *g;
};

/* Notes that the groups v (of the run's languages) may match at pos of
 * the text: in hits (struct match_whit), in text order for all
 * concepts. */
static void
match_words_hit(GArray *hits, GPtrArray *v, size_t pos, unsigned langs)
{
	for (guint i = 0; v != NULL && i < v->len; i++) {
		struct filter_wgroup *g = g_ptr_array_index(v, i);

		if (langs & (1u << g->lang))
			g_array_append_val(hits, ((struct match_whit){ pos,
			    g }));
	}
}

/* hits (all concepts', in text order) as mt's whits by concept: a count
 * per concept, their sums, then each hit put in place from the last, so
 * that each concept's stay in text order. Two allocations per text
 * instead of an array per concept found. */
static void
match_words_index(struct match_text *mt, GArray *hits)
{
	const struct match_whit *h = (const struct match_whit *)hits->data;

	mt->wstart = g_new0(guint, mt->n + 1);
	mt->wall = g_new(struct match_whit, hits->len > 0 ? hits->len : 1);
	for (guint i = 0; i < hits->len; i++)
		mt->wstart[h[i].g->c->id]++;
	for (guint id = 1; id <= mt->n; id++)
		mt->wstart[id] += mt->wstart[id - 1];	/* ends */
	for (guint i = hits->len; i-- > 0; )
		mt->wall[--mt->wstart[h[i].g->c->id]] = h[i];	/* starts */
}

/* Concept c's whits in mt (made by match_words()): *n of them. */
static const struct match_whit *
match_whits(const struct match_text *mt, const struct filter_concept *c,
    guint *n)
{
	if (mt->wstart == NULL) {
		*n = 0;
		return NULL;
	}
	*n = mt->wstart[c->id + 1] - mt->wstart[c->id];
	return mt->wall + mt->wstart[c->id];
}

/* The groups of the index with key s[0..len) (hashed h), or NULL. */
static GPtrArray *
match_index(GHashTable *index, const char *s, size_t len, guint h)
{
	struct filter_wkey k = { h, (guint)len, s };

	return g_hash_table_lookup(index, &k);
}

/* Whether a word whose first 3 letters are s[0..len) (hashed h) may
 * start with a key. */
static int
match_head(GHashTable *heads, const char *s, size_t len, guint h)
{
	struct filter_wkey k = { h, (guint)len, s };

	return g_hash_table_contains(heads, &k);
}

/* Whether the character at p of a text is a letter or a digit; *next
 * gets the one after it. */
static int
match_alnum(const char *p, const char **next)
{
	if ((unsigned char)*p < 0x80) {
		*next = p + 1;
		return g_ascii_isalnum(*p);
	}
	*next = g_utf8_next_char(p);
	return g_unichar_isalnum(g_utf8_get_char(p));
}

/* The words of text, lower case, whole and their beginnings of 3
 * letters or more, looked up in the set's index of word groups (a
 * beginning in that of the groups that match there): per
 * concept where its words may start (and whether its keyed patterns
 * may match). Made once per zone text. */
static struct match_text *
match_words(struct match_run_state *st, const char *text, size_t len)
{
	struct match_text *mt = match_text(st, text);
	GHashTable *index = st->fs->concepts != NULL ?
	    st->fs->concepts->index : NULL;
	GHashTable *pindex = index != NULL ? st->fs->concepts->pindex : NULL;
	GHashTable *heads = index != NULL ? st->fs->concepts->heads : NULL;
	const char *p = text, *end = text + len, *w, *next;
	char buf[MATCH_WORD_MAX + 1];
	GArray *hits;

	if (mt->words)
		return mt;
	mt->words = 1;
	if (index == NULL)
		return mt;
	hits = g_array_sized_new(FALSE, FALSE, sizeof(struct match_whit), 64);
	while (p < end) {
		int ascii = 1, nch = 0, known = 1;
		char *low;
		size_t n;
		guint h = FILTER_WKEY_SEED;

		while (p < end && !match_alnum(p, &next))
			p = next;
		w = p;
		while (p < end && match_alnum(p, &next)) {
			ascii &= (unsigned char)*p < 0x80;
			p = next;
		}
		if (p - w > MATCH_WORD_MAX)
			mt->unsure = 1;
		if (p == w || p - w > MATCH_WORD_MAX)
			continue;
		n = (size_t)(p - w);
		if (ascii) {
			for (size_t i = 0; i < n; i++)
				buf[i] = g_ascii_tolower(w[i]);
			low = buf;
		} else {
			/* A long s is an s to PCRE2's caseless matching,
			 * not to g_utf8_strdown(). */
			if (g_strstr_len(w, (gssize)n, "\xc5\xbf") != NULL)
				mt->unsure = 1;
			low = g_utf8_strdown(w, n);
			n = strlen(low);
		}
		/* Each beginning of 3 letters or more, and the whole; none
		 * when no key starts with its first 3 letters. */
		for (size_t i = 0; i < n; i++) {
			h = filter_wkey_step(h, low[i]);
			if (i + 1 < n && ((unsigned char)low[i + 1] & 0xc0) ==
			    0x80)
				continue;	/* inside a character */
			if (++nch == 3 && !(known = match_head(heads, low,
			    i + 1, h)))
				break;
			if (nch >= 3 && i + 1 < n)
				match_words_hit(hits, match_index(pindex, low,
				    i + 1, h), (size_t)(w - text), st->langs);
		}
		if (known)
			match_words_hit(hits, match_index(index, low, n, h),
			    (size_t)(w - text), st->langs);
		if (low != buf)
			g_free(low);
	}
	match_words_index(mt, hits);
	g_array_free(hits, TRUE);
	return mt;
}

/* A concept that could not be compiled or matched: named in the errors,
 * like a rule that hit a limit, never read as "not there". */
static void
match_concept_error(struct match_run_state *st, const struct filter_concept *c,
    int l, const char *why)
{
	g_string_append_printf(st->errs, "%sconcept %s (%s): %s",
	    st->errs->len > 0 ? "; " : "", c->name, lang_name(l), why);
}

/* c's words where the text's words start with one of their keys: each
 * group tried anchored there; of several at one place the longest
 * match counts, and a word inside a match starts none (as one
 * alternation scanned left to right would find them). */
static void
match_concept_words(struct match_run_state *st,
    const struct filter_concept *c, const char *text, size_t len,
    unsigned langs, GArray *spans)
{
	guint nh;
	const struct match_whit *h = match_whits(match_words(st, text, len),
	    c, &nh);
	size_t end[LANG_COUNT] = { 0 }, ms, me;
	guint last[LANG_COUNT];
	char errbuf[128];

	for (int l = 0; l < LANG_COUNT; l++)
		last[l] = G_MAXUINT;
	for (guint i = 0; i < nh && spans->len < MATCH_MAX_SPANS; i++) {
		const struct match_whit *w = &h[i];
		int l = w->g->lang, rc;
		const struct rx *rx;

		if (!(langs & (1u << l)) || w->g->alt == NULL ||
		    w->pos < end[l])
			continue;
		/* The set is read-only but for this cache of compiled
		 * groups: a group is compiled when first needed. */
		rx = filter_wgroup_rx(w->g, errbuf, sizeof errbuf);
		if (rx == NULL) {	/* a failure, not "absent" */
			match_concept_error(st, c, l, errbuf);
			continue;
		}
		rc = rx_match(rx, st->s, text, len, w->pos, &ms, &me, errbuf,
		    sizeof errbuf);
		if (rc == -1)
			match_concept_error(st, c, l, errbuf);
		if (rc != 1)
			continue;
		if (last[l] != G_MAXUINT && g_array_index(spans,
		    struct match_span, last[l]).s == ms) {
			struct match_span *sp = &g_array_index(spans,
			    struct match_span, last[l]);
			sp->e = MAX(sp->e, me);
		} else {
			last[l] = spans->len;
			g_array_append_val(spans, ((struct match_span){ ms,
			    me }));
		}
		end[l] = MAX(end[l], MAX(me, ms + 1));
	}
}

/* Whether text has a word that starts like one of c's keyed patterns
 * in l. */
static int
match_gate(struct match_run_state *st, const struct filter_concept *c,
    int l, const char *text, size_t len)
{
	guint nh;
	const struct match_whit *h = match_whits(match_words(st, text, len),
	    c, &nh);

	for (guint i = 0; i < nh; i++)
		if (h[i].g == c->gate[l])
			return 1;
	return 0;
}

/* Whether part (0 the keyed patterns, 1 the rest) of c in l may match
 * text: not when the literal prefilter says that none of its items
 * can; *at gets where the first match may start, *live a bit for each
 * of the first 64 items that may match (all set when not known). */
static int
match_concept_may(struct match_run_state *st, const struct filter_concept *c,
    int l, int part, const char *text, size_t len, size_t *at,
    guint64 *live)
{
	const GArray *need = c->need[l][part];
	const struct rx_litscan *sc;
	size_t s, min = SIZE_MAX;

	*at = 0;
	*live = G_MAXUINT64;
	if (need == NULL)
		return 1;
	*live = 0;
	sc = match_seen(st, text, len);
	for (guint i = 0; i < need->len; i++)
		if (rx_litset_check(st->fs->lits, g_array_index(need, int, i),
		    sc, &s)) {
			min = MIN(min, s);
			if (i < 64)
				*live |= G_GUINT64_CONSTANT(1) << i;
		}
	*at = min;
	return min != SIZE_MAX;
}

/* Whether c in l may match somewhere in text: a word of the text starts
 * one of its word groups, or the literal prefilter lets one of its
 * patterns through; *at gets where its first match may start. A text
 * with a word the index may miss (mt->unsure) may hold c anywhere. */
int
match_concept_can(struct match_run_state *st, const struct filter_concept *c,
    int l, const char *text, size_t len, size_t *at)
{
	struct match_text *mt = match_words(st, text, len);
	guint nh;
	const struct match_whit *h = match_whits(mt, c, &nh);
	size_t s, min = SIZE_MAX;
	guint64 live;

	*at = 0;
	if (mt->unsure)
		return 1;
	for (guint i = 0; i < nh; i++) {
		const struct match_whit *w = &h[i];

		if (w->g->lang == l && w->g->alt != NULL) {
			min = w->pos;	/* the words are in text order */
			break;
		}
	}
	for (int part = 0; part < 2; part++) {
		if ((part == 0 ? c->palt[l] : c->aalt[l]) == NULL)
			continue;
		if (!match_concept_may(st, c, l, part, text, len, &s, &live))
			continue;
		min = MIN(min, s);
	}
	*at = min;
	return min != SIZE_MAX;
}

static gint
match_pos_cmp(gconstpointer a, gconstpointer b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

int
match_concept_starts(struct match_run_state *st,
    const struct filter_concept *c, int l, const char *text, size_t len,
    size_t from, GArray *out)
{
	struct match_text *mt = match_words(st, text, len);
	guint nh;
	const struct match_whit *h = match_whits(mt, c, &nh);
	const struct rx *rx, *sub;
	char errbuf[128];
	size_t at, ms, me, last = SIZE_MAX;
	guint64 live;
	int bad;

	g_array_set_size(out, 0);
	if (mt->unsure)
		return -1;
	for (guint i = 0; i < nh; i++) {
		const struct match_whit *w = &h[i];

		if (w->g->lang != l || w->g->alt == NULL || w->pos < from ||
		    w->pos == last)
			continue;
		if ((rx = filter_wgroup_rx(w->g, errbuf, sizeof errbuf)) ==
		    NULL)
			return -1;
		switch (rx_match(rx, st->s, text, len, w->pos, &ms, &me,
		    errbuf, sizeof errbuf)) {
		case -1:
			return -1;
		case 1:
			g_array_append_val(out, w->pos);
			last = w->pos;
			break;
		}
	}
	for (int part = 0; part < 2; part++) {
		const GString *alt = part == 0 ? c->palt[l] : c->aalt[l];

		if (alt == NULL || !match_concept_may(st, c, l, part, text,
		    len, &at, &live))
			continue;
		/* \K reports a start after the place tried. */
		if (strstr(alt->str, "\\K") != NULL ||
		    strstr(alt->str, "(*") != NULL)
			return -1;
		rx = filter_concept_part_rx((struct filter_concept *)c, l, part,
		    &bad, errbuf, sizeof errbuf);
		if (rx == NULL)
			return -1;
		if ((sub = filter_concept_subset_rx((struct filter_concept *)c,
		    l, part, live)) != NULL)
			rx = sub;
		/* Every place a match starts, not only those of the
		 * matches that do not overlap. */
		for (at = MAX(at, from); at <= len; ) {
			int rc = rx_match(rx, st->s, text, len, at, &ms, &me,
			    errbuf, sizeof errbuf);

			if (rc == -1)
				return -1;
			if (rc == 0)
				break;
			g_array_append_val(out, ms);
			for (at = ms + 1; at < len &&
			    ((unsigned char)text[at] & 0xc0) == 0x80; at++)
				;
		}
	}
	g_array_sort(out, match_pos_cmp);
	return 0;
}

/* Every match of c (languages langs) in text: its words through the
 * index, its patterns with keys when the text has one, those without
 * always. A limit hit is named in the errors and ends that part's
 * search. */
GArray *
match_concept(struct match_run_state *st, const struct filter_concept *c,
    const char *text, size_t len, unsigned langs)
{
	struct match_text *mt = match_text(st, text);
	GArray **slot = &mt->spans[langs == st->langs ? 0 : 1][c->id];
	GArray *spans;
	const struct rx *rx, *sub;
	char errbuf[128];
	size_t at, at0, ms, me;
	guint64 live;
	int rc, bad;

	if (*slot != NULL)
		return *slot;
	spans = st->found;
	g_array_set_size(spans, 0);
	match_concept_words(st, c, text, len, langs, spans);
	for (int k = 0; k < 2 * LANG_COUNT; k++) {
		int l = k / 2, part = k % 2;

		if (!(langs & (1u << l)) || c->alt[l] == NULL) {
			if (!(langs & LANG_ALL & ~((2u << l) - 1)))
				break;		/* no language after l */
			k |= 1;			/* nor l's other part */
			continue;
		}
		if (part == 0 && !match_gate(st, c, l, text, len))
			continue;
		if (!match_concept_may(st, c, l, part, text, len, &at0,
		    &live))
			continue;
		rx = filter_concept_part_rx((struct filter_concept *)c, l, part,
		    &bad, errbuf, sizeof errbuf);
		if (bad)
			match_concept_error(st, c, l, errbuf);
		/* Only the items that may match, when some cannot. */
		if (rx != NULL && (sub = filter_concept_subset_rx(
		    (struct filter_concept *)c, l, part, live)) != NULL)
			rx = sub;
		for (at = at0; rx != NULL && at <= len &&
		    spans->len < MATCH_MAX_SPANS;
		    at = me > ms ? me : ms + 1) {
			rc = rx_match(rx, st->s, text, len, at, &ms, &me,
			    errbuf, sizeof errbuf);
			if (rc != 1) {
				if (rc == -1)
					match_concept_error(st, c, l, errbuf);
				break;
			}
			g_array_append_val(spans, ((struct match_span){ ms,
			    me }));
		}
	}
	/* Most concepts are nowhere in a text: one empty array for all. */
	if (spans->len == 0) {
		if (mt->none == NULL)
			mt->none = g_array_new(FALSE, FALSE,
			    sizeof(struct match_span));
		return *slot = mt->none;
	}
	g_array_sort(spans, match_span_cmp);
	*slot = g_array_sized_new(FALSE, FALSE, sizeof(struct match_span),
	    spans->len);
	g_array_append_vals(*slot, spans->data, spans->len);
	return *slot;
}
