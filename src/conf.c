/* Configuration: one table of keys (group, key, type, default, help)
 * drives parsing, validation and the annotated example. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>

#include "alert.h"
#include "conf.h"
#include "ledger.h"
#include "diag.h"
#include "holiday.h"
#include "lang.h"
#include "conf-int.h"



#define ACCOUNT_PREFIX "account "
#define TIER_PREFIX "tier "
#define ALERT_PREFIX "alert "
#define NKEYS conf_keys_n
#define NACCOUNT_KEYS account_keys_n
#define NTIER_KEYS tier_keys_n
#define NALERT_KEYS alert_keys_n

/* Where each key sits in the file, for file:line:col messages. */
struct conf_pos {
	int line;
	int col;	/* of the value */
};


static const char *
conf_default_filters(void)
{
	const char *env = g_getenv("MAILTRIAGE_FILTERS");

	if (env != NULL && *env != '\0')
		return env;
	if (g_file_test(MT_DATADIR "/filters", G_FILE_TEST_IS_DIR))
		return MT_DATADIR "/filters";
	return MT_SOURCE_DIR "/filters";
}

const char *
conf_default_path(void)
{
	static const char path[] = MT_SYSCONFDIR "/mailtriage.conf";

	return access(path, F_OK) == 0 ? path : NULL;
}

void
conf_set_maildir(struct conf *c, const char *maildir)
{
	g_free(c->maildir);
	c->maildir = conf_expand(maildir);
	if (!c->ledger_configured) {
		g_free(c->ledger);
		c->ledger = g_build_filename(c->maildir, "mailtriage.db", NULL);
	}
}

char *
conf_beside_ledger(const struct conf *c, const char *suffix)
{
	char *base, *out;

	if (!ledger_is_remote(c->ledger))
		return g_strconcat(c->ledger, suffix, NULL);
	base = g_strdup_printf("mailtriage-%s", g_get_host_name());
	out = g_strconcat(c->maildir, "/", base, suffix, NULL);
	g_free(base);
	return out;
}

char *
conf_filter_cache(const struct conf *c)
{
	if (c->filter_cache == NULL)
		return conf_beside_ledger(c, ".rxcache");
	if (strcmp(c->filter_cache, "none") == 0)
		return NULL;
	return g_strdup(c->filter_cache);
}

void
conf_set_filters(struct conf *c, const char *dir)
{
	g_free(c->filters);
	c->filters = conf_expand(dir);
}


static void
conf_defaults(struct conf *c)
{
	const char *md = g_getenv("MAILDIR");
	char *msg;

	for (size_t i = 0; i < NKEYS; i++)
		if (conf_keys[i].def != NULL &&
		    conf_value_set(c, &conf_keys[i], conf_keys[i].def, &msg) != 0)
			g_error("bad built-in default %s.%s", conf_keys[i].group,
			    conf_keys[i].key);
	conf_set_maildir(c, md != NULL && *md != '\0' ? md : "~/Maildir");
	c->notify_from = g_strdup_printf("mailtriage@%s", g_get_host_name());
	c->filters = g_strdup(conf_default_filters());
	c->local_filters = g_strdup(MT_SYSCONFDIR "/filters.d");
}

static int
conf_is_account(const char *group)
{
	return strncmp(group, ACCOUNT_PREFIX, strlen(ACCOUNT_PREFIX)) == 0 &&
	    group[strlen(ACCOUNT_PREFIX)] != '\0';
}

static int
conf_is_tier(const char *group)
{
	return strncmp(group, TIER_PREFIX, strlen(TIER_PREFIX)) == 0 &&
	    group[strlen(TIER_PREFIX)] != '\0';
}

static int
conf_is_alert(const char *group)
{
	return strncmp(group, ALERT_PREFIX, strlen(ALERT_PREFIX)) == 0 &&
	    group[strlen(ALERT_PREFIX)] != '\0';
}

static const struct conf_key *
conf_find_key(const char *group, const char *key)
{
	const struct conf_key *t = conf_keys;
	size_t n = NKEYS;

	if (conf_is_alert(group)) {
		t = alert_keys;
		n = NALERT_KEYS;
		group = "alert";
	}

	if (conf_is_account(group)) {
		t = account_keys;
		n = NACCOUNT_KEYS;
		group = "account";
	} else if (conf_is_tier(group)) {
		t = tier_keys;
		n = NTIER_KEYS;
		group = "tier";
	}
	for (size_t i = 0; i < n; i++)
		if (strcmp(t[i].group, group) == 0 &&
		    strcmp(t[i].key, key) == 0)
			return &t[i];
	return NULL;
}

