/* Literal prefilter: strings a pattern cannot match without, found once
 * per subject so that most patterns are never run. The clauses come from
 * rx-litparse.c.
 *
 * At load time each pattern's source is read (not compiled) into a
 * conjunction of clauses, each a set of lowercase ASCII strings: every
 * match contains at least one string of every clause. Any syntax not
 * understood gives no clauses, and the pattern is always run. Subjects
 * are folded (ASCII lowercased, U+212A KELVIN SIGN to k, U+017F LONG S to
 * s: the only non-ASCII characters PCRE2's caseless matching equates with
 * ASCII letters) and scanned once for every string of the set. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "rx.h"
#include "rx-lit-int.h"

struct rx_litset {
	GHashTable *byname;	/* string -> id + 1 */
	GPtrArray *lits;	/* char *, by id */
	GArray *lens;		/* size_t, by id */
	/* By handle: in ids, its clauses (per clause its length, then its
	 * ids; the shortest clause first, the first to fail), then the ids
	 * every match starts with (may be none). */
	GArray *needs;		/* struct lit_need */
	GArray *ids;		/* guint */
	GPtrArray *spare;	/* struct rx_litscan given back, for the
				 * next scans */
	/* Index for the scan, built on first use: a bit per first two
	 * bytes; then the entries by a hash of their first three bytes
	 * (two for a string of two), each bucket from start[h] to
	 * start[h + 1], compared four bytes at a time first. */
	unsigned char *bigram;	/* 65536 bits */
	guint *start;		/* LIT_BUCKETS + 1 */
	struct lit_entry {
		uint32_t head;	/* the first (up to) four bytes */
		uint32_t mask;	/* of head's bytes */
		guint id;
		guint len;
	} *ent;
	size_t nent;
};

#define LIT_BUCKETS	4096
#define LIT_SPARE	8	/* scans kept for reuse */

struct lit_need {
	guint at;		/* in ids: the clauses */
	guint len;		/* of the clauses, lengths included */
	guint nprefix;		/* ids after them */
};

/* The bucket of a string of len bytes (len >= 2) at s. */
static guint
rx_litset_bucket(const unsigned char *s, size_t len)
{
	guint h = (guint)s[0] * 961u + (guint)s[1] * 31u;

	if (len >= 3)
		h += (guint)s[2] + 1u;
	return h % LIT_BUCKETS;
}

/* The first (up to) four bytes of s as one word, and which it holds. */
static uint32_t
rx_litset_head(const unsigned char *s, size_t len, uint32_t *mask)
{
	uint32_t w = 0;

	*mask = 0;
	for (size_t k = 0; k < 4 && k < len; k++) {
		w |= (uint32_t)s[k] << (8 * k);
		*mask |= (uint32_t)0xff << (8 * k);
	}
	return w;
}

/* What one subject holds. */
struct rx_litscan {
	unsigned char *seen;	/* a bit by id: the string is there */
	size_t *first;		/* by id, where seen: its first offset
				 * (the rest is not even cleared: thousands
				 * of strings, a few of them in a text) */
	size_t cap;		/* ids seen and first have room for */
	unsigned char *fold;	/* the folded subject */
	size_t fcap;
	int same;		/* offsets are those of the subject */
};

/* Where string id first is in the subject of sc, or SIZE_MAX. */
static size_t
rx_litscan_first(const struct rx_litscan *sc, guint id)
{
	return sc->seen[id >> 3] & (1u << (id & 7)) ? sc->first[id] :
	    SIZE_MAX;
}

struct rx_litset *
rx_litset_new(void)
{
	struct rx_litset *ls = g_new0(struct rx_litset, 1);

	ls->byname = g_hash_table_new(g_str_hash, g_str_equal);
	ls->lits = g_ptr_array_new_with_free_func(g_free);
	ls->lens = g_array_new(FALSE, FALSE, sizeof(size_t));
	ls->needs = g_array_new(FALSE, FALSE, sizeof(struct lit_need));
	ls->ids = g_array_new(FALSE, FALSE, sizeof(guint));
	ls->spare = g_ptr_array_new();
	return ls;
}

void
rx_litset_free(struct rx_litset **ls)
{
	if (ls == NULL || *ls == NULL)
		return;
	g_hash_table_destroy((*ls)->byname);
	g_ptr_array_unref((*ls)->lits);
	g_array_unref((*ls)->lens);
	g_array_unref((*ls)->needs);
	g_array_unref((*ls)->ids);
	for (guint i = 0; i < (*ls)->spare->len; i++) {
		struct rx_litscan *sc = g_ptr_array_index((*ls)->spare, i);

		rx_litscan_free(&sc);
	}
	g_ptr_array_unref((*ls)->spare);
	g_free((*ls)->bigram);
	g_free((*ls)->start);
	g_free((*ls)->ent);
	g_free(*ls);
	*ls = NULL;
}

