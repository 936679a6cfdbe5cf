/* Running a filter set over a message: every rule over its zones, scores
 * per class, the signals that fired, and what matched where. */
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "filter.h"
#include "filter-int.h"
#include "lang.h"
#include "match.h"
#include "msg.h"
#include "mt.h"
#include "rx.h"

#define MATCH_CONTEXT 40	/* characters either side of a match */

/* Start of the character n characters before p, not before lo. */
static const char *
match_back(const char *lo, const char *p, size_t n)
{
	while (n > 0 && p > lo) {
		p--;
		if (((unsigned char)*p & 0xc0) != 0x80)
			n--;
	}
	while (p > lo && ((unsigned char)*p & 0xc0) == 0x80)
		p--;
	return p;
}

/* End of the character n characters after p, not after hi. */
static const char *
match_fwd(const char *p, const char *hi, size_t n)
{
	while (n > 0 && p < hi) {
		p++;
		while (p < hi && ((unsigned char)*p & 0xc0) == 0x80)
			p++;
		n--;
	}
	return p;
}

/* text[0..len) on one line: each run of white space and control
 * characters becomes one space, and none at either end. Caller frees. */
static char *
match_flatten(const char *text, size_t len)
{
	GString *s = g_string_sized_new(len);
	int space = 0;

	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];

		if (c < 0x20 || c == ' ' || c == 0x7f) {
			space = 1;
			continue;
		}
		if (space && s->len > 0)
			g_string_append_c(s, ' ');
		space = 0;
		g_string_append_c(s, (char)c);
	}
	return g_string_free(s, FALSE);
}

static void
match_hit_add(GArray *hits, size_t cls, const struct filter_rule *r,
    const struct filter_zone *z, const char *text, size_t len, size_t ms,
    size_t me, const char *concepts)
{
	struct match_hit h;
	const char *a, *b;

	a = match_back(text, text + ms, MATCH_CONTEXT);
	b = match_fwd(text + me, text + len, MATCH_CONTEXT);
	h.cls = cls;
	h.rule_id = r->id;
	h.desc = r->desc;
	h.weight = r->weight;
	h.zone = z->name;
	h.text = match_flatten(text + ms, me - ms);
	h.context = match_flatten(a, (size_t)(b - a));
	h.concepts = concepts;
	h.concepts_owned = NULL;
	g_array_append_val(hits, h);
}

static const char *
match_zone_text(const struct msg *m, const struct filter_zone *z,
    size_t *len)
{
	const char *t;

	if (z->header == NULL)
		return msg_zone_text(m, z->zone, len);
	if ((t = msg_header(m, z->header)) != NULL)
		*len = strlen(t);
	return t;
}

/* What the literal prefilter found in one zone text of the message. */
struct match_seen {
	const char *text;
	struct rx_litscan *sc;
};

/* The prefilter's findings for text, scanned on first use. */
static const struct rx_litscan *
match_seen(const struct rx_litset *ls, GArray *cache, const char *text,
    size_t len)
{
	struct match_seen ms;

	for (guint i = 0; i < cache->len; i++)
		if (g_array_index(cache, struct match_seen, i).text == text)
			return g_array_index(cache, struct match_seen, i).sc;
	ms.text = text;
	ms.sc = rx_litset_scan((struct rx_litset *)ls, text, len);
	g_array_append_val(cache, ms);
	return ms.sc;
}

static void
match_seen_clear(gpointer p)
{
	rx_litscan_free(&((struct match_seen *)p)->sc);
}

/* Whether the byte at p ends a clause (sentence: only . ! ?), or a
 * blank line does. A full stop inside a token ("2.300", "e.g.", a host
 * name) ends nothing. */