static int
conf_known_group(const char *group)
{
	if (conf_is_account(group) || conf_is_tier(group) ||
	    conf_is_alert(group))
		return 1;
	for (size_t i = 0; i < NKEYS; i++)
		if (strcmp(conf_keys[i].group, group) == 0)
			return 1;
	return 0;
}

/* Reads the file line by line for syntax and positions; GKeyFile's own
 * errors carry no line numbers. Values are then taken from GKeyFile. */
static void
conf_scan(const char *path, const char *text, GHashTable *pos,
    struct diag *d)
{
	char **lines = g_strsplit(text, "\n", -1);
	char *group = NULL;

	for (int n = 0; lines[n] != NULL; n++) {
		char *l = lines[n], *eq, *key;
		int ind = 0;

		g_strchomp(l);
		while (l[ind] == ' ' || l[ind] == '\t')
			ind++;
		if (l[ind] == '\0' || l[ind] == '#' || l[ind] == ';')
			continue;
		if (l[ind] == '[') {
			char *close = strchr(l + ind, ']');
			if (close == NULL || close[1] != '\0') {
				diag_add(d, DIAG_ERROR, path, n + 1, ind + 1,
				    "bad group line: write [name]");
				continue;
			}
			g_free(group);
			group = g_strndup(l + ind + 1, close - l - ind - 1);
			struct conf_pos *gp = g_new(struct conf_pos, 1);
			gp->line = n + 1;
			gp->col = ind + 1;
			g_hash_table_replace(pos, g_strdup(group), gp);
			if (!conf_known_group(group))
				diag_add(d, DIAG_ERROR, path, n + 1, ind + 2,
				    "unknown group [%s] (groups: general, filters, "
				    "priority, critical, high, medium, low, "
				    "modifiers, tiers, sla, limits, auto, ack, "
				    "incidents, metrics, account NAME, tier NAME, "
				    "alert "
				    "NAME)",
				    group);
			continue;
		}
		if ((eq = strchr(l, '=')) == NULL) {
			diag_add(d, DIAG_ERROR, path, n + 1, ind + 1,
			    "expected key = value");
			continue;
		}
		key = g_strstrip(g_strndup(l + ind, eq - l - ind));
		if (group == NULL) {
			diag_add(d, DIAG_ERROR, path, n + 1, ind + 1,
			    "key \"%s\" before any [group]", key);
		} else if (conf_find_key(group, key) == NULL) {
			if (conf_known_group(group))
				diag_add(d, DIAG_ERROR, path, n + 1, ind + 1,
				    "unknown key \"%s\" in [%s]", key, group);
		} else {
			struct conf_pos *p = g_new(struct conf_pos, 1);
			const char *v = eq + 1;
			while (*v == ' ' || *v == '\t')
				v++;
			p->line = n + 1;
			p->col = (int)(v - l) + 1;
			g_hash_table_replace(pos,
			    g_strdup_printf("%s.%s", group, key), p);
		}
		g_free(key);
	}
	g_free(group);
	g_strfreev(lines);
}

static void
conf_account_free(struct conf_account *a)
{
	for (size_t i = 0; i < NACCOUNT_KEYS; i++) {
		const struct conf_key *k = &account_keys[i];
		if (k->type == CT_STRING || k->type == CT_PATH)
			g_free(*(char **)((char *)a + k->off));
	}
	g_free(a->name);
}

/* The keys of one named group ([account NAME], [tier NAME], ...) into
 * the struct at base: each one set (or, with defaults, its default),
 * problems at their file:line:col. */
static void
conf_group_values(GKeyFile *kf, const char *group, const struct conf_key *keys,
    size_t nkeys, int defaults, void *base, GHashTable *pos, const char *path,
    struct diag *d)
{
	char *msg;

	for (size_t i = 0; i < nkeys; i++) {
		const struct conf_key *k = &keys[i];
		char *name = g_strdup_printf("%s.%s", group, k->key);
		struct conf_pos *p = g_hash_table_lookup(pos, name);
		char *val = g_key_file_get_string(kf, group, k->key, NULL);

		if (val == NULL && defaults && k->def != NULL)
			val = g_strdup(k->def);
		if (val != NULL && conf_value_set(base, k, g_strstrip(val),
		    &msg) != 0) {
			diag_add(d, DIAG_ERROR, path, p ? p->line : 0,
			    p ? p->col : 0, "[%s] %s: %s", group, k->key, msg);
			g_free(msg);
		}
		g_free(val);
		g_free(name);
	}
}