static guint
rx_litset_intern(struct rx_litset *ls, const char *s)
{
	gpointer v = g_hash_table_lookup(ls->byname, s);
	size_t len = strlen(s);
	char *k;

	if (v != NULL)
		return GPOINTER_TO_UINT(v) - 1;
	k = g_strdup(s);
	g_ptr_array_add(ls->lits, k);
	g_array_append_val(ls->lens, len);
	g_hash_table_insert(ls->byname, k, GUINT_TO_POINTER(ls->lits->len));
	g_free(ls->bigram);
	ls->bigram = NULL;	/* the index is rebuilt */
	return ls->lits->len - 1;
}

/* Appends the ids of the strings of set to ls->ids. */
static void
rx_litset_ids(struct rx_litset *ls, GPtrArray *set)
{
	for (guint k = 0; k < set->len; k++) {
		guint id = rx_litset_intern(ls, g_ptr_array_index(set, k));

		g_array_append_val(ls->ids, id);
	}
}

static gint
rx_litset_clause_cmp(gconstpointer a, gconstpointer b)
{
	guint x = (*(GPtrArray *const *)a)->len;
	guint y = (*(GPtrArray *const *)b)->len;

	return x < y ? -1 : x > y;
}

int
rx_litset_add(struct rx_litset *ls, const struct rx *r)
{
	const char *pat = NULL;
	size_t len;
	unsigned flags;

	if (ls == NULL || (pat = rx_pattern(r, &len, &flags)) == NULL)
		return -1;
	return rx_litset_add_src(ls, pat, len, flags);
}

int
rx_litset_add_src(struct rx_litset *ls, const char *pat, size_t len,
    unsigned flags)
{
	GPtrArray *cnf, *prefix;
	struct lit_need need;

	if (ls == NULL || pat == NULL ||
	    (cnf = rx_lit_extract(pat, len, flags, &prefix)) == NULL)
		return -1;
	/* Which clause fails first does not change the answer. */
	g_ptr_array_sort(cnf, rx_litset_clause_cmp);
	need.at = ls->ids->len;
	for (guint i = 0; i < cnf->len; i++) {
		GPtrArray *c = g_ptr_array_index(cnf, i);
		guint n = c->len;

		g_array_append_val(ls->ids, n);
		rx_litset_ids(ls, c);
	}
	need.len = ls->ids->len - need.at;
	if (prefix != NULL)
		rx_litset_ids(ls, prefix);
	need.nprefix = ls->ids->len - need.at - need.len;
	g_ptr_array_unref(cnf);
	if (prefix != NULL)
		g_ptr_array_unref(prefix);
	g_array_append_val(ls->needs, need);
	return (int)ls->needs->len - 1;
}

static void
rx_litset_index(struct rx_litset *ls)
{
	const size_t *lens = (const size_t *)ls->lens->data;
	guint *fill;

	ls->bigram = g_malloc0(65536 / 8);
	g_free(ls->start);
	g_free(ls->ent);
	ls->start = g_new0(guint, LIT_BUCKETS + 1);
	ls->nent = ls->lits->len;
	ls->ent = g_new(struct lit_entry, ls->nent > 0 ? ls->nent : 1);
	for (guint i = 0; i < ls->lits->len; i++) {
		const unsigned char *s = g_ptr_array_index(ls->lits, i);
		uint16_t bg = (uint16_t)(s[0] << 8 | s[1]);

		ls->bigram[bg >> 3] |= 1u << (bg & 7);
		ls->start[rx_litset_bucket(s, lens[i]) + 1]++;
	}
	for (guint h = 0; h < LIT_BUCKETS; h++)
		ls->start[h + 1] += ls->start[h];
	fill = g_memdup2(ls->start, sizeof(guint) * LIT_BUCKETS);
	for (guint i = 0; i < ls->lits->len; i++) {
		const unsigned char *s = g_ptr_array_index(ls->lits, i);
		struct lit_entry *e = &ls->ent[fill[rx_litset_bucket(s,
		    lens[i])]++];

		e->head = rx_litset_head(s, lens[i], &e->mask);
		e->id = i;
		e->len = (guint)lens[i];
	}
	g_free(fill);
}

/* Whether entry e is at f[i..n). */
static int
rx_litset_at(const struct rx_litset *ls, const struct lit_entry *e,
    const unsigned char *f, size_t i, size_t n, uint32_t w)
{
	if (e->len > n - i || (w & e->mask) != e->head)
		return 0;
	return e->len <= 4 || memcmp(f + i + 4, (const unsigned char *)
	    g_ptr_array_index(ls->lits, e->id) + 4, e->len - 4) == 0;
}

/* text folded: see the top of the file. Returns the length; *same is 0
 * when a character shrank (offsets then differ from text's). */
static size_t
rx_litset_fold(const char *text, size_t len, unsigned char *out, int *same)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t i = 0, n = 0;

	*same = 1;
	while (i < len) {
		unsigned char c = p[i];

		if (c < 0x80)
			out[n++] = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c,
			    i++;
		else if (c == 0xe2 && i + 2 < len && p[i + 1] == 0x84 &&
		    p[i + 2] == 0xaa)
			out[n++] = 'k', i += 3, *same = 0;
		else if (c == 0xc5 && i + 1 < len && p[i + 1] == 0xbf)
			out[n++] = 's', i += 2, *same = 0;
		else
			out[n++] = c, i++;
	}
	return n;
}