static int
match_stop(const char *lo, const char *hi, const char *p, int sentence)
{
	if (*p == '.' || *p == '!' || *p == '?')
		return p + 1 >= hi || g_ascii_isspace(p[1]) || p[1] == '"' ||
		    p[1] == ')';
	if (!sentence && (*p == ';' || *p == ',' || *p == ':'))
		return 1;
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

/* A span of text: a hit, or one part of a "near" hit. */
struct match_span {
	size_t s;
	size_t e;
};

/* What one message run needs besides the rule. */
struct match_run_state {
	const struct filter_set *fs;
	const struct msg *m;
	struct rx_scratch *s;
	GArray *cache;
	GArray *hits;
	GArray *cancels;
	GArray *cspans;		/* struct match_cspans: concept hits */
	GHashTable *starts;	/* zone text -> its word beginnings */
	GString *errs;
	unsigned langs;		/* languages whose patterns run */
	unsigned cue_langs;	/* languages whose scope cues count: the
				 * guess alone (English "no" is Spanish
				 * "in the"), all when unsure */
};

/* Where a concept's words are in one zone text, found once. */
struct match_cspans {
	const struct filter_concept *c;
	const char *text;
	GArray *spans;		/* struct match_span, by start */
};

#define MATCH_MAX_SPANS 4096	/* of one concept in one zone */

static void
match_cspans_clear(gpointer p)
{
	g_array_free(((struct match_cspans *)p)->spans, TRUE);
}

static gint
match_span_cmp(gconstpointer a, gconstpointer b)
{
	const struct match_span *x = a, *y = b;

	return x->s < y->s ? -1 : x->s > y->s ? 1 : x->e < y->e ? -1 :
	    x->e > y->e;
}

/* The words of text, lower case, and their beginnings of 3 letters or
 * more, as the keys of a set (filter_concept_keys_in()). Made once per
 * zone text. */
static GHashTable *
match_starts(struct match_run_state *st, const char *text, size_t len)
{
	GHashTable *seen = g_hash_table_lookup(st->starts, text);
	const char *p = text, *end = text + len, *w;

	if (seen != NULL)
		return seen;
	seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	while (p < end) {
		while (p < end && !g_unichar_isalnum(g_utf8_get_char(p)))
			p = g_utf8_next_char(p);
		w = p;
		while (p < end && g_unichar_isalnum(g_utf8_get_char(p)))
			p = g_utf8_next_char(p);
		if (p == w || p - w > 64)
			continue;
		char *low = g_utf8_strdown(w, p - w);
		long nch = g_utf8_strlen(low, -1);
		for (long n = 3; n < nch; n++)
			g_hash_table_add(seen, g_strndup(low,
			    g_utf8_offset_to_pointer(low, n) - low));
		g_hash_table_add(seen, low);
	}
	g_hash_table_insert(st->starts, (gpointer)text, seen);
	return seen;
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

/* Every match of c's words (the run's languages) in text. A limit hit
 * is named in the errors and ends that language's search. The words
 * part runs only when the text has a word that starts like one. */
static GArray *
match_concept(struct match_run_state *st, const struct filter_concept *c,
    const char *text, size_t len)
{
	struct match_cspans cs;
	const struct rx *rx;
	char errbuf[128];
	size_t at, ms, me;
	int rc;

	for (guint i = 0; i < st->cspans->len; i++) {
		struct match_cspans *x = &g_array_index(st->cspans,
		    struct match_cspans, i);
		if (x->c == c && x->text == text)
			return x->spans;
	}
	cs.c = c;
	cs.text = text;
	cs.spans = g_array_new(FALSE, FALSE, sizeof(struct match_span));
	for (int k = 0; k < 2 * LANG_COUNT; k++) {
		int l = k / 2, part = k % 2;

		if (!(st->langs & (1u << l)) || c->alt[l] == NULL)
			continue;
		if (part == 0 && !filter_concept_keys_in(c, l,
		    match_starts(st, text, len)))
			continue;
		/* The set is read-only but for this cache of compiled
		 * words: the concept is compiled when first needed. */
		rx = filter_concept_part_rx((struct filter_concept *)c, l, part,
		    errbuf, sizeof errbuf);
		/* Words that do not compile are a failure, not "absent". */
		if (rx == NULL && (part == 0 ? c->walt[l] : c->palt[l]) != NULL)
			match_concept_error(st, c, l, errbuf);
		for (at = 0; rx != NULL && at <= len &&
		    cs.spans->len < MATCH_MAX_SPANS;
		    at = me > ms ? me : ms + 1) {
			rc = rx_match(rx, st->s, text, len, at, &ms, &me,
			    errbuf, sizeof errbuf);
			if (rc != 1) {
				if (rc == -1)
					match_concept_error(st, c, l, errbuf);
				break;
			}
			g_array_append_val(cs.spans, ((struct match_span){ ms,
			    me }));
		}
	}
	g_array_sort(cs.spans, match_span_cmp);
	g_array_append_val(st->cspans, cs);
	return cs.spans;
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
 * part, for an overlap scope). *cue gets where. */
static int
match_cue(struct match_run_state *st, const struct filter_concept *c,
    const char *text, size_t ws, size_t we, const struct match_span *parts,
    size_t nparts, struct match_span *cue)
{
	const struct rx *rx;
	char errbuf[128];
	size_t at;

	for (int l = 0; l < LANG_COUNT; l++) {
		/* An idiom counts in every language whose words ran;
		 * other cues only in the message's own. */
		if (!((c->scope == SCOPE_OVERLAP ? st->langs : st->cue_langs) &
		    (1u << l)) || c->alt[l] == NULL)
			continue;
		rx = filter_concept_rx((struct filter_concept *)c, l, errbuf,
		    sizeof errbuf);
		if (rx == NULL)
			match_concept_error(st, c, l, errbuf);
		for (at = ws; rx != NULL && at <= we;
		    at = cue->e > at ? cue->e : at + 1) {
			int rc = rx_match(rx, st->s, text, we, at, &cue->s,
			    &cue->e, errbuf, sizeof errbuf);

			if (rc == -1)
				match_concept_error(st, c, l, errbuf);
			if (rc != 1)
				break;
			if (c->scope != SCOPE_OVERLAP)
				return 1;
			for (size_t i = 0; i < nparts; i++)
				if (cue->s < parts[i].e && cue->e > parts[i].s)
					return 1;
		}
	}
	return 0;
}

/* The scope of r that takes back a hit made of parts (one, or two for
 * "near"), or NULL; *cue gets its words. "before N": the N words before
 * a part, in its clause; "after N" likewise after; clause and sentence:
 * around the whole hit; overlap: a cue that covers a part. */
static const struct filter_concept *
match_scoped(struct match_run_state *st, const struct filter_rule *r,
    const char *text, size_t len, const struct match_span *parts,
    size_t nparts, struct match_span *cue)
{
	size_t ms = parts[0].s, me = parts[0].e, a, b;

	for (size_t i = 1; i < nparts; i++) {
		ms = MIN(ms, parts[i].s);
		me = MAX(me, parts[i].e);
	}
	for (size_t i = 0; i < r->nunless; i++) {
		const struct filter_concept *c = r->unless[i];

		match_clause(text, len, ms, me, c->scope == SCOPE_SENTENCE,
		    &a, &b);
		if (c->scope == SCOPE_BEFORE || c->scope == SCOPE_AFTER) {
			for (size_t k = 0; k < nparts; k++) {
				size_t pa, pb;

				match_clause(text, len, parts[k].s, parts[k].e,
				    0, &pa, &pb);
				if (c->scope == SCOPE_BEFORE ?
				    match_cue(st, c, text, match_words_back(
				    text, pa, parts[k].s, c->scope_n),
				    parts[k].s, NULL, 0, cue) :
				    match_cue(st, c, text, parts[k].e,
				    match_words_fwd(text, parts[k].e, pb,
				    c->scope_n), NULL, 0, cue))
					return c;
			}
		} else if (match_cue(st, c, text, a, b, parts, nparts, cue))
			return c;
	}
	return NULL;
}

/* Whether [s, e) holds at most n words and nothing that ends a clause
 * (a comma does not). */
static int
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

static void
match_cancel_add(GArray *cancels, const struct filter_rule *r,
    const struct filter_zone *z, const struct filter_concept *c,
    const char *text, size_t ms, size_t me, struct match_span cue)
{
	struct match_cancel x;

	x.rule_id = r->id;
	x.zone = z->name;
	x.scope = c->name;
	x.text = match_flatten(text + ms, me - ms);
	x.cue = match_flatten(text + cue.s, cue.e - cue.s);
	g_array_append_val(cancels, x);
}

/* The concepts of a term, for explain: "product fire". Caller frees. */
static char *
match_term_names(const struct filter_term *t)
{
	return t->b != NULL ? g_strdup_printf("%s %s", t->a->name,
	    t->b->name) : g_strdup(t->a->name);
}

/* The first hit of term t in text that no scope of r takes back: a word
 * of concept a alone, or within t->n words of one of b in one clause. */
static int
match_term(struct match_run_state *st, const struct filter_rule *r,
    size_t cls, const struct filter_term *t, const struct filter_zone *z,
    const char *text, size_t len)
{
	const struct filter_concept *sc_hit;
	struct match_span parts[2], cue;
	GArray *as, *bs = NULL;
	char *names;

	as = match_concept(st, t->a, text, len);
	if (as->len == 0)
		return 0;
	if (t->b != NULL && (bs = match_concept(st, t->b, text, len))->len ==
	    0)
		return 0;
	for (guint i = 0; i < as->len; i++) {
		parts[0] = g_array_index(as, struct match_span, i);
		for (guint k = 0; k < (bs != NULL ? bs->len : 1); k++) {
			size_t np = 1, ms, me;

			if (bs != NULL) {
				struct match_span *x, *y;

				parts[1] = g_array_index(bs, struct match_span,
				    k);
				x = parts[0].s <= parts[1].s ? &parts[0] :
				    &parts[1];
				y = x == &parts[0] ? &parts[1] : &parts[0];
				if (y->s < x->e || y->s - x->e > 40u *
				    (unsigned)(t->n + 1) ||
				    !match_gap(text, len, x->e, y->s, t->n))
					continue;
				np = 2;
			}
			ms = np == 2 ? MIN(parts[0].s, parts[1].s) : parts[0].s;
			me = np == 2 ? MAX(parts[0].e, parts[1].e) : parts[0].e;
			sc_hit = match_scoped(st, r, text, len, parts, np,
			    &cue);
			if (sc_hit != NULL) {
				match_cancel_add(st->cancels, r, z, sc_hit,
				    text, ms, me, cue);
				continue;
			}
			names = match_term_names(t);
			match_hit_add(st->hits, cls, r, z, text, len, ms, me,
			    NULL);
			g_array_index(st->hits, struct match_hit,
			    st->hits->len - 1).concepts_owned = names;
			return 1;
		}
	}
	return 0;
}

/* Tries r over its zones (those of want: 1 the subject only, 2 all but
 * the subject, 3 all), each pattern in turn; the first match that no
 * scope takes back is the hit. A pattern whose needed strings are not in
 * the zone is skipped: it cannot match; one whose matches start with
 * known strings starts at the first of them. A pattern that hits a limit
 * is named in errs, and the others are still tried: a limit says nothing
 * either way. Returns 1 on a hit. */
static int
match_rule(struct match_run_state *st, const struct filter_rule *r,
    size_t cls, int want)
{
	const struct filter_set *fs = st->fs;
	const struct filter_concept *sc_hit;
	char errbuf[128];
	const char *text;
	const struct rx_litscan *sc;
	struct match_span part, cue;
	size_t len = 0, ms, me, start;
	int failed = 0, rc;

	for (size_t z = 0; z < r->nzones; z++) {
		int subj = r->zones[z].zone == ZONE_SUBJECT;

		if ((subj && !(want & 1)) || (!subj && !(want & 2)))
			continue;
		if ((text = match_zone_text(st->m, &r->zones[z], &len)) ==
		    NULL)
			continue;
		sc = NULL;
		for (size_t p = 0; p < r->npats; p++) {
			if (r->pat_lang != NULL && r->pat_lang[p] >= 0 &&
			    !(st->langs & (1u << r->pat_lang[p])))
				continue;
			/* Compiled on first use (FILTER_LAZY): the set is
			 * shared, read-only, by everything else. */
			if (r->pats[p] == NULL) {
				if (r->pat_src == NULL || r->pat_src[p] == NULL)
					continue;	/* failed before */
				if (filter_rule_compile((struct filter_rule *)r,
				    p, errbuf, sizeof errbuf) == -1) {
					g_string_append_printf(st->errs,
					    "%s%s: %s", st->errs->len > 0 ?
					    "; " : "", r->id, errbuf);
					continue;
				}
			}
			start = 0;
			if (r->need != NULL && r->need[p] >= 0) {
				if (sc == NULL)
					sc = match_seen(fs->lits, st->cache,
					    text, len);
				if (!rx_litset_check(fs->lits, r->need[p], sc,
				    &start))
					continue;
			}
			while ((rc = rx_match(r->pats[p], st->s, text, len,
			    start, &ms, &me, errbuf, sizeof errbuf)) == 1) {
				part.s = ms;
				part.e = me;
				sc_hit = match_scoped(st, r, text, len, &part, 1,
				    &cue);
				if (sc_hit == NULL) {
					match_hit_add(st->hits, cls, r,
					    &r->zones[z], text, len, ms, me,
					    r->pat_concepts != NULL ?
					    r->pat_concepts[p] : NULL);
					return 1;
				}
				match_cancel_add(st->cancels, r, &r->zones[z],
				    sc_hit, text, ms, me, cue);
				start = me > ms ? me : ms + 1;
				if (start > len)
					break;
			}
			if (rc == -1) {
				if (!failed)
					g_string_append_printf(st->errs,
					    "%s%s: %s", st->errs->len > 0 ?
					    "; " : "", r->id, errbuf);
				failed = 1;
			}
		}
		for (size_t t = 0; t < r->nterms; t++)
			if (match_term(st, r, cls, &r->terms[t], &r->zones[z],
			    text, len))
				return 1;
	}
	return 0;
}

/* The languages whose concept patterns run: the guess and English (mail
 * in any language borrows English words), or all when unsure. */
static int
match_lang(const struct msg *m, unsigned *langs)
{
	size_t ns, nb;
	const char *subj = msg_zone_text(m, ZONE_SUBJECT, &ns);
	const char *body = msg_zone_text(m, ZONE_BODY, &nb);
	char *both = g_strconcat(subj, "\n", body, NULL);
	int l = lang_guess(both, ns + 1 + nb, msg_header(m,
	    "Content-Language"));

	g_free(both);
	*langs = l >= 0 ? (1u << l) | (1u << LANG_EN) : LANG_ALL;
	return l;
}

int
match_run(const struct filter_set *fs, const struct msg *m,
    struct rx_scratch *scratch, unsigned flags, struct match_result *out)
{
	struct rx_scratch *own = NULL;
	struct match_run_state st;
	size_t nclass = filter_set_nclasses(fs);
	int sig;

	memset(out, 0, sizeof *out);
	out->lang = -1;
	if (scratch == NULL && (scratch = own = rx_scratch_new(0, 0)) == NULL)
		return -1;
	memset(&st, 0, sizeof st);
	st.fs = fs;
	st.m = m;
	st.s = scratch;
	st.langs = LANG_ALL;
	st.hits = g_array_new(FALSE, FALSE, sizeof(struct match_hit));
	st.cancels = g_array_new(FALSE, FALSE, sizeof(struct match_cancel));
	st.cspans = g_array_new(FALSE, FALSE, sizeof(struct match_cspans));
	st.starts = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL,
	    (GDestroyNotify)g_hash_table_destroy);
	g_array_set_clear_func(st.cspans, match_cspans_clear);
	st.cache = g_array_new(FALSE, FALSE, sizeof(struct match_seen));
	g_array_set_clear_func(st.cache, match_seen_clear);
	st.errs = g_string_new(NULL);
	out->nclass = nclass;
	out->score = g_new0(double, nclass > 0 ? nclass : 1);
	out->fired = g_new0(unsigned char, nclass > 0 ? nclass : 1);
	out->subject_inherited = (flags & MATCH_SUBJECT_INHERITED) != 0;
	st.cue_langs = LANG_ALL;
	if (m != NULL)
		out->lang = match_lang(m, &st.langs);
	if (out->lang >= 0)
		st.cue_langs = 1u << out->lang;

	for (size_t c = 0; m != NULL && c < nclass; c++) {
		const struct filter_class *cl = g_ptr_array_index(fs->classes,
		    c);
		unsigned char *hit = g_new0(unsigned char, cl->rules->len + 1);
		int inherited = out->subject_inherited;
		double own_score = 0;

		/* An inherited subject is read only when the new text
		 * already says something of this class. */
		for (guint i = 0; i < cl->rules->len; i++) {
			const struct filter_rule *r =
			    g_ptr_array_index(cl->rules, i);

			if (r->langs != 0 && (out->lang < 0 ||
			    !(r->langs & (1u << out->lang))))
				continue;
			if (match_rule(&st, r, c, inherited ? 2 : 3)) {
				hit[i] = 1;
				out->score[c] += r->weight;
				own_score += r->weight;
			}
		}
		for (guint i = 0; inherited && i < cl->rules->len; i++) {
			const struct filter_rule *r =
			    g_ptr_array_index(cl->rules, i);

			if (hit[i] || (r->langs != 0 && (out->lang < 0 ||
			    !(r->langs & (1u << out->lang)))))
				continue;
			if (own_score <= 0) {
				/* Only to show what was left out. */
				guint before = st.hits->len;
				if (match_rule(&st, r, c, 1)) {
					struct match_hit *h = &g_array_index(
					    st.hits, struct match_hit, before);
					g_free(h->text);
					g_free(h->context);
					g_free(h->concepts_owned);
					g_array_remove_index(st.hits, before);
					if (c < 32)
						out->subject_dropped |= 1u << c;
				}
				continue;
			}
			if (match_rule(&st, r, c, 1))
				out->score[c] += r->weight;
		}
		g_free(hit);
		out->fired[c] = out->score[c] > 0 &&
		    out->score[c] >= cl->threshold;
		sig = mt_signal_parse(cl->name);
		if (out->fired[c] && sig >= 0)
			out->signals |= 1u << sig;
	}

	g_array_free(st.cache, TRUE);
	g_array_free(st.cspans, TRUE);
	g_hash_table_destroy(st.starts);
	for (guint i = 0; i < st.hits->len; i++) {
		struct match_hit *h = &g_array_index(st.hits, struct match_hit,
		    i);
		if (h->concepts_owned != NULL)
			h->concepts = h->concepts_owned;
	}
	out->nhits = st.hits->len;
	out->hits = (struct match_hit *)g_array_free(st.hits, FALSE);
	out->ncancels = st.cancels->len;
	out->cancels = (struct match_cancel *)g_array_free(st.cancels, FALSE);
	if (st.errs->len > 0)
		out->error = g_string_free(st.errs, FALSE);
	else
		g_string_free(st.errs, TRUE);
	rx_scratch_free(&own);
	return 0;
}

void
match_result_clear(struct match_result *r)
{
	if (r == NULL)
		return;
	for (size_t i = 0; i < r->nhits; i++) {
		g_free(r->hits[i].text);
		g_free(r->hits[i].context);
		g_free(r->hits[i].concepts_owned);
	}
	g_free(r->hits);
	for (size_t i = 0; i < r->ncancels; i++) {
		g_free(r->cancels[i].text);
		g_free(r->cancels[i].cue);
	}
	g_free(r->cancels);
	g_free(r->score);
	g_free(r->fired);
	g_free(r->error);
	memset(r, 0, sizeof *r);
}

/* Hits are in set order already: signal classes first. Caller frees. */
char *
match_rules_list(const struct match_result *r)
{
	GString *s = g_string_new(NULL);

	for (size_t i = 0; r != NULL && i < r->nhits; i++)
		g_string_append_printf(s, "%s%s", i > 0 ? " " : "",
		    r->hits[i].rule_id);
	return g_string_free(s, FALSE);
}