/* A problem with [group] key, at the key's line (else the group's). */
static void
conf_key_error(struct diag *d, const char *path, GHashTable *pos,
    const char *group, const char *key, const char *msg)
{
	char *name = g_strdup_printf("%s.%s", group, key);
	struct conf_pos *p = g_hash_table_lookup(pos, name);

	if (p == NULL)
		p = g_hash_table_lookup(pos, group);
	diag_add(d, DIAG_ERROR, path, p ? p->line : 0, p ? p->col : 0,
	    "[%s] %s", group, msg);
	g_free(name);
}

/* [store] lmtp needs a recipient; with detail, folders that can be an
 * address's +detail. */
static void
conf_check_store(const struct conf *c, GHashTable *pos, const char *path,
    struct diag *d)
{
	const char *lm = c->store_lmtp;

	if (*lm == '\0' || (g_str_has_prefix(lm, "unix:") && lm[5] != '/'))
		conf_key_error(d, path, pos, "store", "lmtp", "lmtp: "
		    "unix:/PATH or HOST[:PORT] of the LMTP server");
	if (c->store_recipient == NULL || *c->store_recipient == '\0' ||
	    strpbrk(c->store_recipient, " <>\t") != NULL)
		conf_key_error(d, path, pos, "store", c->store_recipient ==
		    NULL ? "lmtp" : "recipient", "lmtp needs recipient = the "
		    "mailbox's address or user name");
	if (!c->store_detail)
		return;
	for (int i = 0; i < CONF_DELIVERY_FOLDERS; i++) {
		const char *f = conf_delivery_folder(c, i);

		for (const char *p = f; p != NULL && *p; p++)
			if ((unsigned char)*p >= 0x7f || *p <= ' ' ||
			    strchr("+@<>\"()[],;:\\", *p) != NULL) {
				conf_key_error(d, path, pos, "store", "detail",
				    "detail: folder names must be plain ASCII "
				    "without spaces or +@<>\"()[],;:\\ to be "
				    "an address's +detail; rename the folder or "
				    "set detail = false and file by Sieve");
				return;
			}
	}
}

/* The account's secret: exactly one of password_file and password_env
 * for auth = password, of token_command and token_file for OAuth; the
 * other kind is refused, so a leftover password is not kept by
 * mistake. */
static void
conf_account_secret(const struct conf_account *a, const char *group,
    GHashTable *pos, const char *path, struct diag *d)
{
	const char *mech = a->auth == CONF_AUTH_XOAUTH2 ? "xoauth2" :
	    "oauthbearer";
	const char *const wrong[] = {
		a->token_command != NULL ? "token_command" : NULL,
		a->token_file != NULL ? "token_file" : NULL,
		a->password_file != NULL ? "password_file" : NULL,
		a->password_env != NULL ? "password_env" : NULL,
	};
	/* Which of wrong[] this auth may not have. */
	size_t from = a->auth == CONF_AUTH_PASSWORD ? 0 : 2, bad = 0;

	for (size_t i = from; i < from + 2; i++) {
		char *msg;

		if (wrong[i] == NULL)
			continue;
		msg = a->auth == CONF_AUTH_PASSWORD ?
		    g_strdup_printf("%s is for auth = xoauth2 or oauthbearer "
		    "(auth is password)", wrong[i]) :
		    g_strdup_printf("%s: auth = %s logs in with an access "
		    "token (token_command or token_file), not a password",
		    wrong[i], mech);
		conf_key_error(d, path, pos, group, wrong[i], msg);
		g_free(msg);
		bad++;
	}
	if (bad > 0)
		return;
	if (a->auth == CONF_AUTH_PASSWORD &&
	    (a->password_file == NULL) == (a->password_env == NULL))
		conf_key_error(d, path, pos, group, "password_file", "needs "
		    "exactly one of password_file and password_env");
	else if (a->auth != CONF_AUTH_PASSWORD &&
	    (a->token_command == NULL) == (a->token_file == NULL))
		conf_key_error(d, path, pos, group, "token_file", "auth = "
		    "xoauth2 or oauthbearer needs exactly one of token_command "
		    "and token_file");
}

