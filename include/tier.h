/* Customer tiers from list files: addresses, domains and *.subdomains. */
#ifndef TIER_H
#define TIER_H

#include "conf.h"
#include "mt.h"

struct conf;
struct diag;
struct tier_table;

/* Loads the list files named in the config ([tiers]). A missing or bad
 * file is an error in d (file:line:col). Returns 0 and *out, or -1.
 * Caller frees with tier_table_free(). */
int tier_table_load(const struct conf *c, struct diag *d,
    struct tier_table **out);
void tier_table_free(struct tier_table **t);

/* The highest ranked tier (index into the config's tiers) that lists
 * addr (lower-case address), else TIER_NONE. t may be NULL. */
int tier_lookup(const struct tier_table *t, const char *addr);

/* Number of entries loaded (for check). */
unsigned tier_table_size(const struct tier_table *t);

#endif
