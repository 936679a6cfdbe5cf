/* Running a filter set over a message: every rule over its zones, scores
 * per class, the signals that fired, and what matched where. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "filter.h"
#include "filter-int.h"
#include "lang.h"
#include "match.h"
#include "match-int.h"
#include "msg.h"
#include "mt.h"
#include "rx.h"

#define MATCH_CONTEXT 40	/* characters either side of a match */

/* Where a body rule reads the sender's own earlier words (want 4). */
static const struct filter_zone match_earlier = { ZONE_EARLIER,
    (char *)"earlier", NULL };

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
	struct rx_litset *ls;	/* sc's, which takes it back */
};

const struct rx_litscan *
match_seen(struct match_run_state *st, const char *text, size_t len)
{
	GArray *cache = st->cache;
	struct match_seen ms;

	for (guint i = 0; i < cache->len; i++)
		if (g_array_index(cache, struct match_seen, i).text == text)
			return g_array_index(cache, struct match_seen, i).sc;
	ms.text = text;
	ms.ls = st->fs->lits;
	ms.sc = rx_litset_scan(ms.ls, text, len);
	g_array_append_val(cache, ms);
	return ms.sc;
}

static void
match_seen_clear(gpointer p)
{
	struct match_seen *ms = p;

	rx_litset_done(ms->ls, &ms->sc);
}

static void
match_cancel_add(GArray *cancels, const struct filter_rule *r,
    const struct filter_zone *z, const struct filter_concept *c,
    const char *text, size_t ms, size_t me, const char *cue_text,
    struct match_span cue)
{
	struct match_cancel x;

	x.rule_id = r->id;
	x.zone = z->name;
	x.scope = c->name;
	x.text = match_flatten(text + ms, me - ms);
	x.cue = match_flatten(cue_text + cue.s, cue.e - cue.s);
	g_array_append_val(cancels, x);
}

/* The concepts of a term, for explain: "product fire". Caller frees. */
static char *
match_term_names(const struct filter_term *t)
{
	return t->b != NULL ? g_strdup_printf("%s %s", t->a->name,
	    t->b->name) : g_strdup(t->a->name);
}

/* Whether the gap [s, e) between two concept words keeps them "near":
 * at most n words in one clause, one paragraph for
 * FILTER_NEAR_PARAGRAPH, anywhere for FILTER_NEAR_ZONE. */
static int
match_near(const char *text, size_t len, size_t s, size_t e, int n)
{
	if (e < s)
		return 0;
	if (n == FILTER_NEAR_ZONE)
		return 1;
	if (n == FILTER_NEAR_PARAGRAPH)
		return match_same_paragraph(text, s, e);
	return e - s <= 40u * (unsigned)(n + 1) &&
	    match_gap(text, len, s, e, n);
}

/* The first hit of term t in text that no scope of r takes back: a word
 * of concept a alone, or within t->n words of one of b in one clause
 * (FILTER_NEAR_PARAGRAPH: in one paragraph), or strictly inside it. */