/* Reads one [account NAME] group into a, collecting problems in d. */
static void
conf_read_account(GKeyFile *kf, const char *group, GHashTable *pos,
    const char *path, struct diag *d, struct conf_account *a)
{
	struct conf_pos *gp = g_hash_table_lookup(pos, group);

	memset(a, 0, sizeof(*a));
	a->name = g_strdup(group + strlen(ACCOUNT_PREFIX));
	g_strstrip(a->name);
	conf_group_values(kf, group, account_keys, NACCOUNT_KEYS, 1, a, pos,
	    path, d);
	if (a->host == NULL || a->user == NULL)
		diag_add(d, DIAG_ERROR, path, gp ? gp->line : 0,
		    gp ? gp->col : 0, "[%s] needs host and user", group);
	conf_account_secret(a, group, pos, path, d);
	if (a->tls == CONF_TLS_NONE && !a->allow_plaintext)
		diag_add(d, DIAG_ERROR, path, gp ? gp->line : 0,
		    gp ? gp->col : 0, "[%s] tls = none sends the %s in "
		    "clear: set allow_plaintext = true to allow it (e.g. for "
		    "127.0.0.1)", group, a->auth == CONF_AUTH_PASSWORD ?
		    "password" : "access token");
	if (a->port == 0)
		a->port = a->tls == CONF_TLS_IMAPS ? 993 : 143;
}

/* The built-in tiers from the [tiers] lists and [modifiers] levels. */
static void
conf_tiers_builtin(struct conf *c)
{
	for (int i = 0; i < TIER_COUNT; i++) {
		struct conf_tier *t = &c->tiers[i];

		g_free(t->name);
		g_free(t->list);
		memset(t, 0, sizeof(*t));
		t->name = g_strdup(mt_tier_name((enum mt_tier)i));
		t->list = g_strdup(c->tier_list[i]);
		t->modifier = i == TIER_NONE ? 0 : c->mod.tier[i];
		t->rank = (unsigned long)i;
	}
	c->ntiers = TIER_COUNT;
}

/* Tier names: lower-case letters, digits, '-' and '_'. */
static int
conf_tier_name_ok(const char *n)
{
	if (*n == '\0' || strcmp(n, "none") == 0)
		return 0;
	for (; *n != '\0'; n++)
		if (!g_ascii_islower(*n) && !g_ascii_isdigit(*n) && *n != '-' &&
		    *n != '_')
			return 0;
	return 1;
}

/* One [tier NAME] group: a new tier, or a built-in one's settings. */
static void
conf_read_tier(struct conf *c, GKeyFile *kf, const char *group,
    GHashTable *pos, const char *path, struct diag *d)
{
	struct conf_pos *gp = g_hash_table_lookup(pos, group);
	char *name = g_strstrip(g_strdup(group + strlen(TIER_PREFIX)));
	int i = conf_tier_parse(c, name);
	struct conf_tier *t;

	if (i == 0 && !conf_tier_name_ok(name)) {
		diag_add(d, DIAG_ERROR, path, gp ? gp->line : 0, gp ? gp->col :
		    0, "[%s]: a tier name is lower-case letters, digits, - "
		    "and _ (not \"none\")", group);
		goto out;
	}
	if (i == 0) {
		if (c->ntiers == CONF_TIER_MAX) {
			diag_add(d, DIAG_ERROR, path, gp ? gp->line : 0,
			    gp ? gp->col : 0, "[%s]: at most %d tiers", group,
			    CONF_TIER_MAX - 1);
			goto out;
		}
		i = (int)c->ntiers++;
		c->tiers[i].name = g_strdup(name);
		c->tiers[i].rank = (unsigned long)i;
	}
	t = &c->tiers[i];
	conf_group_values(kf, group, tier_keys, NTIER_KEYS, 0, t, pos, path, d);
out:
	g_free(name);
}

/* A comma list of names into a mask by parse(); the first unknown one
 * into *bad (caller frees). */
static unsigned
conf_mask(const char *list, int (*parse)(const char *), char **bad)
{
	char **v = g_strsplit_set(list != NULL ? list : "", ", \t", -1);
	unsigned m = 0;

	*bad = NULL;
	for (char **p = v; *p != NULL; p++) {
		int i;

		if (**p == '\0')
			continue;
		if ((i = parse(*p)) < 0) {
			if (*bad == NULL)
				*bad = g_strdup(*p);
		} else
			m |= 1u << i;
	}
	g_strfreev(v);
	return m;
}

static int
conf_lang_parse(const char *s)
{
	return strlen(s) == 2 ? lang_parse(s) : -1;
}

