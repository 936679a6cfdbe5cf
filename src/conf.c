/* Configuration: one table of keys (group, key, type, default, help)
 * drives parsing, validation and the annotated example. This file reads
 * the file, its fixed groups and the checks across them; conf-group.c
 * the named groups ([account NAME], [tier NAME], [alert NAME]). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>

#include "conf.h"
#include "ledger.h"
#include "diag.h"
#include "holiday.h"
#include "conf-int.h"


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

/* The keys of one named group ([account NAME], [tier NAME], ...) into
 * the struct at base: each one set (or, with defaults, its default),
 * problems at their file:line:col. */
void
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
void
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
