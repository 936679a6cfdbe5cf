/* The config key table's types, shared by conf.c (the tables, reading
 * the file) and conf-value.c (parsing one value). */
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

/* "~/x" under $HOME, else a copy. Caller frees (g_free). */
char *conf_expand(const char *path);

/* Parses val for key k into the struct at base. Returns 0, or -1 with
 * *msg set (caller frees). */
int conf_value_set(void *base, const struct conf_key *k, const char *val,
    char **msg);

#endif