int
conf_url_ok(const char *u)
{
	GUri *uri = u != NULL ? g_uri_parse(u, G_URI_FLAGS_NONE, NULL) : NULL;
	const char *scheme, *host;
	int ok = 0;

	if (uri == NULL)
		return 0;
	scheme = g_uri_get_scheme(uri);
	host = g_uri_get_host(uri);
	/* No user info: nothing may pass for the host. */
	if (host != NULL && *host != '\0' && g_uri_get_userinfo(uri) == NULL) {
		if (g_ascii_strcasecmp(scheme, "https") == 0)
			ok = 1;
		else if (g_ascii_strcasecmp(scheme, "http") == 0)
			ok = strcmp(host, "127.0.0.1") == 0 ||
			    g_ascii_strcasecmp(host, "localhost") == 0 ||
			    strcmp(host, "::1") == 0;
	}
	g_uri_unref(uri);
	return ok;
}

/* Reads one [alert NAME] group into r and checks it. */
static void
conf_read_alert(struct conf *c, GKeyFile *kf, const char *group,
    GHashTable *pos, const char *path, struct diag *d, struct conf_alert *r)
{
	struct conf_pos *gp = g_hash_table_lookup(pos, group);
	int line = gp ? gp->line : 0, col = gp ? gp->col : 0, h1, m1, h2, m2, n;
	char *bad = NULL;

	memset(r, 0, sizeof(*r));
	r->name = g_strstrip(g_strdup(group + strlen(ALERT_PREFIX)));
	r->quiet_from = r->quiet_to = -1;
	for (size_t i = 0; &c->alerts[i] != r; i++)	/* those before */
		if (strcmp(c->alerts[i].name, r->name) == 0)
			diag_add(d, DIAG_ERROR, path, gp ? gp->line : 0,
			    gp ? gp->col : 0, "[%s]: a second route of that "
			    "name: give each its own", group);
	conf_group_values(kf, group, alert_keys, NALERT_KEYS, 1, r, pos, path,
	    d);
#define ALERT_ERR(...) diag_add(d, DIAG_ERROR, path, line, col, __VA_ARGS__)
	if (r->channel_s == NULL || (r->channel = (enum conf_channel)
	    alert_channel_parse(r->channel_s)) == (enum conf_channel)-1) {
		ALERT_ERR("[%s] needs channel = webhook, slack, mattermost, "
		    "teams, matrix, rocketchat, mail or command", group);
		return;
	}
	switch (r->channel) {
	case CHANNEL_MAIL:
		if (r->to == NULL)
			ALERT_ERR("[%s] channel mail needs to = an address",
			    group);
		break;
	case CHANNEL_COMMAND:
		if (r->command == NULL)
			ALERT_ERR("[%s] channel command needs command = a "
			    "program", group);
		break;
	case CHANNEL_MATRIX:
		if (r->room == NULL || r->token_file == NULL ||
		    (r->url == NULL) == (r->url_file == NULL))
			ALERT_ERR("[%s] channel matrix needs url (the "
			    "homeserver), room and token_file", group);
		break;
	default:
		if ((r->url == NULL) == (r->url_file == NULL))
			ALERT_ERR("[%s] channel %s needs exactly one of url "
			    "and url_file", group, r->channel_s);
		break;
	}
	if (r->url != NULL && !conf_url_ok(r->url))
		ALERT_ERR("[%s] url \"%s\": use https:// (http:// only to "
		    "127.0.0.1 or localhost)", group, r->url);
	r->events = conf_mask(r->events_s, alert_event_parse, &bad);
	if (bad != NULL)
		ALERT_ERR("[%s] events: unknown event \"%s\": use new, raised, "
		    "warning, escalation, reminder, incident, incident_update",
		    group, bad);
	g_clear_pointer(&bad, g_free);
	r->levels = conf_mask(r->levels_s, mt_level_parse, &bad);
	if (bad != NULL)
		ALERT_ERR("[%s] levels: unknown level \"%s\": use critical, "
		    "high, medium, low", group, bad);
	g_clear_pointer(&bad, g_free);
	r->signals = conf_mask(r->signals_s, mt_signal_parse, &bad);
	if (bad != NULL)
		ALERT_ERR("[%s] signals: unknown signal \"%s\": use safety, "
		    "outage, payment, account", group, bad);
	g_clear_pointer(&bad, g_free);
	r->languages = conf_mask(r->languages_s, conf_lang_parse, &bad);
	if (bad != NULL)
		ALERT_ERR("[%s] languages: unknown language \"%s\": use en, "
		    "de, fr, es, pt, it, nl", group, bad);
	g_clear_pointer(&bad, g_free);
	if (r->tiers_s != NULL) {
		r->tiers = g_strsplit_set(r->tiers_s, ", \t", -1);
		for (char **p = r->tiers; *p != NULL; p++)
			if (**p != '\0' && conf_tier_parse(c, *p) == 0) {
				ALERT_ERR("[%s] tiers: unknown tier \"%s\"",
				    group, *p);
				break;
			}
	}
	if (r->digest_s != NULL) {
		if (strcmp(r->digest_s, "daily") == 0)
			r->digest = 1;
		else if (strcmp(r->digest_s, "weekly") == 0)
			r->digest = 7;
		else
			ALERT_ERR("[%s] digest \"%s\": use daily or weekly",
			    group, r->digest_s);
	}
	n = 0;
	if (sscanf(r->digest_at_s, "%d:%d%n", &h1, &m1, &n) != 2 ||
	    r->digest_at_s[n] != '\0' || h1 < 0 || h1 > 23 || m1 < 0 ||
	    m1 > 59)
		ALERT_ERR("[%s] digest_at \"%s\": write HH:MM, e.g. 08:00",
		    group, r->digest_at_s);
	else
		r->digest_at = h1 * 60 + m1;
	if (r->quiet_s != NULL) {
		n = 0;
		if (sscanf(r->quiet_s, "%d:%d-%d:%d%n", &h1, &m1, &h2, &m2,
		    &n) != 4 || r->quiet_s[n] != '\0' || h1 < 0 || h1 > 23 ||
		    m1 < 0 || m1 > 59 || h2 < 0 || h2 > 24 || m2 < 0 ||
		    m2 > 59 || (h2 == 24 && m2 != 0) ||
		    h1 * 60 + m1 == h2 * 60 + m2)
			ALERT_ERR("[%s] quiet_hours \"%s\": write HH:MM-HH:MM, "
			    "e.g. 22:00-07:00", group, r->quiet_s);
		else {
			r->quiet_from = h1 * 60 + m1;
			r->quiet_to = h2 * 60 + m2;
		}
	}
#undef ALERT_ERR
}

