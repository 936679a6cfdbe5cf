/* The config key tables and their types, shared by conf-keys.c (the
 * tables), conf.c (reading the file), conf-group.c (the named groups)
 * and conf-value.c (one value). */
#ifndef CONF_INT_H
#define CONF_INT_H

#include <stddef.h>

#include <glib.h>

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

#define ACCOUNT_PREFIX "account "
#define TIER_PREFIX "tier "
#define ALERT_PREFIX "alert "
#define NKEYS conf_keys_n
#define NACCOUNT_KEYS account_keys_n
#define NTIER_KEYS tier_keys_n
#define NALERT_KEYS alert_keys_n

/* Where each key sits in the file, for file:line:col messages: the
 * table pos maps "group.key" (and "group") to one. */
struct conf_pos {
	int line;
	int col;	/* of the value */
};

struct conf;
struct conf_account;
struct conf_alert;
struct diag;

/* conf.c: the keys of one named group ([account NAME], [tier NAME],
 * ...) into the struct at base: each one set (or, with defaults, its
 * default), problems at their file:line:col. */
void conf_group_values(GKeyFile *kf, const char *group,
    const struct conf_key *keys, size_t nkeys, int defaults, void *base,
    GHashTable *pos, const char *path, struct diag *d);
/* A problem with [group] key, at the key's line (else the group's). */
void conf_key_error(struct diag *d, const char *path, GHashTable *pos,
    const char *group, const char *key, const char *msg);

/* conf-group.c: one named group read into its struct, problems to d. */
void conf_read_account(GKeyFile *kf, const char *group, GHashTable *pos,
    const char *path, struct diag *d, struct conf_account *a);
void conf_account_free(struct conf_account *a);
/* The built-in tiers from the [tiers] lists and [modifiers] levels. */
void conf_tiers_builtin(struct conf *c);
void conf_read_tier(struct conf *c, GKeyFile *kf, const char *group,
    GHashTable *pos, const char *path, struct diag *d);
/* After the tiers: a route names them. */
void conf_read_alert(struct conf *c, GKeyFile *kf, const char *group,
    GHashTable *pos, const char *path, struct diag *d, struct conf_alert *r);
void conf_alert_free(struct conf_alert *r);

/* "~/x" under $HOME, else a copy. Caller frees (g_free). */
char *conf_expand(const char *path);

/* Parses val for key k into the struct at base. Returns 0, or -1 with
 * *msg set (caller frees). */
int conf_value_set(void *base, const struct conf_key *k, const char *val,
    char **msg);

#endif
