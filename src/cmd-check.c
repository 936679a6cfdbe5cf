/* mailtriage check: the "-n" of this program. Loads the config and every
 * filter file, reports all problems as file:line:col in one run, and
 * says "configuration OK" only when nothing is in the way. Changes
 * nothing on disk. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sysexits.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

#include "ack.h"
#include "cmd.h"
#include "conf.h"
#include "diag.h"
#include "holiday.h"
#include "filter.h"
#include "ledger.h"
#include "listen.h"
#include "log.h"
#include "store.h"
#include "tier.h"

/* Warns unless dir exists as a writable directory or could be created:
 * its nearest existing ancestor is a writable directory. */
static void
check_dir(struct diag *d, const char *file, const char *what,
    const char *dir)
{
	char *p = g_strdup(dir), *up;

	if (g_file_test(p, G_FILE_TEST_EXISTS)) {
		if (!g_file_test(p, G_FILE_TEST_IS_DIR))
			diag_add(d, DIAG_WARNING, file, 0, 0,
			    "%s %s is not a directory", what, dir);
		else if (access(p, W_OK | X_OK) != 0)
			diag_add(d, DIAG_WARNING, file, 0, 0,
			    "%s %s is not writable: %s", what, dir,
			    g_strerror(errno));
		goto out;
	}
	for (;;) {
		up = g_path_get_dirname(p);
		g_free(p);
		p = up;
		if (g_file_test(p, G_FILE_TEST_EXISTS) || strcmp(p, "/") == 0 ||
		    strcmp(p, ".") == 0)
			break;
	}
	if (!g_file_test(p, G_FILE_TEST_IS_DIR))
		diag_add(d, DIAG_WARNING, file, 0, 0,
		    "%s %s cannot be created: %s is not a directory", what,
		    dir, p);
	else if (access(p, W_OK | X_OK) != 0)
		diag_add(d, DIAG_WARNING, file, 0, 0,
		    "%s %s cannot be created: %s: %s", what, dir, p,
		    g_strerror(errno));
out:
	g_free(p);
}

/* What poll will refuse at start: a password or token file it cannot
 * read or that others can, or an unset variable. A token_command is not
 * run here: it may ask a server for a token. */
static void
check_secret(struct diag *d, const char *file,
    const struct conf_account *a)
{
	const char *key = a->token_file != NULL ? "token_file" :
	    "password_file";
	const char *path = a->token_file != NULL ? a->token_file :
	    a->password_file;
	struct stat sb;

	if (a->password_env != NULL) {
		if (g_getenv(a->password_env) == NULL)
			diag_add(d, DIAG_WARNING, file, 0, 0, "[account %s] "
			    "password_env %s is not set in this environment",
			    a->name, a->password_env);
		return;
	}
	if (path == NULL)
		return;
	if (stat(path, &sb) != 0)
		diag_add(d, DIAG_ERROR, file, 0, 0, "[account %s] %s %s: %s",
		    a->name, key, path, g_strerror(errno));
	else if (sb.st_mode & 007)
		diag_add(d, DIAG_ERROR, file, 0, 0, "[account %s] %s %s is "
		    "readable by others: chmod 600 it", a->name, key, path);
}

/* "safety 15 rules, outage 12, ... (N total)". Caller frees. */
static char *
check_counts(const struct filter_set *fs)
{
	GString *s = g_string_new(NULL);

	for (size_t c = 0; c < filter_set_nclasses(fs); c++)
		g_string_append_printf(s, "%s%s %zu%s", c > 0 ? ", " : "",
		    filter_class_name(fs, c), filter_class_nrules(fs, c),
		    c == 0 ? " rules" : "");
	g_string_append_printf(s, " (%zu total)", filter_set_nrules(fs));
	return g_string_free(s, FALSE);
}

/* [sla] team_folders must be folder names below the Maildir root. */
static void
check_teams(struct diag *d, const char *where, const struct conf *c)
{
	const char *bad;
	char **v = conf_team_folders(c, &bad);

	if (bad != NULL)
		diag_add(d, DIAG_ERROR, where, 0, 0, "[sla] team_folders: "
		    "\"%.*s\" is not a folder name (no '/', no leading '.', "
		    "no '..')", (int)strcspn(bad, ", \t"), bad);
	g_strfreev(v);
}

/* An existing ledger: sound (the full integrity check), and how many
 * messages wait for a retry or the next run. */