static void
conf_alert_free(struct conf_alert *r)
{
	for (size_t i = 0; i < NALERT_KEYS; i++) {
		const struct conf_key *k = &alert_keys[i];
		if (k->type == CT_STRING || k->type == CT_PATH)
			g_free(*(char **)((char *)r + k->off));
	}
	g_strfreev(r->tiers);
	g_free(r->name);
}

int
conf_read_secret(const char *path, const char *what, char **out, char **err)
{
	struct stat sb;
	GError *ge = NULL;
	char *buf = NULL;
	gsize len = 0;

	*out = NULL;
	if (stat(path, &sb) != 0) {
		*err = g_strdup_printf("%s %s: %s", what, path,
		    g_strerror(errno));
		return -1;
	}
	if (sb.st_mode & 007) {
		*err = g_strdup_printf("%s %s is accessible to others (mode "
		    "%03o): chmod 600 %s", what, path,
		    (unsigned)(sb.st_mode & 0777), path);
		return -1;
	}
	if (!g_file_get_contents(path, &buf, &len, &ge)) {
		*err = g_strdup_printf("%s: %s", what, ge->message);
		g_error_free(ge);
		return -1;
	}
	buf[strcspn(buf, "\r\n")] = '\0';	/* the first line */
	if (*buf == '\0') {
		*err = g_strdup_printf("%s %s is empty", what, path);
		g_free(buf);
		return -1;
	}
	*out = buf;
	return 0;
}

void
conf_secret_free(char **s)
{
	if (s == NULL || *s == NULL)
		return;
	explicit_bzero(*s, strlen(*s));
	g_free(*s);
	*s = NULL;
}

const char *
conf_tier_name(const struct conf *c, int tier)
{
	return tier > 0 && (size_t)tier < c->ntiers ? c->tiers[tier].name :
	    "none";
}

int
conf_tier_parse(const struct conf *c, const char *name)
{
	for (size_t i = 1; name != NULL && i < c->ntiers; i++)
		if (strcmp(c->tiers[i].name, name) == 0)
			return (int)i;
	return 0;
}

/* [metrics] listen: an address we can bind, loopback unless allowed. */
static void
conf_check_listen(const struct conf *c, GHashTable *pos, const char *path,
    struct diag *d)
{
	struct conf_pos *p = g_hash_table_lookup(pos, "metrics.listen");
	char *addr = NULL, *msg = NULL;
	unsigned port;
	int loopback;