/* A scan with room for nlits strings, none seen: one given back to ls
 * (its memory not allocated and freed again per subject), or new. */
static struct rx_litscan *
rx_litscan_new(struct rx_litset *ls, size_t nlits)
{
	struct rx_litscan *sc = NULL;

	if (ls != NULL && ls->spare->len > 0)
		sc = g_ptr_array_steal_index_fast(ls->spare,
		    ls->spare->len - 1);
	if (sc == NULL)
		sc = g_new0(struct rx_litscan, 1);
	if (sc->seen == NULL || sc->cap < nlits) {
		sc->cap = MAX(nlits, 1);
		g_free(sc->first);
		g_free(sc->seen);
		sc->first = g_new(size_t, sc->cap);
		sc->seen = g_malloc(sc->cap / 8 + 1);
	}
	memset(sc->seen, 0, nlits / 8 + 1);
	sc->same = 1;
	return sc;
}

struct rx_litscan *
rx_litset_scan(struct rx_litset *ls, const char *text, size_t len)
{
	size_t nlits = ls != NULL ? ls->lits->len : 0;
	struct rx_litscan *sc = rx_litscan_new(ls, nlits);
	unsigned char *f;
	size_t n;

	if (nlits == 0 || len < LIT_MINLEN)
		return sc;
	if (ls->bigram == NULL)
		rx_litset_index(ls);
	if (sc->fcap < len) {
		g_free(sc->fold);
		sc->fcap = MAX(len, 4096);
		sc->fold = g_malloc(sc->fcap);
	}
	f = sc->fold;
	n = rx_litset_fold(text, len, f, &sc->same);
	for (size_t i = 0; i + 1 < n; i++) {
		uint16_t bg = (uint16_t)(f[i] << 8 | f[i + 1]);
		uint32_t w, mask;
		guint b[2];

		if (!(ls->bigram[bg >> 3] & (1u << (bg & 7))))
			continue;
		if (n - i >= 4) {	/* rx_litset_head() in one load */
			memcpy(&w, f + i, 4);
			w = GUINT32_FROM_LE(w);
		} else
			w = rx_litset_head(f + i, n - i, &mask);
		/* The strings of two bytes, then the longer ones. */
		b[0] = rx_litset_bucket(f + i, 2);
		b[1] = i + 2 < n ? rx_litset_bucket(f + i, 3) : b[0];
		for (int k = 0; k < (b[1] != b[0] ? 2 : 1); k++)
			for (guint j = ls->start[b[k]]; j < ls->start[b[k] + 1];
			    j++) {
				const struct lit_entry *e = &ls->ent[j];

				if (!(sc->seen[e->id >> 3] &
				    (1u << (e->id & 7))) &&
				    rx_litset_at(ls, e, f, i, n, w)) {
					sc->seen[e->id >> 3] |= 1u <<
					    (e->id & 7);
					sc->first[e->id] = i;
				}
			}
	}
	return sc;
}

void
rx_litset_done(struct rx_litset *ls, struct rx_litscan **sc)
{
	if (sc == NULL || *sc == NULL)
		return;
	if (ls != NULL && ls->spare->len < LIT_SPARE) {
		g_ptr_array_add(ls->spare, *sc);
		*sc = NULL;
	} else
		rx_litscan_free(sc);
}

void
rx_litscan_free(struct rx_litscan **sc)
{
	if (sc == NULL || *sc == NULL)
		return;
	g_free((*sc)->first);
	g_free((*sc)->seen);
	g_free((*sc)->fold);
	g_free(*sc);
	*sc = NULL;
}

int
rx_litset_check(const struct rx_litset *ls, int h,
    const struct rx_litscan *sc, size_t *start)
{
	const struct lit_need *need;
	const guint *v;
	const unsigned char *seen = sc->seen;
	size_t min = SIZE_MAX;
	guint i = 0;

	*start = 0;
	if (ls == NULL || h < 0 || (guint)h >= ls->needs->len)
		return 1;
	need = &g_array_index(ls->needs, struct lit_need, h);
	v = &g_array_index(ls->ids, guint, need->at);
	while (i < need->len) {
		guint n = v[i++], k;

		for (k = 0; k < n; k++)
			if (seen[v[i + k] >> 3] & (1u << (v[i + k] & 7)))
				break;
		if (k == n)
			return 0;
		i += n;
	}
	if (need->nprefix == 0 || !sc->same)
		return 1;
	v += need->len;
	for (i = 0; i < need->nprefix; i++)
		min = MIN(min, rx_litscan_first(sc, v[i]));
	if (min == SIZE_MAX)
		return 0;	/* cannot happen: the prefix is a clause */
	*start = min;
	return 1;
}
