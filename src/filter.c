/* Filter sets: every "<class>.rules" of a directory, a local directory
 * laid over it, the classes put in order. One file is read by
 * filter-parse.c; the format is documented in filters/README.md. */
#include <sys/stat.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "diag.h"
#include "filter.h"
#include "filter-int.h"
#include "mt.h"
#include "rx.h"

#define FILTER_SUFFIX ".rules"
#define CONCEPT_SUFFIX ".concepts"

static int
filter_name_cmp(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
filter_class_cmp(gconstpointer a, gconstpointer b)
{
	const struct filter_class *x = *(struct filter_class *const *)a;
	const struct filter_class *y = *(struct filter_class *const *)b;

	return strcmp(x->name, y->name);
}

static struct filter_class *
filter_class_lookup(GPtrArray *classes, const char *name, guint *idx)
{
	for (guint i = 0; i < classes->len; i++) {
		struct filter_class *c = g_ptr_array_index(classes, i);

		if (strcmp(c->name, name) == 0) {
			if (idx != NULL)
				*idx = i;
			return c;
		}
	}
	return NULL;
}

static guint
filter_rule_index(const struct filter_class *c, const char *id)
{
	for (guint i = 0; i < c->rules->len; i++) {
		const struct filter_rule *r = g_ptr_array_index(c->rules, i);

		if (strcmp(r->id, id) == 0)
			return i;
	}
	return G_MAXUINT;
}

/* Lays an overlay class over the shipped one: "disable" removes, a known
 * id replaces in place, a new id is appended, a threshold overrides.
 * Takes the rules out of loc. Returns the number of errors. */
static int
filter_overlay(struct filter_class *c, struct filter_class *loc,
    struct diag *d)
{
	int nerr = 0;
	guint i, k;

	for (i = 0; i < loc->disables->len; i++) {
		struct filter_disable *x = g_ptr_array_index(loc->disables, i);
		char *id = g_strdup_printf("%s/%s", c->name, x->id);

		if (filter_rule_index(loc, id) != G_MAXUINT) {
			diag_add(d, DIAG_ERROR, loc->file, x->line, x->col,
			    "rule '%s' is both disabled and defined here",
			    x->id);
			nerr++;
		} else if ((k = filter_rule_index(c, id)) == G_MAXUINT)
			diag_add(d, DIAG_WARNING, loc->file, x->line, x->col,
			    "no rule '%s' to disable", id);
		else
			g_ptr_array_remove_index(c->rules, k);
		g_free(id);
	}
	for (i = 0; i < loc->rules->len; i++) {
		struct filter_rule *r = g_ptr_array_index(loc->rules, i);

		g_ptr_array_index(loc->rules, i) = NULL;
		if ((k = filter_rule_index(c, r->id)) == G_MAXUINT)
			g_ptr_array_add(c->rules, r);
		else {
			filter_rule_free(g_ptr_array_index(c->rules, k));
			g_ptr_array_index(c->rules, k) = r;
		}
	}
	if (loc->thr_line != 0) {
		c->threshold = loc->threshold;
		g_free(c->file);
		c->file = g_strdup(loc->file);
		c->thr_line = loc->thr_line;
		c->thr_col = loc->thr_col;
	}
	if (loc->rivals_none)
		g_ptr_array_set_size(c->rivals, 0);
	for (i = 0; i < loc->rivals->len; i++) {
		struct filter_rival_decl *x = g_ptr_array_index(loc->rivals, i);

		k = filter_rival_find(c, x->name);
		g_ptr_array_index(loc->rivals, i) = NULL;
		if (k < c->rivals->len) {
			filter_rival_decl_free(g_ptr_array_index(c->rivals,
			    k));
			g_ptr_array_index(c->rivals, k) = x;
		} else
			g_ptr_array_add(c->rivals, x);
	}
	return nerr;
}

/* Reads every *.rules of dir into classes (local: laid over them).
 * Returns the number of errors. */
static int
filter_load_dir(const char *dir, int local, struct filter_concepts *cs,
    struct diag *d, GPtrArray *classes)
{
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	struct filter_class *cls, *c;
	GError *gerr = NULL;
	const char *ent;
	GDir *dh = NULL;
	struct stat st;
	int nerr = 0;

	if (local && stat(dir, &st) == -1 && errno == ENOENT)
		goto out;
	if ((dh = g_dir_open(dir, 0, &gerr)) == NULL) {
		diag_add(d, DIAG_ERROR, dir, 0, 0, "%s", gerr->message);
		nerr++;
		goto out;
	}
	while ((ent = g_dir_read_name(dh)) != NULL)
		if (ent[0] != '.' && g_str_has_suffix(ent, FILTER_SUFFIX))
			g_ptr_array_add(names, g_strdup(ent));
	g_ptr_array_sort(names, filter_name_cmp);

	for (guint i = 0; i < names->len; i++) {
		const char *base = g_ptr_array_index(names, i);
		char *path = g_build_filename(dir, base, NULL);
		char *name = g_strndup(base, strlen(base) -
		    strlen(FILTER_SUFFIX));
		int ok = 1;

		for (const char *p = name; *p != '\0'; p++)
			if (!g_ascii_islower(*p) && !g_ascii_isdigit(*p) &&
			    *p != '_')
				ok = 0;
		if (!ok) {
			diag_add(d, DIAG_ERROR, path, 0, 0, "bad class name "
			    "'%s' (use a-z, 0-9 and _)", name);
			nerr++;
		} else {
			nerr += filter_parse_file(path, name, local, cs, d,
			    &cls);
			if (!local)
				g_ptr_array_add(classes, cls);
			else {
				c = filter_class_lookup(classes, name, NULL);
				if (c == NULL) {
					c = filter_class_new(name, path);
					g_ptr_array_add(classes, c);
				}
				nerr += filter_overlay(c, cls, d);
				filter_class_free(cls);
			}
		}
		g_free(name);
		g_free(path);
	}
out:
	if (dh != NULL)
		g_dir_close(dh);
	if (gerr != NULL)
		g_error_free(gerr);
	g_ptr_array_free(names, TRUE);
	return nerr;
}

/* Reads every *.concepts of dir into cs (a missing local dir is fine).
 * Returns the number of errors. */
static int
filter_load_concepts(const char *dir, int local, struct filter_concepts *cs,
    struct diag *d)
{
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	GDir *dh;
	const char *ent;
	struct stat st;
	int nerr = 0;

	if (local && stat(dir, &st) == -1 && errno == ENOENT)
		goto out;
	if ((dh = g_dir_open(dir, 0, NULL)) == NULL)
		goto out;	/* filter_load_dir reports it */
	while ((ent = g_dir_read_name(dh)) != NULL)
		if (ent[0] != '.' && g_str_has_suffix(ent, CONCEPT_SUFFIX))
			g_ptr_array_add(names, g_build_filename(dir, ent,
			    NULL));
	g_dir_close(dh);
	g_ptr_array_sort(names, filter_name_cmp);
	for (guint i = 0; i < names->len; i++)
		nerr += filter_concepts_parse_file(g_ptr_array_index(names, i),
		    cs, d);
out:
	g_ptr_array_free(names, TRUE);
	return nerr;
}

/* Resolves "rival NAME [MARGIN]" into fs->rival, both ways: two signal
 * classes, each pair declared once. Returns the number of errors. */
static int
filter_rivals(struct filter_set *fs, struct diag *d)
{
	int nerr = 0;

	for (guint k = 0; k < fs->classes->len; k++) {
		struct filter_class *c = g_ptr_array_index(fs->classes, k);

		for (guint r = 0; r < c->rivals->len; r++) {
			struct filter_rival_decl *x =
			    g_ptr_array_index(c->rivals, r);
			guint j;
			struct filter_class *o = filter_class_lookup(
			    fs->classes, x->name, &j);

			if (o == NULL) {
				diag_add(d, DIAG_ERROR, x->file, x->line, x->col,
				    "rival: no class '%s' (name a signal class: "
				    "safety, outage, payment, account)",
				    x->name);
				nerr++;
			} else if (j == k) {
				diag_add(d, DIAG_ERROR, x->file, x->line, x->col,
				    "rival: %s cannot be its own rival",
				    c->name);
				nerr++;
			} else if (k >= SIG_COUNT || j >= SIG_COUNT) {
				diag_add(d, DIAG_ERROR, x->file, x->line, x->col,
				    "rival: %s and %s must both be signal "
				    "classes (a context class raises no signal "
				    "to drop)", c->name, o->name);
				nerr++;
			} else if (fs->rival[k][j]) {
				diag_add(d, DIAG_ERROR, x->file, x->line, x->col,
				    "rival: %s and %s are rivals already (in "
				    "%s.rules); declare a pair once", c->name,
				    o->name, o->name);
				nerr++;
			} else {
				fs->rival[k][j] = fs->rival[j][k] = 1;
				fs->rival_margin[k][j] = x->margin;
				fs->rival_margin[j][k] = x->margin;
			}
		}
	}
	return nerr;
}

/* The signal classes first, in precedence order (empty ones made up),
 * then the rest by name; warnings for empty classes, errors for
 * thresholds the rules cannot reach. Takes the classes. Returns the
 * number of errors. */
static int
filter_order(GPtrArray *classes, const char *dir, struct diag *d,
    struct filter_set *fs)
{
	struct filter_class *c;
	double sum;
	int nerr = 0;
	guint k;

	g_ptr_array_sort(classes, filter_class_cmp);
	for (int s = 0; s < SIG_COUNT; s++) {
		if ((c = filter_class_lookup(classes, mt_signal_name(s),
		    &k)) != NULL)
			g_ptr_array_steal_index(classes, k);
		else
			c = filter_class_new(mt_signal_name(s), dir);
		g_ptr_array_add(fs->classes, c);
	}
	for (k = 0; k < classes->len; k++) {
		g_ptr_array_add(fs->classes, g_ptr_array_index(classes, k));
		g_ptr_array_index(classes, k) = NULL;
	}

	for (k = 0; k < fs->classes->len; k++) {
		c = g_ptr_array_index(fs->classes, k);
		fs->nrules += c->rules->len;
		if (c->rules->len == 0) {
			diag_add(d, DIAG_WARNING, c->file, 0, 0,
			    "no rules for %s %s", k < SIG_COUNT ? "signal" :
			    "class", c->name);
			continue;
		}
		sum = 0;
		for (guint i = 0; i < c->rules->len; i++) {
			struct filter_rule *r = g_ptr_array_index(c->rules, i);

			if (r->weight > 0)
				sum += r->weight;
		}
		if (sum < c->threshold) {
			diag_add(d, DIAG_ERROR, c->file, c->thr_line,
			    c->thr_col, "threshold %g of %s is unreachable: "
			    "its positive weights add up to %g", c->threshold,
			    c->name, sum);
			nerr++;
		}
	}
	return nerr + filter_rivals(fs, d);
}

int
filter_set_load(const char *dir, const char *local_dir, unsigned flags,
    struct diag *d, struct filter_set **out)
{
	GPtrArray *classes;
	struct filter_set *fs;
	int nerr = 0, rc = -1;

	*out = NULL;
	fs = g_new0(struct filter_set, 1);
	fs->classes = g_ptr_array_new_with_free_func(filter_class_free);
	classes = g_ptr_array_new_with_free_func(filter_class_free);
	if (dir == NULL) {
		diag_add(d, DIAG_ERROR, "-", 0, 0, "no filter directory");
		goto out;
	}
	fs->concepts = filter_concepts_new();
	fs->concepts->lazy = (flags & FILTER_LAZY) != 0;
	fs->concepts->jit = (flags & FILTER_JIT) != 0;
	/* Concept patterns share the rules' prefilter: one scan of a text
	 * serves both. */
	fs->lits = rx_litset_new();
	if (!(flags & FILTER_LAZY))
		fs->concepts->lits = fs->lits;
	nerr += filter_load_concepts(dir, 0, fs->concepts, d);
	if (local_dir != NULL)
		nerr += filter_load_concepts(local_dir, 1, fs->concepts, d);
	nerr += filter_load_dir(dir, 0, fs->concepts, d, classes);
	if (local_dir != NULL)
		nerr += filter_load_dir(local_dir, 1, fs->concepts, d,
		    classes);
	nerr += filter_order(classes, dir, d, fs);
	nerr += filter_concepts_finish(fs->concepts, d);
	if (nerr > 0)
		goto out;
	for (guint k = 0; k < fs->classes->len; k++) {
		struct filter_class *c = g_ptr_array_index(fs->classes, k);

		for (guint i = 0; i < c->rules->len; i++) {
			struct filter_rule *r = g_ptr_array_index(c->rules, i);

			g_free(r->need);
			r->need = g_new(int, r->npats > 0 ? r->npats : 1);
			for (size_t p = 0; p < r->npats; p++) {
				/* A concept's alternation of many words
				 * gives the prefilter no string every match
				 * needs, and costs more to analyse than the
				 * scan saves: PCRE2's own start-of-match
				 * bitmap does that job. For one message per
				 * process (lazy) building the prefilter costs
				 * more than it saves on that one message. */
				r->need[p] = r->pat_lang[p] >= 0 ||
				    (flags & FILTER_LAZY) ? -1 :
				    rx_litset_add(fs->lits, r->pats[p]);
				/* Without JIT the patterns still match,
				 * interpreted; a pattern seldom run (another
				 * language's) is never JIT-compiled. */
				if ((flags & FILTER_JIT) && r->pats[p] != NULL)
					rx_jit_after(r->pats[p],
					    FILTER_JIT_USES);
			}
		}
	}
	/* Made once here, the concepts are shared by every worker forked
	 * after (copy-on-write), not made again in each. */
	if (flags & FILTER_ALL) {
		GString *late = g_string_new(NULL);

		filter_concepts_build(fs->concepts, (1u << LANG_COUNT) - 1,
		    late);
		if (late->len > 0)
			diag_add(d, DIAG_ERROR, dir, 0, 0, "%s", late->str);
		nerr += late->len > 0;
		g_string_free(late, TRUE);
		if (nerr > 0)
			goto out;
	}
	*out = fs;
	fs = NULL;
	rc = 0;
out:
	g_ptr_array_free(classes, TRUE);
	filter_set_free(&fs);
	return rc;
}

void
filter_set_free(struct filter_set **fs)
{
	if (fs == NULL || *fs == NULL)
		return;
	g_ptr_array_free((*fs)->classes, TRUE);
	rx_litset_free(&(*fs)->lits);
	filter_concepts_free(&(*fs)->concepts);
	g_free(*fs);
	*fs = NULL;
}

size_t
filter_set_nclasses(const struct filter_set *fs)
{
	return fs != NULL ? fs->classes->len : 0;
}

size_t
filter_set_nrules(const struct filter_set *fs)
{
	return fs != NULL ? fs->nrules : 0;
}

int
filter_class_find(const struct filter_set *fs, const char *name)
{
	guint k;

	if (fs == NULL || name == NULL ||
	    filter_class_lookup(fs->classes, name, &k) == NULL)
		return -1;
	return (int)k;
}

static const struct filter_class *
filter_class_at(const struct filter_set *fs, size_t c)
{
	return fs != NULL && c < fs->classes->len ?
	    g_ptr_array_index(fs->classes, c) : NULL;
}

const char *
filter_class_name(const struct filter_set *fs, size_t c)
{
	const struct filter_class *cl = filter_class_at(fs, c);

	return cl != NULL ? cl->name : NULL;
}

double
filter_class_threshold(const struct filter_set *fs, size_t c)
{
	const struct filter_class *cl = filter_class_at(fs, c);

	return cl != NULL ? cl->threshold : 0;
}

int
filter_rivals_of(const struct filter_set *fs, size_t a, size_t b,
    double *margin)
{
	if (fs == NULL || a >= SIG_COUNT || b >= SIG_COUNT ||
	    !fs->rival[a][b])
		return 0;
	if (margin != NULL)
		*margin = fs->rival_margin[a][b];
	return 1;
}

size_t
filter_class_nrules(const struct filter_set *fs, size_t c)
{
	const struct filter_class *cl = filter_class_at(fs, c);

	return cl != NULL ? cl->rules->len : 0;
}

const char *
filter_rule_id(const struct filter_set *fs, size_t c, size_t r)
{
	const struct filter_class *cl = filter_class_at(fs, c);
	const struct filter_rule *rule;

	if (cl == NULL || r >= cl->rules->len)
		return NULL;
	rule = g_ptr_array_index(cl->rules, r);
	return rule->id;
}