	if (conf_listen_parse(c->metrics_listen, &addr, &port, &loopback,
	    &msg) != 0)
		diag_add(d, DIAG_ERROR, path, p ? p->line : 0, p ? p->col : 0,
		    "metrics.listen: %s", msg);
	else if (!loopback && !c->metrics_allow_remote)
		diag_add(d, DIAG_ERROR, path, p ? p->line : 0, p ? p->col : 0,
		    "metrics.listen: %s is not a loopback address: set "
		    "allow_remote = true to serve the metrics beyond this "
		    "machine", addr);
	g_free(addr);
	g_free(msg);
}

static int
conf_read(struct conf *c, const char *path, struct diag *d)
{
	GKeyFile *kf = g_key_file_new();
	GHashTable *pos = g_hash_table_new_full(g_str_hash, g_str_equal,
	    g_free, g_free);
	GError *gerr = NULL;
	char *text = NULL;
	size_t before = diag_count(d, DIAG_ERROR);

	if (!g_file_get_contents(path, &text, NULL, &gerr)) {
		diag_add(d, DIAG_ERROR, path, 0, 0, "%s", gerr->message);
		goto out;
	}
	conf_scan(path, text, pos, d);
	if (diag_count(d, DIAG_ERROR) > before)
		goto out;
	if (!g_key_file_load_from_data(kf, text, (gsize)-1, G_KEY_FILE_NONE,
	    &gerr)) {
		diag_add(d, DIAG_ERROR, path, 0, 0, "%s", gerr->message);
		goto out;
	}
	for (size_t i = 0; i < NKEYS; i++) {
		const struct conf_key *k = &conf_keys[i];
		char *val, *msg, *name;
		struct conf_pos *p;

		val = g_key_file_get_string(kf, k->group, k->key, NULL);
		if (val == NULL)
			continue;
		g_strstrip(val);
		name = g_strdup_printf("%s.%s", k->group, k->key);
		p = g_hash_table_lookup(pos, name);
		if (conf_value_set(c, k, val, &msg) != 0) {
			diag_add(d, DIAG_ERROR, path, p ? p->line : 0,
			    p ? p->col : 0, "%s: %s", name, msg);
			g_free(msg);
		} else if (k->off == offsetof(struct conf, maildir)) {
			conf_set_maildir(c, val);
		} else if (k->off == offsetof(struct conf, ledger)) {
			c->ledger_configured = 1;
		}
		g_free(name);
		g_free(val);
	}
	if (c->metrics_listen != NULL)
		conf_check_listen(c, pos, path, d);
	if (c->store_lmtp != NULL)
		conf_check_store(c, pos, path, d);
	if (c->holidays_spec != NULL) {
		struct conf_pos *p = g_hash_table_lookup(pos, "sla.holidays");
		holidays_parse(c->holidays_spec, path, p ? p->line : 0,
		    p ? p->col : 0, d, &c->holidays);
	}
	char **groups = g_key_file_get_groups(kf, NULL);
	conf_tiers_builtin(c);
	for (size_t i = 0; groups[i] != NULL; i++)
		if (conf_is_tier(groups[i]))
			conf_read_tier(c, kf, groups[i], pos, path, d);
	/* Routes name tiers: after them. */
	for (size_t i = 0; groups[i] != NULL; i++) {
		if (!conf_is_alert(groups[i]))
			continue;
		c->alerts = g_renew(struct conf_alert, c->alerts,
		    c->nalerts + 1);
		conf_read_alert(c, kf, groups[i], pos, path, d,
		    &c->alerts[c->nalerts++]);
	}
	for (size_t i = 0; groups[i] != NULL; i++) {
		if (!conf_is_account(groups[i]))
			continue;
		c->accounts = g_renew(struct conf_account, c->accounts,
		    c->naccounts + 1);
		conf_read_account(kf, groups[i], pos, path, d,
		    &c->accounts[c->naccounts++]);
	}
	g_strfreev(groups);
out:
	g_clear_error(&gerr);
	g_free(text);
	g_hash_table_destroy(pos);
	g_key_file_free(kf);
	return diag_count(d, DIAG_ERROR) > before ? -1 : 0;
}

int
conf_load(const char *path, struct diag *d, struct conf **out)
{
	struct conf *c = g_new0(struct conf, 1);

	*out = NULL;
	conf_defaults(c);
	conf_tiers_builtin(c);
	if (path != NULL) {
		c->path = g_strdup(path);
		if (conf_read(c, path, d) != 0) {
			conf_free(&c);
			return -1;
		}
	}
	*out = c;
	return 0;
}

