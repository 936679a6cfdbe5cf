/* Where a concept's words are in a text (each concept found once per
 * message, its words tried only when the text has a word they start
 * with), and which scope cue reaches a hit: clauses, sentences, the
 * words before and after it. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "filter-int.h"
#include "lang.h"
#include "match-int.h"
#include "rx.h"

/* Whether the byte at p ends a clause (sentence: only . ! ?), or a
 * blank line does. A full stop inside a token ("2.300", "e.g.", a host
 * name) ends nothing, nor does a comma or colon between digits
 * ("289,90 €", "10:30"). */
static int
match_stop(const char *lo, const char *hi, const char *p, int sentence)
{
	if (*p == '.' || *p == '!' || *p == '?')
		return p + 1 >= hi || g_ascii_isspace(p[1]) || p[1] == '"' ||
		    p[1] == ')';
	if (!sentence && (*p == ',' || *p == ':'))
		return !(p > lo && p + 1 < hi && g_ascii_isdigit(p[-1]) &&
		    g_ascii_isdigit(p[1]));
	if (*p == ';')
		return 1;
	if (*p == '\n') {
		const char *q = p + 1;
		while (q < hi && (*q == ' ' || *q == '\t' || *q == '\r'))
			q++;
		if (q < hi && *q == '\n')
			return 1;
		for (q = p; q > lo && (q[-1] == ' ' || q[-1] == '\t' ||
		    q[-1] == '\r'); q--)
			;
		return q > lo && q[-1] == '\n';
	}
	return 0;
}

static int
match_wordch(const char *text, size_t i)
{
	return g_ascii_isalnum(text[i]) || (text[i] & 0x80) ||
	    text[i] == '\'';
}




#define MATCH_MAX_SPANS 4096	/* of one concept in one zone */
#define MATCH_WORD_MAX 64	/* bytes: a longer word is looked up not */

void
match_text_clear(gpointer p)
{
	struct match_text *mt = p;

	for (guint i = 0; mt->whits != NULL && i < mt->n; i++) {
		if (mt->whits[i] != NULL)
			g_array_unref(mt->whits[i]);
		for (int k = 0; k < 2; k++)
			if (mt->spans[k][i] != NULL &&
			    mt->spans[k][i] != mt->none)
				g_array_unref(mt->spans[k][i]);
	}
	if (mt->none != NULL)
		g_array_unref(mt->none);
	g_free(mt->whits);
	g_free(mt->spans[0]);
	g_free(mt->spans[1]);
	g_free(mt);
}