static void
check_ledger(struct diag *d, const char *where, const struct conf *c)
{
	const char *path = c->ledger;
	struct ledger_row *rows = NULL;
	struct ledger *l = NULL;
	char *err = NULL;
	size_t n = 0;

	if (ledger_open(path, (int)(c->ledger_timeout * 1000), &l, &err) != 0 ||
	    ledger_verify(l, 0, time(NULL), &err) != 0 ||
	    ledger_pending(l, 0, &rows, &n, &err) != 0) {
		diag_add(d, DIAG_ERROR, where, 0, 0, "%s", err);
		goto out;
	}
	if (n > 0)
		diag_add(d, DIAG_WARNING, where, 0, 0, "ledger %s: %zu "
		    "message%s pending (a run was killed or deferred; the "
		    "MTA's retry or the next deliver, scan or sla run "
		    "finishes %s)", path, n, n == 1 ? "" : "s",
		    n == 1 ? "it" : "them");
out:
	ledger_rows_free(rows, n);
	ledger_close(&l);
	g_free(err);
}

/* A ledger on a server: reachable (and sound, as check_ledger says),
 * and its password not in the config, which is often readable by all. */
static void
check_remote_ledger(struct diag *d, const char *where, const struct conf *c)
{
	const char *s = strstr(c->ledger, "://"), *at;

	if (s != NULL && (at = strchr(s + 3, '@')) != NULL &&
	    memchr(s + 3, ':', (size_t)(at - s - 3)) != NULL &&
	    memchr(s + 3, '/', (size_t)(at - s - 3)) == NULL)
		diag_add(d, DIAG_WARNING, where, 0, 0, "[general] ledger has "
		    "a password in it: put it in a file only mailtriage can "
		    "read and name it with ?passfile=FILE (a libpq password "
		    "file: host:port:database:user:password)");
	check_ledger(d, where, c);
}

/* [lmtp]: where lmtpd would listen, and one ledger per Maildir. */
static void
check_lmtp(struct diag *d, const char *where, const struct conf *c)
{
	char *err = NULL;

	if (c->lmtp_listen != NULL && listen_check(c->lmtp_listen, &err) != 0)
		diag_add(d, DIAG_ERROR, where, 0, 0, "[lmtp] listen: %s", err);
	if (c->lmtp_maildir != NULL && strchr(c->lmtp_maildir, '%') != NULL &&
	    c->ledger_configured)
		diag_add(d, DIAG_ERROR, where, 0, 0, "[lmtp] maildir names a "
		    "Maildir per recipient: each keeps its own ledger; remove "
		    "[general] ledger");
	g_free(err);
}

/* [store] lmtp: the server takes mail for the recipient of every
 * folder deliver may file into (a session up to RCPT each). */
static void
check_store(struct diag *d, const char *where, const struct conf *c)
{
	GHashTable *seen;

	if (c->store_lmtp == NULL)
		return;
	seen = g_hash_table_new(g_str_hash, g_str_equal);
	for (int i = 0; i < CONF_DELIVERY_FOLDERS; i++) {
		const char *f = conf_delivery_folder(c, i);
		char *err = NULL;

		if (f == NULL || !g_hash_table_add(seen, (gpointer)f) ||
		    store_lmtp_check(c, f, &err) == 0)
			continue;
		diag_add(d, DIAG_ERROR, where, 0, 0, "[store] lmtp: %s", err);
		g_free(err);
		if (!c->store_detail)
			break;	/* one recipient for all */
	}
	g_hash_table_destroy(seen);
}

/* check loads everything itself (needs nothing): a broken config must
 * not stop it from checking the rest. */
