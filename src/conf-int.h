/* The config key tables and their types, shared by conf-keys.c (the
 * tables), conf.c (reading the file) and conf-value.c (one value). */
#ifndef CONF_INT_H
#define CONF_INT_H

#include <stddef.h>

enum conf_type { CT_PATH, CT_FOLDER, CT_LEVEL, CT_HOURS, CT_SECONDS, CT_SIZE,
    CT_COUNT, CT_STRING, CT_BOOL, CT_PORT, CT_TLS, CT_MODE, CT_STEPS, CT_RATIO,
    CT_SCHEDULE, CT_TZ, CT_KINDS, CT_LEVEL_HOURS, CT_AUTH };

struct conf_key {
	const char *group;
	const char *key;
	enum conf_type type;
	const char *def;	/* NULL: computed (see conf_defaults) */
	size_t off;
	const char *help;
};

/* The tables (conf-keys.c): [general] and the other fixed groups,
 * [account NAME], [tier NAME], [alert NAME]. */
extern const struct conf_key conf_keys[], account_keys[], tier_keys[],
    alert_keys[];
extern const size_t conf_keys_n, account_keys_n, tier_keys_n, alert_keys_n;

/* "~/x" under $HOME, else a copy. Caller frees (g_free). */
char *conf_expand(const char *path);

/* Parses val for key k into the struct at base. Returns 0, or -1 with
 * *msg set (caller frees). */
int conf_value_set(void *base, const struct conf_key *k, const char *val,
    char **msg);

#endif