static int
match_term(struct match_run_state *st, const struct filter_rule *r,
    size_t cls, const struct filter_term *t, const struct filter_zone *z,
    const char *text, size_t len)
{
	const struct filter_concept *sc_hit;
	struct match_span parts[2], cue;
	const char *cue_text;
	GArray *as, *bs = NULL;
	char *names;

	as = match_concept(st, t->a, text, len, st->langs);
	if (as->len == 0)
		return 0;
	if (t->b != NULL && (bs = match_concept(st, t->b, text, len,
	    st->langs))->len == 0)
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
				/* One strictly inside the other ("ik heb die
				 * opwaarderingen niet gedaan" holds
				 * "opwaarderingen") is as near as can be; a
				 * partial overlap, or one that shares an end,
				 * is the same words read twice. */
				if (!(y->e < x->e && x->s < y->s) &&
				    !match_near(text, len, x->e, y->s, t->n))
					continue;
				np = 2;
			}
			ms = np == 2 ? MIN(parts[0].s, parts[1].s) : parts[0].s;
			me = np == 2 ? MAX(parts[0].e, parts[1].e) : parts[0].e;
			sc_hit = match_scoped(st, r, text, len, parts, np,
			    &cue, &cue_text);
			if (sc_hit != NULL) {
				match_cancel_add(st->cancels, r, z, sc_hit,
				    text, ms, me, cue_text, cue);
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

/* The first match of pattern p of r in text from start on: tried
 * anchored at each place of starts (where its leading concept may match,
 * in order; *next: the first not tried yet), or searched for when starts
 * is NULL. Returns as rx_match(). */
static int
match_pattern(struct match_run_state *st, const struct filter_rule *r,
    size_t p, const GArray *starts, guint *next, const char *text,
    size_t len, size_t start, size_t *ms, size_t *me, char *errbuf,
    size_t errsize)
{
	const struct rx *rx = r->pat_anch != NULL ? r->pat_anch[p] : NULL;
	size_t prev = SIZE_MAX;
	int rc;

	if (starts == NULL)
		return rx_match(r->pats[p], st->s, text, len, start, ms, me,
		    errbuf, errsize);
	for (; *next < starts->len; (*next)++) {
		size_t at = g_array_index(starts, size_t, *next);

		if (at < start || at == prev)
			continue;
		prev = at;
		if ((rc = rx_match(rx, st->s, text, len, at, ms, me, errbuf,
		    errsize)) != 0) {
			(*next)++;
			return rc;
		}
	}
	return 0;
}

/* Tries r over its zones (those of want: 1 the subject only, 2 all but
 * the subject, 3 all; 4 reads the sender's own earlier words, quoted in
 * a reply, in place of the body), each pattern in turn; the first match
 * that no scope takes back is the hit. A pattern whose needed strings
 * are not in the zone is skipped: it cannot match; one whose matches
 * start with known strings starts at the first of them. A pattern that
 * hits a limit is named in errs, and the others are still tried: a limit
 * says nothing either way. Returns 1 on a hit. */
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
	const char *cue_text;
	size_t len = 0, ms, me, start, cstart;
	const GArray *starts;
	guint next;
	int failed = 0, rc;

	for (size_t z = 0; z < r->nzones; z++) {
		const struct filter_zone *fz = &r->zones[z];
		int subj = fz->zone == ZONE_SUBJECT;

		if (fz->zone == ZONE_BODY && fz->header == NULL && (want & 4))
			fz = &match_earlier;
		else if ((subj && !(want & 1)) || (!subj && !(want & 2)))
			continue;
		if ((text = match_zone_text(st->m, fz, &len)) == NULL)
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
					sc = match_seen(st, text, len);
				if (!rx_litset_check(fs->lits, r->need[p], sc,
				    &start))
					continue;
			}
			/* A concept the pattern needs, looked up as its terms
			 * look it up (words index, prefilter); when the
			 * pattern starts with it, tried only where it may
			 * match. */
			starts = NULL;
			next = 0;
			if (r->pat_needc != NULL && r->pat_needc[p] != NULL) {
				if (!match_concept_can(st, r->pat_needc[p],
				    r->pat_lang[p], text, len, &cstart))
					continue;
				if (r->pat_lead[p])
					start = MAX(start, cstart);
				if (r->pat_lead[p] && filter_rule_anchored(
				    (struct filter_rule *)r, p) != NULL &&
				    match_concept_starts(st, r->pat_needc[p],
				    r->pat_lang[p], text, len, start,
				    st->starts) == 0)
					starts = st->starts;
			}
			while ((rc = match_pattern(st, r, p, starts, &next,
			    text, len, start, &ms, &me, errbuf,
			    sizeof errbuf)) == 1) {
				part.s = ms;
				part.e = me;
				sc_hit = match_scoped(st, r, text, len, &part, 1,
				    &cue, &cue_text);
				if (sc_hit == NULL) {
					match_hit_add(st->hits, cls, r,
					    fz, text, len, ms, me,
					    r->pat_concepts != NULL ?
					    r->pat_concepts[p] : NULL);
					return 1;
				}
				match_cancel_add(st->cancels, r, fz,
				    sc_hit, text, ms, me, cue_text, cue);
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
			if (match_term(st, r, cls, &r->terms[t], fz,
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

/* Takes back the hits from index from on. */
static void
match_drop_hits(GArray *hits, guint from)
{
	for (guint i = from; i < hits->len; i++) {
		struct match_hit *h = &g_array_index(hits, struct match_hit, i);

		g_free(h->text);
		g_free(h->context);
		g_free(h->concepts_owned);
	}
	if (hits->len > from)
		g_array_remove_range(hits, from, hits->len - from);
}

/* Whether a rule runs on mail guessed to be in lang (-1: unsure). */
static int
match_lang_ok(const struct filter_rule *r, int lang)
{
	if (r->langs == 0)
		return 1;
	if (lang < 0)
		return (r->langs & FILTER_LANG_UNSURE) != 0;
	return (r->langs & (1u << lang)) != 0;
}

/* Whether a class earlier in precedence than a fired. */
static int
match_earlier_fired(const struct match_result *out, size_t a)
{
	for (size_t c = 0; c < a; c++)
		if (out->fired[c])
			return 1;
	return 0;
}

/* Rival signal classes that both fired, pair by pair in precedence
 * order: the lower score yields when the higher leads by the pair's
 * margin; with no margin a tie keeps the class earlier in precedence.
 * A pair with a margin may be labelled together: it does not apply when
 * a class earlier than both fired (in a safety incident every consequence
 * is told, money taken and access lost alike). */
static void
match_rivals(const struct filter_set *fs, struct match_result *out)
{
	size_t n = out->nclass < SIG_COUNT ? out->nclass : SIG_COUNT;

	for (size_t a = 0; a < n; a++)
		for (size_t b = a + 1; b < n; b++) {
			double margin, d;
			size_t lose, win;

			if (!out->fired[a] || !out->fired[b] ||
			    !filter_rivals_of(fs, a, b, &margin) ||
			    (margin > 0 && match_earlier_fired(out, a)))
				continue;
			d = out->score[a] - out->score[b];
			if (margin > 0 && ABS(d) < margin)
				continue;
			lose = d >= 0 ? b : a;
			win = lose == a ? b : a;
			out->fired[lose] = 0;
			out->yielded |= 1u << lose;
			out->yield_to[lose] = (signed char)win;
			/* a signal class's index is its enum mt_signal */
			out->signals &= ~(1u << lose);
		}
}

int
match_run(const struct filter_set *fs, const struct msg *m,
    struct rx_scratch *scratch, unsigned flags, struct match_result *out)
{
	struct rx_scratch *own = NULL;
	struct match_run_state st;
	size_t nclass = filter_set_nclasses(fs);
	size_t earlier_len = 0;
	int sig, earlier;

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
	st.texts = g_ptr_array_new_with_free_func(match_text_clear);
	st.found = g_array_new(FALSE, FALSE, sizeof(struct match_span));
	st.starts = g_array_new(FALSE, FALSE, sizeof(size_t));
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
	if (m != NULL)
		(void)msg_zone_text(m, ZONE_EARLIER, &earlier_len);
	earlier = earlier_len > 0;
	/* The set is read-only but for its caches: the concepts of the
	 * message's languages are made when first needed. */
	if (fs != NULL && m != NULL)
		filter_concepts_build(fs->concepts, st.langs, st.errs);

	for (size_t c = 0; m != NULL && c < nclass; c++) {
		const struct filter_class *cl = g_ptr_array_index(fs->classes,
		    c);
		unsigned char *hit = g_new0(unsigned char, cl->rules->len + 1);
		int inherited = out->subject_inherited, support = 0;
		double own_score = 0;

		/* An inherited subject is read only when the new text
		 * already says something of this class, or that its matter
		 * persists (a hit of a weight-0 rule); the sender's own
		 * earlier words quoted in the reply only in the second case. */
		for (guint i = 0; i < cl->rules->len; i++) {
			const struct filter_rule *r =
			    g_ptr_array_index(cl->rules, i);

			if (!match_lang_ok(r, out->lang))
				continue;
			if (match_rule(&st, r, c, inherited ? 2 : 3)) {
				hit[i] = 1;
				out->score[c] += r->weight;
				own_score += r->weight;
				/* A rule of weight 0 scores nothing; its hit
				 * says the new text keeps the subject's matter
				 * open ("third request", "not fixed yet"). */
				support |= r->weight == 0;
			}
		}
		for (guint i = 0; inherited && i < cl->rules->len; i++) {
			const struct filter_rule *r =
			    g_ptr_array_index(cl->rules, i);

			if (hit[i] || !match_lang_ok(r, out->lang))
				continue;
			if (own_score <= 0 && !support) {
				/* Only to show what was left out. */
				guint before = st.hits->len;
				if (match_rule(&st, r, c, 1)) {
					match_drop_hits(st.hits, before);
					if (c < 32)
						out->subject_dropped |= 1u << c;
				}
				continue;
			}
			if (match_rule(&st, r, c, 1)) {
				hit[i] = 1;
				out->score[c] += r->weight;
			}
		}
		/* The sender's earlier words are read as a mail of their own:
		 * they count when they say enough of the class by themselves. */
		if (earlier && support) {
			guint before = st.hits->len;
			double es = 0;

			for (guint i = 0; i < cl->rules->len; i++) {
				const struct filter_rule *r =
				    g_ptr_array_index(cl->rules, i);

				if (!hit[i] && match_lang_ok(r, out->lang) &&
				    match_rule(&st, r, c, 4))
					es += r->weight;
			}
			if (es > 0 && es >= cl->threshold)
				out->score[c] += es;
			else
				match_drop_hits(st.hits, before);
		}
		g_free(hit);
		out->fired[c] = out->score[c] > 0 &&
		    out->score[c] >= cl->threshold;
		sig = mt_signal_parse(cl->name);
		if (out->fired[c] && sig >= 0)
			out->signals |= 1u << sig;
	}

	match_rivals(fs, out);
	g_array_free(st.cache, TRUE);
	g_ptr_array_free(st.texts, TRUE);
	g_array_free(st.found, TRUE);
	g_array_free(st.starts, TRUE);
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
