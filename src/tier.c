/* Customer tier lists. One entry per line: "user@example.com" (that
 * address), "example.com" (every address at that domain) or
 * "*.example.com" (every address at any subdomain of it, not the domain
 * itself). '#' starts a comment. Matching is case-insensitive. */
#include <ctype.h>
#include <string.h>

#include <glib.h>

#include "conf.h"
#include "diag.h"
#include "tier.h"

struct tier_table {
	GHashTable *addr;	/* address -> tier (index into conf tiers) */
	GHashTable *domain;	/* domain -> tier */
	GHashTable *wild;	/* parent domain of *.x -> tier */
	unsigned long rank[CONF_TIER_MAX];
	unsigned n;
};

/* The higher ranked of two tiers (0: none). */
static int
tier_best(const struct tier_table *t, int a, int b)
{
	if (a == 0)
		return b;
	if (b == 0)
		return a;
	return t->rank[b] > t->rank[a] ? b : a;
}

/* Keeps the higher ranked tier when an entry is listed twice. */
static void
tier_put(struct tier_table *t, GHashTable *h, const char *key, int tier)
{
	int old = GPOINTER_TO_INT(g_hash_table_lookup(h, key));

	if (tier_best(t, old, tier) != old)
		g_hash_table_replace(h, g_strdup(key), GINT_TO_POINTER(tier));
}

static int
tier_valid_domain(const char *d)
{
	if (*d == '\0' || *d == '.' || d[strlen(d) - 1] == '.')
		return 0;
	for (; *d != '\0'; d++)
		if (!isalnum((unsigned char)*d) && *d != '-' && *d != '.' &&
		    (unsigned char)*d < 0x80)
			return 0;
	return 1;
}

static void
tier_load_file(struct tier_table *t, const char *path, int tier,
    const char *name, struct diag *d)
{
	char *text = NULL, **lines;
	GError *err = NULL;

	if (!g_file_get_contents(path, &text, NULL, &err)) {
		diag_add(d, DIAG_ERROR, path, 0, 0, "%s (tier list for %s)",
		    err->message, name);
		g_error_free(err);
		return;
	}
	lines = g_strsplit(text, "\n", -1);
	for (int n = 0; lines[n] != NULL; n++) {
		char *l = lines[n], *hash = strchr(l, '#'), *e, *at;
		int col;

		if (hash != NULL)
			*hash = '\0';
		e = g_strstrip(l);
		if (*e == '\0')
			continue;
		col = (int)(e - l) + 1;
		if (strpbrk(e, " \t") != NULL) {
			diag_add(d, DIAG_ERROR, path, n + 1, col,
			    "one address or domain per line");
			continue;
		}
		for (char *q = e; *q != '\0'; q++)
			*q = g_ascii_tolower(*q);
		if ((at = strchr(e, '@')) != NULL) {
			if (at == e || !tier_valid_domain(at + 1)) {
				diag_add(d, DIAG_ERROR, path, n + 1, col,
				    "bad address \"%s\"", e);
				continue;
			}
			tier_put(t, t->addr, e, tier);
		} else if (strncmp(e, "*.", 2) == 0) {
			if (!tier_valid_domain(e + 2)) {
				diag_add(d, DIAG_ERROR, path, n + 1, col + 2,
				    "bad domain \"%s\"", e + 2);
				continue;
			}
			tier_put(t, t->wild, e + 2, tier);
		} else if (!tier_valid_domain(e)) {
			diag_add(d, DIAG_ERROR, path, n + 1, col,
			    "bad entry \"%s\": write user@example.com, "
			    "example.com or *.example.com", e);
			continue;
		} else
			tier_put(t, t->domain, e, tier);
		t->n++;
	}
	g_strfreev(lines);
	g_free(text);
}

int
tier_table_load(const struct conf *c, struct diag *d,
    struct tier_table **out)
{
	struct tier_table *t = g_new0(struct tier_table, 1);
	size_t before = diag_count(d, DIAG_ERROR);

	t->addr = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	t->domain = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	t->wild = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (size_t i = 1; i < c->ntiers; i++) {
		t->rank[i] = c->tiers[i].rank;
		if (c->tiers[i].list != NULL)
			tier_load_file(t, c->tiers[i].list, (int)i,
			    c->tiers[i].name, d);
	}
	if (diag_count(d, DIAG_ERROR) > before) {
		tier_table_free(&t);
		*out = NULL;
		return -1;
	}
	*out = t;
	return 0;
}

void
tier_table_free(struct tier_table **tp)
{
	struct tier_table *t;

	if (tp == NULL || (t = *tp) == NULL)
		return;
	g_hash_table_destroy(t->addr);
	g_hash_table_destroy(t->domain);
	g_hash_table_destroy(t->wild);
	g_free(t);
	*tp = NULL;
}

static int
tier_get(GHashTable *h, const char *key)
{
	return GPOINTER_TO_INT(g_hash_table_lookup(h, key));
}

int
tier_lookup(const struct tier_table *t, const char *addr)
{
	const char *dom, *p;
	int best;

	if (t == NULL || addr == NULL || (dom = strrchr(addr, '@')) == NULL)
		return TIER_NONE;
	dom++;
	best = tier_get(t->addr, addr);
	best = tier_best(t, best, tier_get(t->domain, dom));
	/* *.example.com: any proper parent domain of the sender's. */
	for (p = strchr(dom, '.'); p != NULL; p = strchr(p + 1, '.'))
		best = tier_best(t, best, tier_get(t->wild, p + 1));
	return best;
}

unsigned
tier_table_size(const struct tier_table *t)
{
	return t != NULL ? t->n : 0;
}
