/* Filter files: loading and validating the rule sets.
 *
 * One file per class, "<class>.rules". The four signal classes are
 * safety, outage, payment and account; any other class (impact,
 * frustration, ...) is a context class the priority policy reads.
 * The format is documented in filters/README.md. */
#ifndef FILTER_H
#define FILTER_H

#include <stddef.h>

struct diag;
struct filter_set;

enum filter_load_flags {
	FILTER_JIT = 1 << 0,	/* JIT-compile (batch modes) */
	FILTER_LAZY = 1 << 1,	/* compile a pattern's per-language variants
				 * when a message in that language needs
				 * them (one message per process) */
	FILTER_ALL = 1 << 2,	/* every language's concepts made at load,
				 * not on first need (a set that forked
				 * workers share) */
};

/* Loads every "*.rules" file in dir, then overlays local_dir (may be
 * NULL or missing): a local rule with a shipped rule's id replaces it,
 * "disable <id>" removes one, a local "threshold" overrides.
 * Every problem goes to d as file:line:col. Returns 0 and *out on
 * success (warnings allowed), -1 when any error was found (nothing
 * returned). Caller frees with filter_set_free(). */
int filter_set_load(const char *dir, const char *local_dir, unsigned flags,
    struct diag *d, struct filter_set **out);
void filter_set_free(struct filter_set **fs);

size_t filter_set_nclasses(const struct filter_set *fs);
size_t filter_set_nrules(const struct filter_set *fs);	/* all classes */
/* Class index by name, or -1. */
int filter_class_find(const struct filter_set *fs, const char *name);
const char *filter_class_name(const struct filter_set *fs, size_t c);
double filter_class_threshold(const struct filter_set *fs, size_t c);
/* 1 when signal classes a and b are rivals ("rival NAME [MARGIN]": they
 * do not fire together), with the margin the higher score must lead by
 * in *margin (may be NULL); else 0. */
int filter_rivals_of(const struct filter_set *fs, size_t a, size_t b,
    double *margin);
size_t filter_class_nrules(const struct filter_set *fs, size_t c);
/* The full id ("outage/site_down") of rule r of class c, in file order,
 * or NULL when out of range. */
const char *filter_rule_id(const struct filter_set *fs, size_t c, size_t r);

#endif