void
conf_free(struct conf **cp)
{
	struct conf *c;

	if (cp == NULL || (c = *cp) == NULL)
		return;
	g_free(c->path);
	g_free(c->maildir);
	g_free(c->ledger);
	g_free(c->filters);
	g_free(c->local_filters);
	g_free(c->filter_cache);
	g_free(c->error_folder);
	g_free(c->user);
	for (int i = 0; i < LEVEL_COUNT; i++)
		g_free(c->level[i].folder);
	for (size_t i = 0; i < c->naccounts; i++)
		conf_account_free(&c->accounts[i]);
	for (size_t i = 0; i < c->nalerts; i++)
		conf_alert_free(&c->alerts[i]);
	g_free(c->alerts);
	for (int i = 0; i < TIER_COUNT; i++)
		g_free(c->tier_list[i]);
	for (size_t i = 0; i < c->ntiers; i++) {
		g_free(c->tiers[i].name);
		g_free(c->tiers[i].list);
	}
	g_free(c->tier_header);
	g_free(c->timezone);
	g_free(c->holidays_spec);
	holidays_free(&c->holidays);
	g_free(c->resolved_folder);
	g_free(c->pending_folder);
	g_free(c->notify_to);
	g_free(c->notify_from);
	g_free(c->sendmail);
	g_free(c->escalations_folder);
	g_free(c->agents);
	g_free(c->agent_folder);
	g_free(c->team_folders);
	g_free(c->auto_folder);
	g_free(c->ack_from);
	g_free(c->ack_templates);
	g_free(c->ack_tag);
	g_free(c->ack_subject);
	g_free(c->store_lmtp);
	g_free(c->store_recipient);
	g_free(c->lmtp_listen);
	g_free(c->lmtp_maildir);
	g_free(c->lmtp_recipients);
	g_free(c->metrics_listen);
	g_free(c->metrics_textfile);
	g_free(c->accounts);
	g_free(c);
	*cp = NULL;
}


int
conf_is_agent(const struct conf *c, const char *addr)
{
	const char *dom;
	char **v;
	int yes = 0;

	if (c->agents == NULL || addr == NULL ||
	    (dom = strrchr(addr, '@')) == NULL)
		return 0;
	dom++;
	v = g_strsplit_set(c->agents, ", \t", -1);
	for (size_t i = 0; v[i] != NULL && !yes; i++) {
		const char *e = v[i];
		size_t el = strlen(e), dl = strlen(dom);

		if (*e == '\0')
			continue;
		if (strchr(e, '@') != NULL)
			yes = g_ascii_strcasecmp(e, addr) == 0;
		else if (strncmp(e, "*.", 2) == 0)
			yes = dl > el - 1 && g_ascii_strcasecmp(dom + dl -
			    (el - 1), e + 1) == 0;
		else
			yes = g_ascii_strcasecmp(e, dom) == 0;
	}
	g_strfreev(v);
	return yes;
}

/* A Maildir++ folder name below the root: no '/', no leading '.', no
 * "..". */
static int
conf_folder_name_ok(const char *f)
{
	return *f != '\0' && strchr(f, '/') == NULL && *f != '.' &&
	    strstr(f, "..") == NULL;
}

char **
conf_team_folders(const struct conf *c, const char **bad)
{
	GPtrArray *out = g_ptr_array_new();
	char **v;

	if (bad != NULL)
		*bad = NULL;
	v = g_strsplit_set(c->team_folders != NULL ? c->team_folders : "",
	    ", \t", -1);
	for (size_t i = 0; v[i] != NULL; i++) {
		if (*v[i] == '\0')
			continue;
		if (conf_folder_name_ok(v[i]))
			g_ptr_array_add(out, g_strdup(v[i]));
		else if (bad != NULL && *bad == NULL)
			*bad = strstr(c->team_folders, v[i]);
	}
	g_strfreev(v);
	g_ptr_array_add(out, NULL);
	return (char **)g_ptr_array_free(out, FALSE);
}

const char *
conf_delivery_folder(const struct conf *c, int i)
{
	return i < LEVEL_COUNT ? c->level[i].folder : i == LEVEL_COUNT ?
	    c->error_folder : c->auto_folder;
}

int
conf_is_team_folder(const struct conf *c, const char *folder)
{
	char **v = conf_team_folders(c, NULL);
	int yes = 0;

	for (size_t i = 0; v[i] != NULL && !yes; i++)
		yes = strcmp(v[i], folder) == 0;
	g_strfreev(v);
	return yes;
}