static int
check_exec(struct cmd_ctx *cx, int argc, char **argv)
{
	const struct cmd_common co = cx->co;
	struct tier_table *tiers = NULL;
	struct conf *conf = NULL;
	struct filter_set *fs = NULL;
	struct diag *d = NULL;
	const char *path, *where;
	char *ledger_dir = NULL, *counts = NULL, *shown;
	int rc, conf_ok;

	(void)argc;
	(void)argv;
	d = diag_new();
	path = co.config != NULL ? co.config : conf_default_path();
	/* A broken config must not hide the filter problems: go on with the
	 * built-in defaults, so everything is reported in one run. */
	conf_ok = conf_load(path, d, &conf) == 0;
	if (!conf_ok && conf_load(NULL, NULL, &conf) != 0) {
		rc = EX_SOFTWARE;
		goto out;
	}
	if (co.maildir != NULL)
		conf_set_maildir(conf, co.maildir);
	if (co.filters != NULL)
		conf_set_filters(conf, co.filters);
	filter_set_load(conf->filters, conf->local_filters, 0, d, &fs);
	/* The tier lists are config too: deliver would refuse them. */
	if (conf_ok)
		tier_table_load(conf, d, &tiers);

	/* Where deliver will write; only meaningful with a usable config. */
	where = path != NULL ? path : "(defaults)";
	if (conf_ok) {
		check_dir(d, where, "Maildir root", conf->maildir);
		if (ledger_is_remote(conf->ledger))
			check_remote_ledger(d, where, conf);
		else
			ledger_dir = g_path_get_dirname(conf->ledger);
		if (ledger_dir != NULL)
			check_dir(d, where, "ledger directory", ledger_dir);
		if (ledger_dir != NULL &&
		    g_file_test(conf->ledger, G_FILE_TEST_EXISTS) &&
		    access(conf->ledger, R_OK | W_OK) != 0)
			diag_add(d, DIAG_WARNING, where, 0, 0,
			    "ledger %s is not writable: %s", conf->ledger,
			    g_strerror(errno));
		if (ledger_dir != NULL &&
		    g_file_test(conf->ledger, G_FILE_TEST_EXISTS))
			check_ledger(d, where, conf);
		if (conf->ack_enabled && conf->ack_from == NULL)
			diag_add(d, DIAG_ERROR, where, 0, 0, "[ack] enabled "
			    "needs from = the support address");
		if (strstr(conf->ack_tag, "%t") == NULL)
			diag_add(d, DIAG_ERROR, where, 0, 0, "[ack] tag \"%s\" "
			    "has no %%t (the ticket number)", conf->ack_tag);
		ack_check(conf->ack_templates, conf->ack_enabled, d);
		check_teams(d, where, conf);
		check_lmtp(d, where, conf);
		check_store(d, where, conf);
		for (size_t i = 0; i < conf->naccounts; i++)
			check_secret(d, where, &conf->accounts[i]);
	}

	diag_print(d, stderr);
	if (diag_count(d, DIAG_ERROR) > 0 || fs == NULL) {
		fprintf(stderr, "%zu error%s, %zu warning%s\n",
		    diag_count(d, DIAG_ERROR),
		    diag_count(d, DIAG_ERROR) == 1 ? "" : "s",
		    diag_count(d, DIAG_WARNING),
		    diag_count(d, DIAG_WARNING) == 1 ? "" : "s");
		if (!conf_ok)
			fprintf(stderr, "(the config has errors: the filters "
			    "were checked in %s%s)\n", conf->filters,
			    co.filters == NULL ? ", the default" : "");
		rc = EX_CONFIG;
		goto out;
	}
	counts = check_counts(fs);
	printf("configuration OK\n");
	printf("config: %s\n", path != NULL ? path : "none (built-in "
	    "defaults)");
	printf("filters: %s from %s", counts, conf->filters);
	if (conf->local_filters != NULL &&
	    g_file_test(conf->local_filters, G_FILE_TEST_IS_DIR))
		printf(" + local %s", conf->local_filters);
	printf("\n");
	shown = ledger_public_name(conf->ledger);
	printf("maildir: %s\nledger: %s\n", conf->maildir, shown);
	g_free(shown);
	if (tier_table_size(tiers) > 0) {
		printf("tiers: %u entries (", tier_table_size(tiers));
		for (size_t i = 1, n = 0; i < conf->ntiers; i++)
			if (conf->tiers[i].list != NULL)
				printf("%s%s", n++ ? ", " : "",
				    conf->tiers[i].name);
		printf(")\n");
	}
	if (conf->holidays != NULL) {
		char *sum = holidays_summary(conf->holidays);
		printf("holidays: %s\n", sum);
		g_free(sum);
	}
	for (size_t i = 0; i < conf->naccounts; i++) {
		const struct conf_account *a = &conf->accounts[i];
		printf("account %s: %s@%s:%lu (%s%s), %s %s\n", a->name,
		    a->user, a->host, a->port, a->tls == CONF_TLS_IMAPS ?
		    "imaps" : a->tls == CONF_TLS_STARTTLS ? "starttls" :
		    "no TLS", a->auth == CONF_AUTH_XOAUTH2 ? ", xoauth2" :
		    a->auth == CONF_AUTH_OAUTHBEARER ? ", oauthbearer" : "",
		    a->move ? "moving into" : "tagging in", a->folder);
	}
	if (diag_count(d, DIAG_WARNING) > 0)
		printf("%zu warning%s (on stderr)\n",
		    diag_count(d, DIAG_WARNING),
		    diag_count(d, DIAG_WARNING) == 1 ? "" : "s");
	rc = 0;
out:
	g_free(counts);
	g_free(ledger_dir);
	filter_set_free(&fs);
	tier_table_free(&tiers);
	conf_free(&conf);
	diag_free(&d);
	return rc;
}

const struct cmd_entry cmd_check_entry = {
	"check", "[-c FILE] [--filters DIR]",
	"Check the configuration and every filter file; report all problems "
	"as file:line:col (exit 78 on any error).",
	0, 0, NULL, NULL, check_exec, NULL,
};