/* What the run knows of text (a zone text), made empty on first use. */
static struct match_text *
match_text(struct match_run_state *st, const char *text)
{
	struct match_text *mt;
	guint n = st->fs->concepts != NULL ? st->fs->concepts->list->len : 0;

	for (guint i = 0; i < st->texts->len; i++)
		if ((mt = g_ptr_array_index(st->texts, i))->text == text)
			return mt;
	mt = g_new0(struct match_text, 1);
	mt->text = text;
	mt->n = n;
	mt->whits = g_new0(GArray *, n > 0 ? n : 1);
	mt->spans[0] = g_new0(GArray *, n > 0 ? n : 1);
	mt->spans[1] = g_new0(GArray *, n > 0 ? n : 1);
	g_ptr_array_add(st->texts, mt);
	return mt;
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
 * the text. */
static void
match_words_hit(struct match_text *mt, GPtrArray *v, size_t pos,
    unsigned langs)
{
	for (guint i = 0; v != NULL && i < v->len; i++) {
		struct filter_wgroup *g = g_ptr_array_index(v, i);
		GArray **h = &mt->whits[g->c->id];

		if (!(langs & (1u << g->lang)))
			continue;
		if (*h == NULL)
			*h = g_array_new(FALSE, FALSE, sizeof(struct match_whit));
		g_array_append_val(*h, ((struct match_whit){ pos, g }));
	}
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

	if (mt->words)
		return mt;
	mt->words = 1;
	if (index == NULL)
		return mt;
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
				match_words_hit(mt, match_index(pindex, low,
				    i + 1, h), (size_t)(w - text), st->langs);
		}
		if (known)
			match_words_hit(mt, match_index(index, low, n, h),
			    (size_t)(w - text), st->langs);
		if (low != buf)
			g_free(low);
	}
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
	GArray *h = match_words(st, text, len)->whits[c->id];
	size_t end[LANG_COUNT] = { 0 }, ms, me;
	guint last[LANG_COUNT];
	char errbuf[128];

	for (int l = 0; l < LANG_COUNT; l++)
		last[l] = G_MAXUINT;
	for (guint i = 0; h != NULL && i < h->len &&
	    spans->len < MATCH_MAX_SPANS; i++) {
		const struct match_whit *w = &g_array_index(h,
		    struct match_whit, i);
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
	GArray *h = match_words(st, text, len)->whits[c->id];

	for (guint i = 0; h != NULL && i < h->len; i++)
		if (g_array_index(h, struct match_whit, i).g == c->gate[l])
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
	GArray *h = mt->whits[c->id];
	size_t s, min = SIZE_MAX;
	guint64 live;

	*at = 0;
	if (mt->unsure)
		return 1;
	for (guint i = 0; h != NULL && i < h->len; i++) {
		const struct match_whit *w = &g_array_index(h,
		    struct match_whit, i);

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
	GArray *h = mt->whits[c->id];
	const struct rx *rx, *sub;
	char errbuf[128];
	size_t at, ms, me, last = SIZE_MAX;
	guint64 live;
	int bad;

	g_array_set_size(out, 0);
	if (mt->unsure)
		return -1;
	for (guint i = 0; h != NULL && i < h->len; i++) {
		const struct match_whit *w = &g_array_index(h,
		    struct match_whit, i);

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

		if (!(langs & (1u << l)) || c->alt[l] == NULL)
			continue;
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

/* The clause (or sentence) around [s, e): [*a, *b). */
static void
match_clause(const char *text, size_t len, size_t s, size_t e, int sentence,
    size_t *a, size_t *b)
{
	*a = s;
	*b = e;
	while (*a > 0 && !match_stop(text, text + len, text + *a - 1,
	    sentence))
		(*a)--;
	while (*b < len && !match_stop(text, text + len, text + *b, sentence))
		(*b)++;
	if (*b < len && (text[*b] == '?' || text[*b] == '!'))
		(*b)++;		/* a cue may be the question mark */
}

/* The start of the n-th word before p, not before lo. */
static size_t
match_words_back(const char *text, size_t lo, size_t p, int n)
{
	int words = 0, inword = 0;

	for (size_t i = p; i > lo; i--) {
		int w = match_wordch(text, i - 1);
		if (!w && inword && ++words >= n)
			return i;
		inword = w;
	}
	return lo;
}

/* The end of the n-th word after p, not after hi. */
static size_t
match_words_fwd(const char *text, size_t p, size_t hi, int n)
{
	int words = 0, inword = 0;

	for (size_t i = p; i < hi; i++) {
		int w = match_wordch(text, i);
		if (!w && inword && ++words >= n)
			return i;
		inword = w;
	}
	return hi;
}

/* Whether a cue of scope concept c is in [ws, we) of text (overlapping a
 * part, for an overlap scope; overlapping none, for a scope of words
 * before or after: "kommt nie an" near "Code" is one problem, its "nie"
 * no negation of the code). *cue gets where. An idiom counts in every
 * language whose words ran; other cues only in the message's own. */
static int
match_cue(struct match_run_state *st, const struct filter_concept *c,
    const char *text, size_t len, size_t ws, size_t we,
    const struct match_span *parts, size_t nparts, struct match_span *cue)
{
	GArray *spans = match_concept(st, c, text, len,
	    c->scope == SCOPE_OVERLAP ? st->langs : st->cue_langs);

	for (guint i = 0; i < spans->len; i++) {
		const struct match_span *sp = &g_array_index(spans,
		    struct match_span, i);

		if (sp->s < ws || sp->e > we)
			continue;
		if (c->scope == SCOPE_BEFORE || c->scope == SCOPE_AFTER) {
			size_t k;

			for (k = 0; k < nparts; k++)
				if (sp->s < parts[k].e && sp->e > parts[k].s)
					break;
			if (k < nparts)
				continue;
		} else if (c->scope == SCOPE_OVERLAP) {
			size_t k;

			for (k = 0; k < nparts; k++)
				if (sp->s < parts[k].e && sp->e > parts[k].s)
					break;
			if (k == nparts)
				continue;
		}
		*cue = *sp;
		return 1;
	}
	return 0;
}

/* The reach [*a, *b) of a clause, sentence or condition scope around
 * [s, e): its clause (sentence), and for a condition in a question the
 * whole sentence. */
static void
match_reach(const struct filter_concept *c, const char *text, size_t len,
    size_t s, size_t e, size_t *a, size_t *b)
{
	size_t sa, sb;

	match_clause(text, len, s, e, c->scope == SCOPE_SENTENCE, a, b);
	if (c->scope != SCOPE_CONDITION)
		return;
	/* A question's condition holds its whole sentence. */
	match_clause(text, len, s, e, 1, &sa, &sb);
	if (sb > 0 && text[sb - 1] == '?') {
		*a = sa;
		*b = sb;
	}
}

/* The scope of r that takes back a hit made of parts (one, or two for
 * "near"), or NULL; *cue gets its words. "before N": the N words before
 * a part, in its clause; "after N" likewise after; overlap: a cue that
 * covers a part, however far it reaches; clause, sentence and condition:
 * around each part, so two facts told in separate sentences ("near ...
 * paragraph") are taken back only by what is said around one of them,
 * not by a cue in the sentences between. */
const struct filter_concept *
match_scoped(struct match_run_state *st, const struct filter_rule *r,
    const char *text, size_t len, const struct match_span *parts,
    size_t nparts, struct match_span *cue)
{
	size_t a, b;

	for (size_t i = 0; i < r->nunless; i++) {
		const struct filter_concept *c = r->unless[i];

		for (size_t k = 0; k < nparts; k++) {
			size_t pa, pb;

			switch (c->scope) {
			case SCOPE_BEFORE:
				match_clause(text, len, parts[k].s, parts[k].e,
				    0, &pa, &pb);
				a = match_words_back(text, pa, parts[k].s,
				    c->scope_n);
				b = parts[k].s;
				break;
			case SCOPE_AFTER:
				match_clause(text, len, parts[k].s, parts[k].e,
				    0, &pa, &pb);
				a = parts[k].e;
				b = match_words_fwd(text, parts[k].e, pb,
				    c->scope_n);
				break;
			case SCOPE_OVERLAP:
				/* The cue covers a part of the hit, wherever
				 * it ends: a name may hold a colon or a "!"
				 * ("« ALERTE : votre compte va être
				 * bloqué ! »", „Flash Point: Fire Rescue“). */
				if (k > 0)
					continue;
				a = 0;
				b = len;
				break;
			default:
				match_reach(c, text, len, parts[k].s,
				    parts[k].e, &a, &b);
				break;
			}
			if (match_cue(st, c, text, len, a, b, parts, nparts,
			    cue))
				return c;
		}
	}
	return NULL;
}

/* Whether [s, e) lies inside one paragraph (no blank line) and spans at
 * most MATCH_PARAGRAPH_SPAN bytes: "near ... paragraph". */
int
match_same_paragraph(const char *text, size_t s, size_t e)
{
	int nl = 0;

	if (e - s > MATCH_PARAGRAPH_SPAN)
		return 0;
	for (size_t i = s; i < e; i++) {
		if (text[i] == '\n') {
			if (nl)
				return 0;
			nl = 1;
		} else if (text[i] != ' ' && text[i] != '\t' &&
		    text[i] != '\r')
			nl = 0;
	}
	return 1;
}

/* Whether [s, e) holds at most n words and nothing that ends a clause
 * (a comma does not). */
int
match_gap(const char *text, size_t len, size_t s, size_t e, int n)
{
	int words = 0, inword = 0;

	for (size_t i = s; i < e; i++) {
		int w = match_wordch(text, i);

		if (!w && match_stop(text, text + len, text + i, 1))
			return 0;
		if (w && !inword && ++words > n)
			return 0;
		inword = w;
	}
	return 1;
}

