/* Running a filter set over a message: every rule over its zones, scores
 * per class, the signals that fired, and what matched where. */
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "filter.h"
#include "filter-int.h"
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
    size_t me)
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

/* Tries r over its zones, each pattern in turn; the first match is the
 * hit. A pattern whose needed strings are not in the zone is skipped: it
 * cannot match; one whose matches start with known strings starts at the
 * first of them. A pattern that hits a limit is named in errs, and the
 * others are still tried: a limit says nothing either way. Returns 1 on
 * a hit. */
static int
match_rule(const struct filter_set *fs, const struct filter_rule *r,
    size_t cls, const struct msg *m, struct rx_scratch *s, GArray *cache,
    GArray *hits, GString *errs)
{
	char errbuf[128];
	const char *text;
	const struct rx_litscan *sc;
	size_t len = 0, ms, me, start;
	int failed = 0;

	for (size_t z = 0; z < r->nzones; z++) {
		if ((text = match_zone_text(m, &r->zones[z], &len)) == NULL)
			continue;
		sc = NULL;
		for (size_t p = 0; p < r->npats; p++) {
			start = 0;
			if (r->need != NULL && r->need[p] >= 0) {
				if (sc == NULL)
					sc = match_seen(fs->lits, cache, text,
					    len);
				if (!rx_litset_check(fs->lits, r->need[p], sc,
				    &start))
					continue;
			}
			switch (rx_match(r->pats[p], s, text, len, start, &ms,
			    &me, errbuf, sizeof errbuf)) {
			case 1:
				match_hit_add(hits, cls, r, &r->zones[z], text,
				    len, ms, me);
				return 1;
			case -1:
				if (!failed)
					g_string_append_printf(errs, "%s%s: %s",
					    errs->len > 0 ? "; " : "", r->id,
					    errbuf);
				failed = 1;
				break;
			}
		}
	}
	return 0;
}

int
match_run(const struct filter_set *fs, const struct msg *m,
    struct rx_scratch *scratch, struct match_result *out)
{
	struct rx_scratch *own = NULL;
	GArray *hits, *cache;
	GString *errs;
	size_t nclass = filter_set_nclasses(fs);
	int sig;

	memset(out, 0, sizeof *out);
	if (scratch == NULL && (scratch = own = rx_scratch_new(0, 0)) == NULL)
		return -1;
	hits = g_array_new(FALSE, FALSE, sizeof(struct match_hit));
	cache = g_array_new(FALSE, FALSE, sizeof(struct match_seen));
	g_array_set_clear_func(cache, match_seen_clear);
	errs = g_string_new(NULL);
	out->nclass = nclass;
	out->score = g_new0(double, nclass > 0 ? nclass : 1);
	out->fired = g_new0(unsigned char, nclass > 0 ? nclass : 1);

	for (size_t c = 0; m != NULL && c < nclass; c++) {
		const struct filter_class *cl = g_ptr_array_index(fs->classes,
		    c);

		for (guint i = 0; i < cl->rules->len; i++) {
			const struct filter_rule *r =
			    g_ptr_array_index(cl->rules, i);

			if (match_rule(fs, r, c, m, scratch, cache, hits,
			    errs))
				out->score[c] += r->weight;
		}
		out->fired[c] = out->score[c] > 0 &&
		    out->score[c] >= cl->threshold;
		sig = mt_signal_parse(cl->name);
		if (out->fired[c] && sig >= 0)
			out->signals |= 1u << sig;
	}

	g_array_free(cache, TRUE);
	out->nhits = hits->len;
	out->hits = (struct match_hit *)g_array_free(hits, FALSE);
	if (errs->len > 0)
		out->error = g_string_free(errs, FALSE);
	else
		g_string_free(errs, TRUE);
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
	}
	g_free(r->hits);
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
