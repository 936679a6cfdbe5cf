/* The named groups of the config: [account NAME] (an IMAP account to
 * poll), [tier NAME] (a customer tier) and [alert NAME] (an alert route),
 * each read into its struct and checked as a whole (what one key cannot
 * say alone: an account's one secret, a route's tiers and URL). conf.c
 * reads the file and the fixed groups. */
#include <string.h>

#include <glib.h>

#include "alert.h"
#include "conf.h"
#include "conf-int.h"
#include "diag.h"
#include "lang.h"

/* Frees the strings that keys put into the struct at base. */
static void
conf_group_strings_free(void *base, const struct conf_key *keys,
    size_t nkeys)
{
	for (size_t i = 0; i < nkeys; i++)
		if (keys[i].type == CT_STRING || keys[i].type == CT_PATH)
			g_free(*(char **)((char *)base + keys[i].off));
}

void
conf_account_free(struct conf_account *a)
{
	conf_group_strings_free(a, account_keys, NACCOUNT_KEYS);
	g_free(a->name);
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
void
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
void
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
void
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
void
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

void
conf_alert_free(struct conf_alert *r)
{
	conf_group_strings_free(r, alert_keys, NALERT_KEYS);
	g_strfreev(r->tiers);
	g_free(r->name);
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
